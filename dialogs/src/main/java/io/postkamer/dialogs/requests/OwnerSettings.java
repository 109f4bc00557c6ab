package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * An administrator's "set owners of …": who approves requests for a shared mailbox ("… to none" leaves it to
 * the requester's manager or the helpdesk). An audited change like any other an administrator makes.
 */
final class OwnerSettings {
    private final MailboxCalls calls;
    private final Requests requests;

    OwnerSettings(MailboxCalls calls, Requests requests) {
        this.calls = calls;
        this.requests = requests;
    }

    CompletableFuture<Void> set(TurnContext turn, Asker asker, RequestIntents.SetOwners asked) {
        Texts texts = asker.texts();
        Audited what = Audited.of(asked.mailbox(), "set request approvers", "", String.join(", ", asked.owners()));
        return calls.change(asker.id(), what, service -> {
                    // A mailbox or person that is not there is a failure the audit records as such, never "done".
                    Mailbox box = calls.finder()
                            .shared(service, asked.mailbox())
                            .orElseThrow(
                                    () -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, asked.mailbox()));
                    List<Person> owners = new ArrayList<>();
                    for (String who : asked.owners()) {
                        owners.add(findPerson(service, who)
                                .orElseThrow(() -> new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, who)));
                    }
                    requests.owners()
                            .setOwners(box.id(), owners.stream().map(Person::id).toList());
                    String names = owners.stream().map(Person::displayName).collect(Collectors.joining(", "));
                    return owners.isEmpty()
                            ? texts.get("request.owners.cleared", box.displayName())
                            : texts.get("request.owners.set", box.displayName(), names);
                })
                .thenCompose(said -> {
                    if (said.isFailure()) {
                        return CardReplies.say(
                                turn,
                                said.problem() instanceof MailboxException.NotAuthorised
                                        ? texts.get("request.owners.adminsOnly")
                                        : Message.of(said.problem()).in(texts));
                    }
                    return CardReplies.say(turn, said.get());
                });
    }

    /** The first person this names exactly: by display name, mail address or sign-in name. */
    private static Optional<Person> findPerson(MailboxService service, String who) {
        String wanted = who.strip();
        return service.searchPrincipals(wanted, 10).stream()
                .filter(Person.class::isInstance)
                .map(Person.class::cast)
                .filter(p -> p.displayName().equalsIgnoreCase(wanted)
                        || p.mail().equalsIgnoreCase(wanted)
                        || p.userPrincipalName().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
