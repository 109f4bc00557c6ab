package io.postkamer.mailbox.m365;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.postkamer.mailbox.Contoso.FACTUREN;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static io.postkamer.mailbox.Contoso.SANNE_MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.demo.ContosoAtScale;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.demo.DemoTenantSettings;
import io.postkamer.mailbox.demo.MutableClock;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365.Received;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The people picker on Microsoft 365 offers people and groups, never the user account of a shared, room or equipment
 * mailbox, which Graph's users search finds like anyone's; and what that costs in Graph calls per keystroke.
 */
class PeoplePickerOffersPeopleOnlyTest {
    private static final Duration PROVISIONING = Duration.ofSeconds(5);
    private static final String ROOM = "e1000000-0000-4000-8000-000000000001";
    private static final String EQUIPMENT = "e1000000-0000-4000-8000-000000000002";
    private static final String LINKED = "e1000000-0000-4000-8000-000000000003";
    private static final Pattern PURPOSE_URL = Pattern.compile("/users/([^/]+)/mailboxSettings/userPurpose");

    private final MutableClock clock = MutableClock.monday();
    private final List<FakeMicrosoft365> fakes = new ArrayList<>();
    private final FakeMicrosoft365 m365 =
            start(DemoTenant.load(DemoTenantSettings.contoso().withClock(clock).withProvisioningDelay(PROVISIONING)));

    @AfterEach
    void stop() {
        fakes.forEach(FakeMicrosoft365::close);
    }

    private FakeMicrosoft365 start(DemoTenant tenant) {
        FakeMicrosoft365 fake = FakeMicrosoft365.start(tenant);
        fakes.add(fake);
        return fake;
    }

    @Test
    @DisplayName("the accounts of shared mailboxes, rooms and equipment are found by Graph but never offered")
    void sharedRoomAndEquipmentAccountsAreNotOffered() {
        m365.addAccount(person(ROOM, "Flamingozaal"), Optional.of("room"))
                .addAccount(person(EQUIPMENT, "Flatscreen Kantine"), Optional.of("equipment"))
                .addAccount(person(LINKED, "Floor Linkerd"), Optional.of("linked"));
        Microsoft365MailboxService service = m365.newService();

        assertThat(ids(service.searchPrincipals("fl", 25))).containsExactly(FLIP, LINKED);
        assertThat(ids(service.searchPrincipals("ontvangst", 25))).doesNotContain(RECEPTIE32);
        assertThat(ids(service.searchPrincipals("factu", 25))).doesNotContain(FACTUREN);

        assertThat(purposesAskedAbout())
                .as("Graph's users search found them all")
                .contains(ROOM, EQUIPMENT, LINKED, FLIP, RECEPTIE32, FACTUREN);
    }

    @Test
    @DisplayName("the choices shown before anything is typed leave out shared, room and equipment accounts too,"
            + " and are read once a while")
    void firstPeopleLeaveOutMailboxAccounts() {
        m365.addAccount(person(ROOM, "Aalzaal"), Optional.of("room"))
                .addAccount(person(EQUIPMENT, "Beamer Kantine"), Optional.of("equipment"));
        Microsoft365MailboxService service = m365.newService();

        List<Person> first = service.people(5);

        assertThat(first).hasSize(5);
        assertThat(first).extracting(Person::id).doesNotContain(ROOM, EQUIPMENT, RECEPTIE32, FACTUREN);
        assertThat(service.people(1000))
                .extracting(Person::id)
                .contains(FLIP)
                .doesNotContain(ROOM, EQUIPMENT, RECEPTIE32, FACTUREN);
        assertThat(graphCallsFor(() -> assertThat(service.people(5)).isEqualTo(first)))
                .as("asked again a moment later")
                .isZero();
    }

    @Test
    @DisplayName("a person without a mailbox (Graph answers 404) is offered, and so is one with a mailbox of their own")
    void peopleWithAndWithoutMailboxesAreOffered() {
        Microsoft365MailboxService service = m365.newService();

        assertThat(ids(service.searchPrincipals("flip", 10))).containsExactly(FLIP);
        assertThat(ids(service.searchPrincipals("sanne", 10))).containsExactly(SANNE_MAILBOX);
        assertThat(purposesAskedAbout()).containsExactly(FLIP, SANNE_MAILBOX);
    }

    @Test
    @DisplayName("a cold keystroke makes two Graph calls (search, purposes), a warm one one, a repeated one none")
    void coldKeystrokeTwoCallsWarmOne() {
        Microsoft365MailboxService service = m365.newService();

        assertThat(graphCallsFor(() ->
                        assertThat(ids(service.searchPrincipals("san", 10))).contains(SANNE_MAILBOX)))
                .as("accounts never seen: the search, then their purposes in one batch")
                .isEqualTo(2);
        assertThat(graphCallsFor(() ->
                        assertThat(ids(service.searchPrincipals("sanne", 10))).containsExactly(SANNE_MAILBOX)))
                .as("a new prefix finding accounts already known: the search only")
                .isEqualTo(1);
        assertThat(graphCallsFor(() -> service.searchPrincipals("SANNE ", 10)))
                .as("the same prefix again")
                .isZero();
    }

