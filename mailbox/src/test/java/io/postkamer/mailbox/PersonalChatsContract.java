package io.postkamer.mailbox;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.PIETER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PersonalChats} does: a person who never wrote to the bot gets the app once and a
 * chat that stays theirs. An implementation runs it by subclassing.
 */
public abstract class PersonalChatsContract {
    protected abstract PersonalChats newChats();

    protected PersonalChats chats;

    @BeforeEach
    void fresh() {
        chats = newChats();
    }

    @Test
    @DisplayName(
            "the first chat with someone installs the app for them; the next finds the same chat without installing")
    void installsOnceThenReuses() {
        PersonalChat first = chats.open(PIETER);
        PersonalChat again = chats.open(PIETER);

        assertThat(first.personId()).isEqualToIgnoringCase(PIETER);
        assertThat(first.chatId()).isNotBlank();
        assertThat(first.installedNow()).isTrue();
        assertThat(again.chatId()).isEqualTo(first.chatId());
        assertThat(again.installedNow()).isFalse();
    }

    @Test
    @DisplayName("two people get two chats")
    void chatsArePerPerson() {
        assertThat(chats.open(PIETER).chatId()).isNotEqualTo(chats.open(FLIP).chatId());
    }

    @Test
    @DisplayName("someone who is not in the directory: PERSON_NOT_FOUND, nothing installed")
    void unknownPerson() {
        assertThatThrownBy(() -> chats.open("00000000-0000-0000-0000-000000000001"))
                .isInstanceOfSatisfying(
                        MailboxException.class, e -> assertThat(e.problem()).isEqualTo(Problem.PERSON_NOT_FOUND));
        assertThatThrownBy(() -> chats.open("not an id"))
                .isInstanceOfSatisfying(
                        MailboxException.class, e -> assertThat(e.problem()).isEqualTo(Problem.PERSON_NOT_FOUND));
    }
}
