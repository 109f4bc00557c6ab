package io.postkamer.dialogs.manage;

import static io.postkamer.mailbox.Contoso.BRAM;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoTenant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adding members to a mailbox that exists: from its members and rights, a right added to a member, people added,
 * nothing already held granted again or changed, and back to the overview.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class AddMembersTest {
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final PostkamerBot bot = BotUnderTest.over(tenant, audit);
    private final TestChannel channel;

    AddMembersTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    private Chat chat(String user, String locale) {
        return new Chat(channel, () -> bot, "add-" + user + locale, user, locale);
    }

    private static ObjectNode press(String... pairs) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("mailbox", "receptie32@contoso.com");
        for (int i = 0; i < pairs.length; i += 2) {
            data.put(pairs[i], pairs[i + 1]);
        }
        return data;
    }

    @Test
    @DisplayName("the screen starts from the members and their rights, and offers each member only what they lack")
    void startsFromTheMembers() {
        Chat megan = chat(MEGAN, "en-US");

        megan.invoke("manage.addMembers", press());

        assertThat(megan.cardText())
                .contains(
                        "Add members to Ontvangstgebouw 32",
                        "Flip Schoonen: Full Access, Send As",
                        "Add to Flip Schoonen",
                        "Ger Verbeek: Full Access",
                        "Add to Ger Verbeek",
                        "New members")
                .doesNotContain("is ready", "No members now");
        assertThat(megan.card().toString()).contains("\"id\":\"add." + GER + "\"");
        assertThat(megan.buttons()).containsExactly("manage.applyMembers", "manage.open");
    }

    @Test
    @DisplayName("Send As added to Ger and Bram added with Full Access and Send As: exactly those three grants, Ger's"
            + " Full Access and its automapping left as they were, and the overview says what was added")
    void addsARightAndAPerson() {
        Chat megan = chat(MEGAN, "en-US");

        megan.invoke(
                "manage.applyMembers",
                press(
                        "add." + GER,
                        "SEND_AS",
                        "people",
                        BRAM,
                        "fullAccess",
                        "true",
                        "autoMapping",
                        "true",
                        "sendAs",
                        "true",
                        "sendOnBehalf",
                        "false"));

        assertThat(tenant.writes())
                .containsExactlyInAnyOrder(
                        "grant receptie32 Ger Verbeek SEND_AS",
                        "grant receptie32 Bram de Jong FULL_ACCESS automapping=true",
                        "grant receptie32 Bram de Jong SEND_AS");
        assertThat(tenant.delegates(RECEPTIE32))
                .contains(new PermissionGrant(GER, "Ger Verbeek", Right.FULL_ACCESS, false));
        assertThat(megan.cardText())
                .contains("Ontvangstgebouw 32", "Added:", "Ger Verbeek: Send As", "Bram de Jong: Full Access");
        assertThat(audit.all())
                .filteredOn(entry -> entry.action().startsWith("grant"))
                .extracting(AuditEntry::outcome)
                .containsOnly(AuditEntry.Outcome.DONE)
                .hasSize(3);
    }

    @Test
    @DisplayName("rights someone already holds are left as they are, in Dutch too: nothing is sent to Exchange")
    void nothingHeldIsGrantedAgain() {
        Chat megan = chat(MEGAN, "nl-NL");

        megan.invoke(
                "manage.applyMembers",
                press(
                        "people",
                        FLIP,
                        "fullAccess",
                        "true",
                        "autoMapping",
                        "false",
                        "sendAs",
                        "true",
                        "sendOnBehalf",
                        "false"));

        assertThat(tenant.writes()).isEmpty();
        assertThat(tenant.delegates(RECEPTIE32))
                .contains(new PermissionGrant(FLIP, "Flip Schoonen", Right.FULL_ACCESS, true));
        assertThat(megan.cardText())
                .contains(
                        "Al aanwezig, ongewijzigd gelaten",
                        "Flip Schoonen: Volledige toegang",
                        "Flip Schoonen: Verzenden als");
    }

    @Test
    @DisplayName("nothing chosen, or a right for someone who is not a member, shows the screen again with the reason")
    void nothingChosen() {
        Chat megan = chat(MEGAN, "en-US");

        megan.invoke(
                "manage.applyMembers",
                press(
                        "add." + BRAM,
                        "SEND_AS",
                        "people",
                        "",
                        "fullAccess",
                        "false",
                        "autoMapping",
                        "false",
                        "sendAs",
                        "false",
                        "sendOnBehalf",
                        "false"));

        assertThat(megan.cardText()).contains("Choose a right to add", "Add members to Ontvangstgebouw 32");
        assertThat(tenant.writes()).isEmpty();
    }

    @Test
    @DisplayName("staff may neither open the screen nor add anyone; the refusal is audited and nothing changes")
    void staffAreRefused() {
        Chat flip = chat(FLIP, "en-US");

        flip.invoke("manage.addMembers", press());
        assertThat(flip.cardText()).doesNotContain("Add members to");
        flip.invoke(
                "manage.applyMembers",
                press(
                        "people",
                        FLIP,
                        "fullAccess",
                        "true",
                        "autoMapping",
                        "true",
                        "sendAs",
                        "true",
                        "sendOnBehalf",
                        "true"));

        assertThat(tenant.writes()).isEmpty();
        assertThat(audit.all())
                .extracting(AuditEntry::action, AuditEntry::outcome)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("add members", AuditEntry.Outcome.REFUSED));
    }
}
