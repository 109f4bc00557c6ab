package io.postkamer.cards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.cards.manage.CalendarCard;
import io.postkamer.cards.requests.RequestCard;
import io.postkamer.mailbox.CalendarEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Text someone else typed (a request's reason, the subject of an invitation from outside) shows on
 * cards that an approver or a team reads and acts on. A Markdown link in it would be a disguised link
 * on a card from the bot, so a CommonMark reader finds none in what Teams reads as Markdown.
 */
class LinksInDataTest {
    private static final String PHISHING = "[Approve here](https://evil.example/approve)";
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final Texts ENGLISH = Texts.forLocale("en");

    @Test
    @DisplayName("a request whose reason, mailbox and requester hold Markdown links shows them as text to its approver")
    void requestCardShowsNoLinks() {
        RequestCard.Facts facts = new RequestCard.Facts(
                12,
                "Ontvangst " + PHISHING,
                PHISHING,
                ENGLISH.get("right.SEND_AS.name"),
                "Urgent: " + PHISHING + " [now][1]\n\n[1]: https://evil.example",
                "2026-12-31",
                "Pieter Jansen",
                ENGLISH.get("request.status.PENDING"),
                RequestCard.Outcome.NONE,
                "",
                List.of("29:1flip"),
                false);

        JsonNode card = RequestCard.render(
                        ENGLISH,
                        facts,
                        RequestCard.View.APPROVER,
                        RequestCard.Options.note(ENGLISH.get("request.card.forYou")),
                        Optional.empty())
                .content();

        assertThat(markdownIn(card)).anyMatch(text -> text.contains("Approve here"));
        assertThat(linksIn(card)).isEmpty();
    }

    @Test
    @DisplayName(
            "an appointment with links in subject and location lists as text; the form given back keeps what was typed")
    void calendarCardShowsNoLinks() {
        CalendarEvent invitation = new CalendarEvent(
                "e1",
                "Meeting " + PHISHING,
                OffsetDateTime.parse("2026-11-25T10:00:00+01:00"),
                OffsetDateTime.parse("2026-11-25T11:00:00+01:00"),
                "[Room 2](https://evil.example/room)");

        JsonNode card = CalendarCard.render(
                        ENGLISH,
                        "31652c84-4fd0-4b22-940a-9ce4af7611f1",
                        "Ontvangstgebouw 32",
                        List.of(invitation),
                        ZoneOffset.UTC,
                        new CalendarCard.Form(PHISHING, "2026-11-27", "14:00", "15:00", PHISHING),
                        Optional.empty())
                .content();

        assertThat(markdownIn(card)).anyMatch(text -> text.contains("Meeting [Approve here]"));
        assertThat(linksIn(card)).isEmpty();
        assertThat(card.findValues("value")).extracting(JsonNode::asText).contains(PHISHING);
    }

    private static List<String> linksIn(JsonNode card) {
        List<String> links = new ArrayList<>();
        for (String text : markdownIn(card)) {
            MARKDOWN.parse(text).accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    links.add(link.getDestination() + " in " + text);
                }
            });
        }
        return links;
    }

    /** Each TextBlock's text and each fact's title and value. */
    private static List<String> markdownIn(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isObject()) {
            if ("TextBlock".equals(node.path("type").asText())
                    && node.path("text").isTextual()) {
                texts.add(node.path("text").asText());
            }
            node.path("facts").forEach(fact -> {
                texts.add(fact.path("title").asText());
                texts.add(fact.path("value").asText());
            });
            node.forEach(child -> texts.addAll(markdownIn(child)));
        } else if (node.isArray()) {
            node.forEach(child -> texts.addAll(markdownIn(child)));
        }
        return texts;
    }
}
