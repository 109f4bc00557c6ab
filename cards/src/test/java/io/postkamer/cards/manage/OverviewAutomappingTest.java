package io.postkamer.cards.manage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAccount;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverviewAutomappingTest {
    private static final Mailbox MAILBOX = new Mailbox(
            "m1",
            "Facturen",
            "facturen",
            "facturen@contoso.com",
            MailboxKind.SHARED,
            false,
            ProvisioningState.READY,
            new MailboxAccount(
                    "m1",
                    true,
                    List.of(new Licence("4b9405b0-7788-4568-add1-99614e613b69", "EXCHANGESTANDARD", false))),
            new MailboxStorage(1_000_000L, false, false));
    private static final List<PermissionGrant> DELEGATES = List.of(
            new PermissionGrant("on", "Anouk Smit", Right.FULL_ACCESS, AutoMapping.ON),
            new PermissionGrant("off", "Bram de Jong", Right.FULL_ACCESS, AutoMapping.OFF),
            new PermissionGrant("unknown", "Ger Verbeek", Right.FULL_ACCESS, AutoMapping.UNKNOWN),
            new PermissionGrant("send", "Lotte de Vries", Right.SEND_AS, AutoMapping.OFF));

    @ParameterizedTest
    @CsvSource({
        "en-US, Full Access (automapping), Full Access, Full Access (automapping not known), Turn automapping on,"
                + " Turn automapping off",
        "nl-NL, Volledige toegang (automatisch toewijzen), Volledige toegang,"
                + " Volledige toegang (automatisch toewijzen onbekend), Automatisch toewijzen aanzetten,"
                + " Automatisch toewijzen uitzetten"
    })
    @DisplayName("the overview says automapping only where it is known, and offers either switch where it is not")
    void automappingAsKnown(String locale, String on, String off, String unknown, String turnOn, String turnOff) {
        JsonNode card = MailboxOverviewCard.render(Texts.forLocale(locale), MAILBOX, DELEGATES, true, Optional.empty())
                .content();

        assertThat(memberLine(card, "Anouk Smit")).isEqualTo(on);
        assertThat(memberLine(card, "Bram de Jong")).isEqualTo(off);
        assertThat(memberLine(card, "Ger Verbeek")).isEqualTo(unknown);
        assertThat(switches(card, "on")).containsExactly(turnOff + "=false");
        assertThat(switches(card, "off")).containsExactly(turnOn + "=true");
        assertThat(switches(card, "unknown")).containsExactly(turnOn + "=true", turnOff + "=false");
        assertThat(switches(card, "send")).as("no Full Access, nothing to map").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"en-US", "nl-NL"})
    @DisplayName("the overview names a licence by its product, never by its code")
    void licenceByProductName(String locale) {
        String card = MailboxOverviewCard.render(Texts.forLocale(locale), MAILBOX, DELEGATES, true, Optional.empty())
                .content()
                .toString();

        assertThat(card).contains("Exchange Online (Plan 1)").doesNotContain("EXCHANGESTANDARD");
    }

    /** The rights line under a member's name. */
    private static String memberLine(JsonNode card, String name) {
        List<String> texts = new ArrayList<>();
        card.findParents("type").forEach(node -> {
            if (node.path("type").asText().equals("Container")) {
                JsonNode items = node.path("items");
                if (items.size() > 1 && items.get(0).path("text").asText().equals(name)) {
                    texts.add(items.get(1).path("text").asText());
                }
            }
        });
        assertThat(texts).as("one line for %s", name).hasSize(1);
        return texts.get(0);
    }

    /** The automapping buttons for a member: title and what it switches to. */
    private static List<String> switches(JsonNode card, String member) {
        List<String> found = new ArrayList<>();
        card.findParents("verb").forEach(action -> {
            if (action.path("verb").asText().equals("manage.automapping")
                    && action.path("data").path("member").asText().equals(member)) {
                found.add(action.path("title").asText() + "="
                        + action.path("data").path("autoMapping").asText());
            }
        });
        return found;
    }
}
