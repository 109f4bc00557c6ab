package io.postkamer.dialogs.create;

import static io.postkamer.mailbox.Contoso.ADELE;
import static io.postkamer.mailbox.Contoso.ALEX;
import static io.postkamer.mailbox.Contoso.EMILIE;
import static io.postkamer.mailbox.Contoso.FATIMA;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.JEROEN;
import static io.postkamer.mailbox.Contoso.LOTTE;
import static io.postkamer.mailbox.Contoso.MARKETING_TEAM;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.MIRIAM;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.DemoOperation;
import io.postkamer.mailbox.demo.DemoTenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class CreateMailboxConversationTest {
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final PostkamerBot bot = BotUnderTest.over(tenant);
    private final TestChannel channel;

    CreateMailboxConversationTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
    }

    private Chat chat(String user, String locale) {
        return new Chat(channel, () -> bot, "conversation-1", user, locale);
    }

    static Map<String, String> flipFullAccessAndSendAsGerSendOnBehalf() {
        return Map.of(
                "m0.fullAccess",
                "true",
                "m0.autoMapping",
                "true",
                "m0.sendAs",
                "true",
                "m0.sendOnBehalf",
                "false",
                "m1.fullAccess",
                "false",
                "m1.autoMapping",
                "false",
                "m1.sendAs",
                "false",
                "m1.sendOnBehalf",
                "true");
    }

    @Test
    @DisplayName("An admin creates Afdeling Marketing as marketing@contoso.com with Flip and Ger, in English")
    void wholeFlowInEnglish() {
        Chat megan = chat(MEGAN, "en-US");

        megan.say("create a shared mailbox");
        assertThat(megan.cardText()).contains("Create a shared mailbox", "What should it be called?");
        assertThat(megan.buttons()).containsExactly("next", "cancel");

        megan.press("next", Map.of("displayName", "Afdeling Marketing"));
        assertThat(megan.cardText())
                .contains("I propose this address for \"Afdeling Marketing\"", "afdeling.marketing");
        assertThat(megan.card().findValue("domain")).isNull();
        assertThat(megan.card().toString()).contains("\"value\":\"contoso.com\"", "@contoso.nl");

        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        assertThat(megan.cardText())
                .contains(
                        "Create this shared mailbox?",
                        "Afdeling Marketing",
                        "marketing@contoso.com",
                        "it can take a few minutes before members can be added");
        assertThat(tenant.writes()).isEmpty();

        megan.press("create");
        assertThat(megan.cardText())
                .contains(
                        "Add members",
                        "Afdeling Marketing is ready",
                        "Members are the people who can see incoming mail and outgoing replies");
        assertThat(megan.card().toString()).contains("\"dataset\":\"postkamer.people\"");
        assertThat(megan.card().findValue("choices"))
                .as("static choices where a client cannot search")
                .hasSize(BotUnderTest.QUICK.pickerChoices());
        assertThat(megan.card().findValue("choices").toString())
                .contains("\"title\":\"Adele Vance", "\"value\":\"" + ADELE + "\"");
        assertThat(searchResults(megan, "flip").toString()).contains("\"value\":\"" + FLIP + "\"");

        megan.press("next", Map.of("members", FLIP + "," + GER));
        assertThat(megan.cardText())
                .contains(
                        "Choose permissions",
                        "Flip Schoonen",
                        "Ger Verbeek",
                        "Full Access and Send As are both needed to use the shared mailbox properly.",
                        "Send on Behalf: mail shows")
                .doesNotContain("hidden from the address lists");

        megan.press("apply", flipFullAccessAndSendAsGerSendOnBehalf());
        assertThat(megan.cardText())
                .contains(
                        "Flip Schoonen: Full Access granted",
                        "Flip Schoonen: Send As granted",
                        "Ger Verbeek: Send on Behalf granted");
        assertThat(megan.buttons()).containsExactly("next");

        megan.press("next");
        assertThat(megan.cardText())
                .contains("Block sign-in for the mailbox's account", "system password nobody should use");

        megan.press("block");
        assertThat(megan.cardText())
                .contains(
                        "Afdeling Marketing is ready",
                        "marketing@contoso.com",
                        "Blocked",
                        "Flip Schoonen: Full Access, automapping, Send As",
                        "Ger Verbeek: Send on Behalf",
                        "after they close and restart Outlook",
                        "Outlook for iOS or Outlook for Android",
                        "shared calendar");

        assertMarketingCreatedWithFlipAndGer();
    }

    @Test
    @DisplayName("Een beheerder maakt Afdeling Marketing als marketing@contoso.com met Flip en Ger, in het Nederlands")
    void wholeFlowInDutch() {
        Chat adele = chat(ADELE, "nl-NL");

        adele.say("maak een gedeeld postvak Afdeling Marketing");
        assertThat(adele.cardText())
                .contains(
                        "Een gedeeld postvak maken",
                        "Ik stel dit e-mailadres voor \"Afdeling Marketing\" voor",
                        "afdeling.marketing");

        adele.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        assertThat(adele.cardText())
                .contains(
                        "Dit gedeelde postvak maken?",
                        "marketing@contoso.com",
                        "enkele minuten duren voordat u leden kunt toevoegen");

        adele.press("create");
        assertThat(adele.cardText())
                .contains(
                        "Leden toevoegen",
                        "Leden zijn degenen die de inkomende e-mail voor dit gedeelde postvak en de uitgaande antwoorden kunnen weergeven");

        adele.press("next", Map.of("members", FLIP + "," + GER));
        assertThat(adele.cardText())
                .contains(
                        "Machtigingen kiezen",
                        "Volledige toegang",
                        "Verzenden als",
                        "Verzenden namens",
                        "zijn allebei vereist om het gedeelde postvak goed te kunnen gebruiken");

        adele.press("apply", flipFullAccessAndSendAsGerSendOnBehalf());
        assertThat(adele.cardText())
                .contains(
                        "Flip Schoonen: Volledige toegang verleend",
                        "Flip Schoonen: Verzenden als verleend",
                        "Ger Verbeek: Verzenden namens verleend");

        adele.press("next");
        assertThat(adele.cardText())
                .contains("Aanmelding voor het account van het gedeelde postvak blokkeren", "referenties");

        adele.press("block");
        assertThat(adele.cardText())
                .contains(
                        "Afdeling Marketing is klaar",
                        "Geblokkeerd",
                        "Flip Schoonen: Volledige toegang, automatisch toewijzen, Verzenden als",
                        "Ger Verbeek: Verzenden namens",
                        "nadat ze Outlook hebben gesloten en opnieuw gestart",
                        "Outlook voor iOS of Outlook voor Android",
                        "gedeelde agenda");

        assertMarketingCreatedWithFlipAndGer();
    }

    @Test
    @DisplayName("Someone who is not an administrator is told so, is offered the requests, and nothing is created")
    void nonAdministratorIsRefused() {
        Chat flip = chat(FLIP, "nl-NL");

        flip.say("nieuw gedeeld postvak");

        assertThat(flip.cardText())
                .contains(
                        "U bent niet gemachtigd om deze pagina weer te geven of deze handeling uit te voeren",
                        "Vraag het hier aan");
        assertThat(flip.buttons()).containsExactly("request.new", "request");
        assertThat(tenant.writes()).isEmpty();
    }

    @Test
    @DisplayName("The helpdesk's Helpdesk Administrator role does not allow creating a shared mailbox")
    void helpdeskAdministratorIsRefused() {
        Chat lotte = chat(LOTTE, "en-US");

        lotte.say("create a shared mailbox called Afdeling Marketing");

        assertThat(lotte.cardText()).contains("You are not authorised");
        assertThat(lotte.buttons()).containsExactly("request.new", "request");
        assertThat(tenant.writes()).isEmpty();
    }

    @Test
    @DisplayName("An Exchange Administrator through a role-assignable group may create a shared mailbox")
    void exchangeAdministratorThroughGroupIsAllowed() {
        Chat jeroen = chat(JEROEN, "nl-NL");
        jeroen.say("maak een gedeeld postvak Afdeling Marketing");
        jeroen.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));

        jeroen.press("create");

        assertThat(jeroen.cardText()).contains("Leden toevoegen", "Afdeling Marketing is klaar");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }

    @Test
    @DisplayName(
            "Someone else pressing an administrator's create button in the same chat is refused: the wizard is the admin's")
    void replayedCardActionOfNonAdministratorIsRefused() {
        Chat chat = chat(MEGAN, "en-US");
        chat.say("create a shared mailbox called Afdeling Marketing");
        chat.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        String meganToken = chat.currentToken();

        chat.as(FLIP).pressWithToken("create", meganToken, Map.of());

        assertThat(chat.lastToast()).contains("This card belongs to Megan Bowen: only they can use it.");
        assertThat(tenant.writes()).isEmpty();
        assertThat(tenant.mailbox("marketing@contoso.com")).isEmpty();

        chat.as(MEGAN).pressWithToken("create", meganToken, Map.of());
        assertThat(chat.cardText()).contains("Add members");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }

    @Test
    @DisplayName("An invalid alias is refused on the card with the reason, and nothing is created")
    void invalidAliasIsRefusedOnTheCard() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("create a shared mailbox Afdeling Marketing");

        megan.press("next", Map.of("alias", ".mar keting!", "domain", "contoso.com"));

        assertThat(megan.cardText()).contains("\".mar keting!\" cannot be used as an address");
        assertThat(megan.buttons()).containsExactly("next", "back", "cancel");
        assertThat(tenant.writes()).isEmpty();
    }

    @Test
    @DisplayName("A taken address is refused on the card with the reason, and nothing is created")
    void takenAddressIsRefusedOnTheCard() {
        Chat megan = chat(MEGAN, "nl-NL");
        megan.say("maak een gedeeld postvak Receptie");

        megan.press("next", Map.of("alias", "receptie32", "domain", "contoso.com"));

        assertThat(megan.cardText()).contains("Het e-mailadres receptie32@contoso.com is al in gebruik.");

        megan.press("next", Map.of("alias", "ontvangst32", "domain", "contoso.nl"));
        assertThat(megan.cardText()).contains("Het e-mailadres ontvangst32@contoso.nl is al in gebruik.");
        assertThat(tenant.writes()).isEmpty();
        assertThat(tenant.mailbox("receptie32@contoso.com").orElseThrow().id()).isEqualTo(RECEPTIE32);
    }

    @Test
    @DisplayName("The proposed address is never one already in use")
    void proposedAddressIsUnique() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("create a shared mailbox called Flip Schoonen");

        assertThat(megan.card().toString()).contains("\"value\":\"flip.schoonen2\"");
    }

    @Test
    @DisplayName("A hybrid organisation is sent to the on-premises Exchange admin centre and nothing is created")
    void hybridOrganisationCreatesNothing() {
        DemoTenant hybrid = ContosoTenant.readyAtOnce();
        hybrid.setHybrid(true);
        PostkamerBot hybridBot = BotUnderTest.over(hybrid);
        Chat megan = new Chat(channel, () -> hybridBot, "conversation-2", MEGAN, "en-US");

        megan.say("create a shared mailbox");

        assertThat(megan.cardText()).contains("on-premises Exchange admin centre", "I have not created anything");
        assertThat(hybrid.writes()).isEmpty();
        assertThat(hybrid.sharedMailboxes())
                .extracting(Mailbox::primarySmtpAddress)
                .containsExactlyInAnyOrder(
                        "receptie32@contoso.com",
                        "facturen@contoso.com",
                        "klantenservice@contoso.com",
                        "projectarchief@contoso.com");
    }

    @Test
    @DisplayName("A throttled grant fails with the reason, succeeds on retry, and nothing is granted twice")
    void throttledGrantSucceedsOnRetryWithoutDuplicates() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("create a shared mailbox called Afdeling Marketing");
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        megan.press("create");
        megan.press("next", Map.of("members", FLIP + "," + GER));
        tenant.faults().next(DemoOperation.GRANT).throttle(Duration.ofSeconds(30));

        megan.press("apply", flipFullAccessAndSendAsGerSendOnBehalf());

        assertThat(megan.cardText())
                .contains(
                        "Flip Schoonen: Full Access failed. Microsoft 365 (Exchange Online) asked me to slow down. Try again in 30 seconds.",
                        "Flip Schoonen: Send As granted",
                        "Ger Verbeek: Send on Behalf granted");
        assertThat(megan.buttons()).containsExactly("retry", "next");
        String failedCardToken = megan.currentToken();

        megan.press("retry");
        assertThat(megan.cardText()).contains("Flip Schoonen: Full Access granted", "Flip Schoonen: Send As granted");
        assertThat(megan.buttons()).containsExactly("next");

        megan.pressWithToken("retry", failedCardToken, Map.of());
        assertThat(tenant.writes())
                .containsExactly(
                        "create marketing@contoso.com \"Afdeling Marketing\"",
                        "grant marketing Flip Schoonen SEND_AS",
                        "grant marketing Ger Verbeek SEND_ON_BEHALF",
                        "sent items copies marketing sentAs=true sentOnBehalf=true",
                        "grant marketing Flip Schoonen FULL_ACCESS automapping=true");
        assertThat(tenant.delegates("marketing@contoso.com"))
                .containsExactlyInAnyOrder(
                        new PermissionGrant(FLIP, "Flip Schoonen", Right.FULL_ACCESS, true),
                        new PermissionGrant(FLIP, "Flip Schoonen", Right.SEND_AS, false),
                        new PermissionGrant(GER, "Ger Verbeek", Right.SEND_ON_BEHALF, false));
    }

    @Test
    @DisplayName(
            "Exchange still refusing a grant because the new mailbox is not ready says so, and the retry grants it once")
    void grantOnAMailboxNotReadyYetSucceedsOnRetry() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("create a shared mailbox called Afdeling Marketing");
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        megan.press("create");
        megan.press("next", Map.of("members", FLIP + "," + GER));
        tenant.faults().next(DemoOperation.GRANT).thenThrow(new MailboxException.NotReady("marketing@contoso.com"));

        megan.press("apply", flipFullAccessAndSendAsGerSendOnBehalf());

        assertThat(megan.cardText())
                .contains(
                        "Flip Schoonen: Full Access failed. The mailbox is still being created. Try again in a few minutes.",
                        "Flip Schoonen: Send As granted",
                        "Ger Verbeek: Send on Behalf granted");
        assertThat(megan.buttons()).containsExactly("retry", "next");

        megan.press("retry");
        assertThat(megan.cardText()).contains("Flip Schoonen: Full Access granted");
        assertThat(tenant.writes())
                .containsExactly(
                        "create marketing@contoso.com \"Afdeling Marketing\"",
                        "grant marketing Flip Schoonen SEND_AS",
                        "grant marketing Ger Verbeek SEND_ON_BEHALF",
                        "sent items copies marketing sentAs=true sentOnBehalf=true",
                        "grant marketing Flip Schoonen FULL_ACCESS automapping=true");
    }

    @Test
    @DisplayName("Pressing create twice (double click) creates the mailbox once")
    void doubleClickCreatesOnce() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("create a shared mailbox called Afdeling Marketing");
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        String confirmToken = megan.currentToken();

        megan.pressWithToken("create", confirmToken, Map.of());
        megan.pressWithToken("create", confirmToken, Map.of());

        assertThat(megan.cardText()).contains("Add members");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }

    @Test
    @DisplayName("Back returns to the previous screen and cancel stops before anything is created")
    void backAndCancel() {
        Chat megan = chat(MEGAN, "nl-NL");
        megan.say("maak een gedeeld postvak Afdeling Marketing");
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));

        megan.press("back");
        assertThat(megan.cardText()).contains("Ik stel dit e-mailadres voor");

        megan.say("annuleer");
        assertThat(megan.cardText()).contains("Gestopt", "Er is niets gemaakt.");
        megan.press("next");
        assertThat(megan.lastToast()).contains("nieuw gedeeld postvak");
        assertThat(tenant.writes()).isEmpty();
    }

    @Test
    @DisplayName(
            "Picking the Marketing Team security group warns about automapping and grants its four members one by one")
    void marketingTeamIsExpandedIntoItsMembers() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("create a shared mailbox called Afdeling Marketing");
        megan.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        megan.press("create");

        megan.press("next", Map.of("members", MARKETING_TEAM));
        assertThat(megan.cardText())
                .contains(
                        "Marketing Team is a mail-enabled security group with 4 members",
                        "Give the group itself Full Access and Send As, or add its members one by one?",
                        "automapping does not work: each member may need to add the mailbox in Outlook by hand");
        assertThat(megan.buttons()).containsExactly("group", "expand", "back");

        megan.press("expand");
        assertThat(megan.cardText()).contains("Choose permissions");
        assertThat(memberNames(megan))
                .containsExactly("Alex Wilber", "Émilie Müller", "Fatima El Amrani", "Miriam Graham");
        assertThat(megan.card().toString()).doesNotContain("Marketing Team");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");

        megan.press("apply");
        assertThat(megan.cardText())
                .contains(
                        "Alex Wilber: Full Access granted",
                        "Émilie Müller: Send As granted",
                        "Fatima El Amrani: Full Access granted",
                        "Miriam Graham: Send As granted");
        assertThat(tenant.delegates("marketing@contoso.com"))
                .noneMatch(grant -> grant.trusteeId().equals(MARKETING_TEAM))
                .extracting(PermissionGrant::trusteeId)
                .containsOnly(ALEX, EMILIE, FATIMA, MIRIAM);
        assertThat(tenant.delegates("marketing@contoso.com"))
                .hasSize(8)
                .allMatch(grant -> grant.right() != Right.FULL_ACCESS
                        || grant.autoMapping().isOn());
        assertThat(tenant.writes())
                .containsExactly(
                        "create marketing@contoso.com \"Afdeling Marketing\"",
                        "grant marketing Alex Wilber FULL_ACCESS automapping=true",
                        "grant marketing Alex Wilber SEND_AS",
                        "grant marketing Émilie Müller FULL_ACCESS automapping=true",
                        "grant marketing Émilie Müller SEND_AS",
                        "grant marketing Fatima El Amrani FULL_ACCESS automapping=true",
                        "grant marketing Fatima El Amrani SEND_AS",
                        "grant marketing Miriam Graham FULL_ACCESS automapping=true",
                        "grant marketing Miriam Graham SEND_AS",
                        "sent items copies marketing sentAs=true sentOnBehalf=true");
    }

    @Test
    @DisplayName("Een gekozen persoon die ook lid is van Marketing Team staat na het uitvouwen één keer in de lijst")
    void marketingTeamMembersJoinPeopleAlreadyPicked() {
        Chat adele = chat(ADELE, "nl-NL");
        adele.say("maak een gedeeld postvak Afdeling Marketing");
        adele.press("next", Map.of("alias", "marketing", "domain", "contoso.com"));
        adele.press("create");

        adele.press("next", Map.of("members", FLIP + "," + MARKETING_TEAM + "," + ALEX));
        assertThat(adele.cardText())
                .contains(
                        "Marketing Team is een beveiligingsgroep met e-mail en heeft 4 leden",
                        "Via een groep werkt automatisch toewijzen niet");

        adele.press("expand");
        assertThat(adele.cardText()).contains("Machtigingen kiezen");
        assertThat(memberNames(adele))
                .containsExactly("Flip Schoonen", "Alex Wilber", "Émilie Müller", "Fatima El Amrani", "Miriam Graham");
        assertThat(tenant.writes()).containsExactly("create marketing@contoso.com \"Afdeling Marketing\"");
    }

    /** The members on the permissions card, in order: each has its bold name (the title is large) above its toggles. */
    private static List<String> memberNames(Chat chat) {
        List<String> names = new ArrayList<>();
        chat.card().findParents("weight").forEach(block -> {
            if (block.path("type").asText().equals("TextBlock")
                    && block.path("weight").asText().equals("Bolder")
                    && !block.has("size")) {
                names.add(block.path("text").asText());
            }
        });
        return names;
    }

    @Test
    @DisplayName("In a channel the bot's @mention is stripped and the name is picked up from the text")
    void mentionIsStrippedInChannels() {
        Chat megan = chat(MEGAN, "nl-NL");

        megan.say("<at>Postkamer</at> maak een gedeeld postvak Marketing");

        assertThat(megan.card().toString()).contains("\"value\":\"marketing\"");
    }

    @Test
    @DisplayName("The people picker's search is answered from the directory")
    void peoplePickerSearch() {
        Chat megan = chat(MEGAN, "en-US");

        var turn = megan.search("fl");

        var body = new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(turn.invokeResponse().orElseThrow().getBody());
        assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.search.searchResponse");
        assertThat(body.path("value").path("results").toString())
                .contains("\"title\":\"Flip Schoonen (flip.schoonen@contoso.com)\"", "\"value\":\"" + FLIP + "\"")
                .doesNotContain("Ger Verbeek");
        assertThat(body.path("value").path("results")).hasSize(1);
        assertThat(searchResults(megan, "marketing t").toString())
                .as("a group is offered, and said to be one")
                .contains("\"title\":\"Marketing Team (group)\"");
    }

    static JsonNode searchResults(Chat chat, String query) {
        var turn = chat.search(query);
        return new ObjectMapper()
                .valueToTree(turn.invokeResponse().orElseThrow().getBody())
                .path("value")
                .path("results");
    }

    /** The tenant after the whole flow: the mailbox, its three grants, sign-in blocked, and those writes only. */
    private void assertMarketingCreatedWithFlipAndGer() {
        Mailbox marketing = tenant.mailbox("marketing@contoso.com").orElseThrow();
        assertThat(marketing.displayName()).isEqualTo("Afdeling Marketing");
        assertThat(marketing.account().signInBlocked()).isTrue();
        assertThat(tenant.delegates(marketing.id()))
                .containsExactlyInAnyOrder(
                        new PermissionGrant(FLIP, "Flip Schoonen", Right.FULL_ACCESS, true),
                        new PermissionGrant(FLIP, "Flip Schoonen", Right.SEND_AS, false),
                        new PermissionGrant(GER, "Ger Verbeek", Right.SEND_ON_BEHALF, false));
        assertThat(tenant.writes())
                .containsExactly(
                        "create marketing@contoso.com \"Afdeling Marketing\"",
                        "grant marketing Flip Schoonen FULL_ACCESS automapping=true",
                        "grant marketing Flip Schoonen SEND_AS",
                        "grant marketing Ger Verbeek SEND_ON_BEHALF",
                        "sent items copies marketing sentAs=true sentOnBehalf=true",
                        "block sign-in marketing");
    }
}
