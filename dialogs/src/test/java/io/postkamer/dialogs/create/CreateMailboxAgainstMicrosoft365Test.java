package io.postkamer.dialogs.create;

import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365.Received;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The English create flow of {@link CreateMailboxConversationTest}, with the bot on the real Microsoft
 * 365 client talking to a WireMock Graph and Exchange Online: the exact changing calls, in order, and
 * nothing else that changes anything.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class CreateMailboxAgainstMicrosoft365Test {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final FakeMicrosoft365 m365 = FakeMicrosoft365.start(ContosoTenant.readyAtOnce());
    private final PostkamerBot bot = BotUnderTest.over(m365.newService());
    private final Chat megan;

    CreateMailboxAgainstMicrosoft365Test(TestChannel.Delivery delivery) {
        this.megan = new Chat(new TestChannel(delivery), () -> bot, "conversation-m365", MEGAN, "en-US");
    }

    @AfterEach
    void stop() {
        m365.close();
    }

    /** A request that changes something in the tenant: what it is, and its body. */
    record Write(String request, JsonNode body) {}

    @Test
    @DisplayName(
            "Creating Afdeling Marketing with Flip and Ger sends exactly New-Mailbox, then the three grants, then one PATCH")
    void wholeFlowSendsExactlyTheseChanges() {
        megan.say("create a shared mailbox");
        assertThat(megan.cardText()).contains("What should it be called?");
        megan.press("next", Map.of("displayName", "Afdeling Marketing"));
        assertThat(megan.cardText())
                .contains("I propose this address for \"Afdeling Marketing\"", "afdeling.marketing");
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        assertThat(megan.cardText()).contains("Create this shared mailbox?", "marketing@contoso.com");
        assertThat(writes()).isEmpty();

        megan.press("create");
        assertThat(megan.cardText()).contains("Add members", "Afdeling Marketing is ready");
        megan.press("next", Map.of("members", FLIP + "," + GER));
        megan.press("apply", CreateMailboxConversationTest.flipFullAccessAndSendAsGerSendOnBehalf());
        assertThat(megan.cardText())
                .contains(
                        "Flip Schoonen: Full Access granted",
                        "Flip Schoonen: Send As granted",
                        "Ger Verbeek: Send on Behalf granted");
        megan.press("next");
        megan.press("block");
        assertThat(megan.cardText())
                .contains(
                        "Afdeling Marketing is ready",
                        "marketing@contoso.com",
                        "Blocked",
                        "Flip Schoonen: Full Access, automapping, Send As",
                        "Ger Verbeek: Send on Behalf");

        Mailbox marketing = m365.tenant().mailbox("marketing@contoso.com").orElseThrow();
        List<Write> writes = writes();
        assertThat(writes).hasSize(6);
        assertThat(writes.get(0)).isEqualTo(exchange("New-Mailbox", """
                {"Shared":true,"Name":"marketing","DisplayName":"Afdeling Marketing","Alias":"marketing",
                 "PrimarySmtpAddress":"marketing@contoso.com"}"""));
        assertThat(writes.subList(1, 4))
                .as("the grants, made side by side")
                .containsExactlyInAnyOrder(
                        exchange("Add-MailboxPermission", """
                        {"Identity":"marketing@contoso.com","User":"fschoonen@contoso.com","AccessRights":["FullAccess"],
                         "InheritanceType":"All","AutoMapping":true}"""),
                        exchange("Add-RecipientPermission", """
                        {"Identity":"marketing@contoso.com","Trustee":"fschoonen@contoso.com","AccessRights":["SendAs"],
                         "Confirm":false}"""),
                        exchange("Set-Mailbox", """
                        {"Identity":"marketing@contoso.com","GrantSendOnBehalfTo":
                          {"@odata.type":"#Exchange.GenericHashTable","Add":["ger.verbeek@contoso.com"]}}"""));
        assertThat(writes.get(4))
                .as("the Sent Items copies, once the grants are made")
                .isEqualTo(exchange("Set-Mailbox", """
                        {"Identity":"marketing@contoso.com","MessageCopyForSentAsEnabled":true,
                         "MessageCopyForSendOnBehalfEnabled":true}"""));
        assertThat(writes.get(5))
                .isEqualTo(new Write(
                        "PATCH /v1.0/users/" + marketing.account().userId(), json("{\"accountEnabled\":false}")));

        assertThat(readKinds())
                .containsExactlyInAnyOrder(
                        "token",
                        "GET /v1.0/organization",
                        "GET /v1.0/users/{id}/transitiveMemberOf/microsoft.graph.directoryRole",
                        "GET /v1.0/users",
                        "POST /v1.0/$batch",
                        "GET /v1.0/users/{id}",
                        "Get-AcceptedDomain",
                        "Get-Recipient",
                        "Get-Mailbox",
                        "Get-MailboxStatistics",
                        "Get-MailboxPermission",
                        "Get-RecipientPermission");

        assertThat(marketing.account().signInBlocked()).isTrue();
        assertThat(m365.tenant().delegates(marketing.id()))
                .containsExactlyInAnyOrder(
                        new PermissionGrant(FLIP, "Flip Schoonen", Right.FULL_ACCESS, true),
                        new PermissionGrant(FLIP, "Flip Schoonen", Right.SEND_AS, false),
                        new PermissionGrant(GER, "Ger Verbeek", Right.SEND_ON_BEHALF, false));
    }

    @Test
    @DisplayName("the proposed address is asked about once when proposed and once when creating, not again in between")
    void theProposedAddressIsCheckedOnceBeforeCreating() {
        megan.say("create a shared mailbox");
        megan.press("next", Map.of("displayName", "Afdeling Inkoop"));
        assertThat(megan.cardText()).contains("afdeling.inkoop");
        megan.press("next", Map.of("alias", "afdeling.inkoop", "domain", "contoso.com"));
        assertThat(megan.cardText()).contains("Create this shared mailbox?", "afdeling.inkoop@contoso.com");
        assertThat(addressChecks("afdeling.inkoop@contoso.com")).isEqualTo(1);

        megan.press("create");
        assertThat(megan.cardText()).contains("Afdeling Inkoop is ready");
        assertThat(addressChecks("afdeling.inkoop@contoso.com")).isEqualTo(2);
    }

    /** Times the directory was asked whether the address is taken: Get-Recipient, with users and groups in one batch. */
    private long addressChecks(String address) {
        return m365.requests().stream()
                .filter(r -> r.isExchange()
                        && r.cmdlet().equals("Get-Recipient")
                        && r.parameters().path("Identity").asText().equals(address))
                .count();
    }

    /** Every request that is not a token request, a Graph GET or an Exchange Get- cmdlet, in order received. */
    private List<Write> writes() {
        return m365.requests().stream()
                .filter(r -> !isRead(r))
                .map(r -> r.isExchange()
                        ? new Write(r.cmdlet(), r.parameters())
                        : new Write(r.method() + " " + r.url(), r.body()))
                .toList();
    }

    /** The distinct kinds of reading request: token, Graph method and path with ids as {id}, or cmdlet. */
    private List<String> readKinds() {
        return m365.requests().stream()
                .filter(CreateMailboxAgainstMicrosoft365Test::isRead)
                .map(r -> r.isToken()
                        ? "token"
                        : r.isExchange()
                                ? r.cmdlet()
                                : r.method() + " "
                                        + GUID.matcher(r.url().replaceFirst("\\?.*", ""))
                                                .replaceAll("{id}"))
                .distinct()
                .toList();
    }

    private static boolean isRead(Received request) {
        if (request.isToken()) {
            return request.method().equals("POST");
        }
        if (request.isExchange()) {
            return request.method().equals("POST") && request.cmdlet().startsWith("Get-");
        }
        if (request.isGraph() && request.url().startsWith("/v1.0/$batch")) {
            // A batch reads when every request in it does.
            return java.util.stream.StreamSupport.stream(
                            request.body().path("requests").spliterator(), false)
                    .allMatch(inner -> inner.path("method").asText().equals("GET"));
        }
        return request.isGraph() && request.method().equals("GET");
    }

    private static Write exchange(String cmdlet, String parameters) {
        return new Write(cmdlet, json(parameters));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