    @Test
    @DisplayName("accounts not known yet are asked about twenty to a batch, and only as far as the limit asked needs")
    void purposesAreAskedTwentyToABatch() {
        FakeMicrosoft365 large = start(ContosoAtScale.tenant(60, 60));
        Microsoft365MailboxService service = large.newService();

        assertThat(service.searchPrincipals("postvak", 25))
                .as("25 shared mailbox accounts found, none offered")
                .isEmpty();
        assertThat(large.requests())
                .filteredOn(Received::isPurposeLookup)
                .extracting(r -> r.batched().size())
                .containsExactly(20, 5);
        assertThat(large.graphRequests()).isEqualTo(3);

        large.forgetRequests();
        assertThat(service.searchPrincipals("medewerker", 10)).hasSize(10);
        assertThat(large.requests())
                .as("25 people found, the first twenty asked about: enough for ten")
                .filteredOn(Received::isPurposeLookup)
                .extracting(r -> r.batched().size())
                .containsExactly(20);
        assertThat(large.graphRequests()).isEqualTo(2);
    }

    @Test
    @DisplayName("a shared mailbox this client creates is never offered, even before Graph has its mailbox;"
            + " another client stops offering it once it is ready")
    void createdMailboxIsNeverOffered() {
        Microsoft365MailboxService service = m365.newService();
        Mailbox created = service.createSharedMailbox(
                        new NewSharedMailbox("Ontvangst Zuid", "ontvangst.zuid", "contoso.com"))
                .mailbox();

        assertThat(ids(service.searchPrincipals("ontvangst zuid", 10))).isEmpty();
        assertThat(purposesAskedAbout()).doesNotContain(created.id());

        clock.advance(PROVISIONING);
        Microsoft365MailboxService another = m365.newService();
        assertThat(ids(another.searchPrincipals("ontvangst zuid", 10))).isEmpty();
        assertThat(purposesAskedAbout()).contains(created.id());
    }

    @Test
    @DisplayName("when the purpose lookup fails after its retries, the accounts are offered unchecked, not remembered,"
            + " and asked about again at the next keystroke")
    void failedLookupOffersUncheckedAndAsksAgain() {
        Microsoft365MailboxService service = m365.newService();
        StubMapping down = m365.server()
                .stubFor(post(urlEqualTo("/v1.0/$batch"))
                        .withRequestBody(containing("mailboxSettings/userPurpose"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(503)));

        assertThat(ids(service.searchPrincipals("ontvangst", 10)))
                .as("offered unchecked: a failed lookup does not empty the picker")
                .contains(RECEPTIE32);
        assertThat(m365.requests().stream().filter(Received::isPurposeLookup))
                .as("tried as often as any call")
                .hasSize(m365.settings().maxAttempts());

        m365.server().removeStub(down);
        m365.forgetRequests();
        assertThat(ids(service.searchPrincipals("ontvangst", 10))).doesNotContain(RECEPTIE32);
        assertThat(m365.requests())
                .as("the search kept, the purposes asked again")
                .filteredOn(Received::isGraph)
                .singleElement()
                .matches(Received::isPurposeLookup);
    }

    @Test
    @DisplayName(
            "an account Graph refuses to tell about (no MailboxSettings.Read) is offered unchecked without retrying,"
                    + " and the others in its batch keep their answers")
    void refusedAccountIsOfferedAndOthersKeepTheirAnswers() {
        m365.addAccount(person(ROOM, "Flamingozaal"), Optional.of("room"));
        Microsoft365MailboxService service = m365.newService();
        StubMapping refusing = m365.server()
                .stubFor(post(urlEqualTo("/v1.0/$batch"))
                        .withRequestBody(containing("mailboxSettings/userPurpose"))
                        .atPriority(1)
                        .willReturn(okJson("""
                                {"responses":[
                                  {"id":"0","status":200,"body":{"value":"room"}},
                                  {"id":"1","status":403,"headers":{"Content-Type":"application/json"},
                                   "body":{"error":{"code":"ErrorAccessDenied",
                                   "message":"Access is denied. Check credentials and try again."}}}]}""")));

        assertThat(ids(service.searchPrincipals("fl", 10))).containsExactly(FLIP);
        assertThat(purposesAskedAbout()).as("asked once, not retried").containsExactly(ROOM, FLIP);

        m365.server().removeStub(refusing);
        m365.forgetRequests();
        assertThat(ids(service.searchPrincipals("fl", 10))).containsExactly(FLIP);
        assertThat(purposesAskedAbout())
                .as("the room's answer kept, Flip asked about again")
                .containsExactly(FLIP);
    }

    private long graphCallsFor(Runnable keystroke) {
        m365.forgetRequests();
        keystroke.run();
        return m365.graphRequests();
    }

    /** The accounts whose mailbox purpose was asked of Graph, in the order asked. */
    private List<String> purposesAskedAbout() {
        return m365.requests().stream()
                .filter(Received::isPurposeLookup)
                .flatMap(r -> r.batched().stream())
                .map(url -> {
                    Matcher m = PURPOSE_URL.matcher(url);
                    return m.matches() ? m.group(1) : url;
                })
                .toList();
    }

    private static Person person(String id, String name) {
        String address = name.toLowerCase(Locale.ROOT).replace(" ", ".") + "@contoso.com";
        return new Person(id, name, address, address, "", "");
    }

    private static List<String> ids(List<Principal> principals) {
        return principals.stream().map(Principal::id).toList();
    }
}
