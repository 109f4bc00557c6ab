package io.postkamer.dialogs.copyaccess;

import static io.postkamer.mailbox.Contoso.ADELE;
import static io.postkamer.mailbox.Contoso.BRAM;
import static io.postkamer.mailbox.Contoso.FACTUREN;
import static io.postkamer.mailbox.Contoso.FLIP;
import static io.postkamer.mailbox.Contoso.GER;
import static io.postkamer.mailbox.Contoso.KLANTENSERVICE;
import static io.postkamer.mailbox.Contoso.MEGAN;
import static io.postkamer.mailbox.Contoso.PROJECTARCHIEF;
import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.Texts;
import io.postkamer.dialogs.FeatureStores;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.audit.AuditSentences;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.testing.BotUnderTest;
import io.postkamer.dialogs.testing.Chat;
import io.postkamer.dialogs.testing.ContosoTenant;
import io.postkamer.dialogs.testing.TestChannel;
import io.postkamer.mailbox.HealthScan;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.TenantHealthFacts;
import io.postkamer.mailbox.demo.DemoTenant;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Flip's access copied to Ger: Flip holds Full Access and Send As on Ontvangstgebouw 32 (where Ger has Full Access),
 * and here also Full Access on Facturen, Send on Behalf on Klantenservice and Send As on Projectarchief (which Ger
 * has too). The card lists the mailboxes, a mailbox switched off is left alone, what Ger holds is skipped, and the
 * tenant ends with exactly the expected grants, each in the audit.
 */
@ParameterizedClass
@EnumSource(TestChannel.Delivery.class)
class CopyAccessTest {
    private final DemoTenant tenant = ContosoTenant.readyAtOnce();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final PostkamerBot bot = BotUnderTest.over(tenant, audit);
    private final TestChannel channel;
    private final int seeded;

    CopyAccessTest(TestChannel.Delivery delivery) {
        this.channel = new TestChannel(delivery);
        tenant.grant(FACTUREN, FLIP, Right.FULL_ACCESS, true);
        tenant.grant(KLANTENSERVICE, FLIP, Right.SEND_ON_BEHALF, false);
        tenant.grant(PROJECTARCHIEF, FLIP, Right.SEND_AS, false);
        tenant.grant(PROJECTARCHIEF, GER, Right.SEND_AS, false);
        this.seeded = tenant.writes().size();
    }

    private Chat chat(String user, String locale) {
        return new Chat(channel, () -> bot, "copy-" + user + locale, user, locale);
    }

    /** What was written to the tenant since the test's own grants were seeded. */
    private List<String> written() {
        List<String> all = tenant.writes();
        return all.subList(seeded, all.size());
    }

    /** "Give access" pressed on the card in front, as Teams sends it: the button's data with the card's switches. */
    static void give(Chat chat, Map<String, String> switches) {
        giveOn(chat, chat.card(), switches);
    }

    /** "Give access" pressed on a card shown earlier (the button Teams keeps on it, with its data). */
    static void giveOn(Chat chat, JsonNode card, Map<String, String> switches) {
        JsonNode button = card.findParents("verb").stream()
                .filter(action -> action.path("verb").asText().equals("copy.apply"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Give access on " + card));
        ObjectNode data = ((ObjectNode) button.path("data")).deepCopy();
        switches.forEach((mailbox, on) -> data.put("copy." + mailbox, on));
        chat.invoke("copy.apply", data);
    }

    private List<AuditEntry> grants() {
        return audit.all().stream()
                .filter(entry -> entry.action().startsWith("grant"))
                .toList();
    }

    @Test
    @DisplayName("the card lists each mailbox with what Ger would get and what Ger has; Klantenservice switched off is"
            + " left alone, Ger's Full Access on Ontvangstgebouw 32 is skipped, and exactly Send As there and Full"
            + " Access on Facturen (automapping on) are granted and audited")
    void copiesTheChosenMailboxes() {
        Chat megan = chat(MEGAN, "en-US");

        megan.say("give Ger the same mailbox access as Flip");

        assertThat(megan.cardText())
                .contains(
                        "Give Ger Verbeek the same mailbox access as Flip Schoonen",
                        "Ontvangstgebouw 32 (receptie32@contoso.com)",
                        "To give: Send As",
                        "Ger Verbeek already has: Full Access (skipped)",
                        "Facturen (facturen@contoso.com)",
                        "To give: Full Access",
                        "Klantenservice (klantenservice@contoso.com)",
                        "To give: Send on Behalf",
                        "Ger Verbeek already has the same rights on: Projectarchief.",
                        "shared mailboxes checked")
                .doesNotContain("Could not be read");
        assertThat(written()).as("showing the choice changes nothing").isEmpty();

        give(megan, Map.of(RECEPTIE32, "false", FACTUREN, "false", KLANTENSERVICE, "false"));
        assertThat(megan.lastToast()).isEqualTo("Switch on at least one mailbox: nothing was changed.");
        give(megan, Map.of(RECEPTIE32, "true", FACTUREN, "true", KLANTENSERVICE, "false"));

        assertThat(written())
                .containsExactlyInAnyOrder(
                        "grant receptie32 Ger Verbeek SEND_AS",
                        "grant facturen Ger Verbeek FULL_ACCESS automapping=true");
        assertThat(tenant.delegates(KLANTENSERVICE))
                .noneMatch(grant -> grant.trusteeId().equals(GER));
        assertThat(tenant.delegates(RECEPTIE32))
                .contains(new PermissionGrant(GER, "Ger Verbeek", Right.FULL_ACCESS, false));
        assertThat(megan.cardText())
                .contains(
                        "Mailbox access of Flip Schoonen for Ger Verbeek",
                        "Rights given: 2.",
                        "Given: Send As",
                        "Already had, skipped: Full Access",
                        "Given: Full Access",
                        "Not chosen: left as it is.");
        assertThat(grants())
                .extracting(entry -> entry.target().name() + " " + entry.action() + " " + entry.outcome())
                .containsExactlyInAnyOrder("Ontvangstgebouw 32 grant SEND_AS DONE", "Facturen grant FULL_ACCESS DONE");
        assertThat(grants()).allMatch(entry -> entry.actor().id().equals(MEGAN));
        assertThat(AuditSentences.what(grants().get(0), Texts.forLocale("nl-NL")))
                .startsWith("Megan Bowen")
                .contains("Ger Verbeek");
    }

    @Test
    @DisplayName("in Dutch, all switched on: the three rights granted once; the same card pressed again (Teams sends it"
            + " again after 15 seconds) grants nothing and audits nothing, and shows the same outcome")
    void inDutchAndPressedTwice() {
        Chat adele = chat(ADELE, "nl-NL");

        adele.say("kopieer de postvaktoegang van Flip naar Ger");

        assertThat(adele.cardText())
                .contains(
                        "Geef Ger Verbeek dezelfde postvaktoegang als Flip Schoonen",
                        "Te geven: Verzenden als",
                        "Ger Verbeek heeft al: Volledige toegang (overgeslagen)",
                        "Te geven: Verzenden namens",
                        "Toegang geven")
                .doesNotContain("To give", "Full Access", "Send As");
        Chat.Shown card = adele.shown();
        give(adele, Map.of(RECEPTIE32, "true", FACTUREN, "true", KLANTENSERVICE, "true"));

        assertThat(written())
                .containsExactlyInAnyOrder(
                        "grant receptie32 Ger Verbeek SEND_AS",
                        "grant facturen Ger Verbeek FULL_ACCESS automapping=true",
                        "grant klantenservice Ger Verbeek SEND_ON_BEHALF");
        assertThat(adele.cardText()).contains("Machtigingen gegeven: 3.", "Gegeven: Verzenden namens");
        int audited = audit.all().size();

        giveOn(adele, card.card(), Map.of(RECEPTIE32, "true", FACTUREN, "true"));

        assertThat(written()).as("nothing granted twice").hasSize(3);
        assertThat(audit.all()).as("nothing audited twice").hasSize(audited);
        assertThat(adele.cardText()).contains("Machtigingen gegeven: 3.");
    }

    @Test
    @DisplayName("a right Flip lost after the card was shown is not copied: that mailbox is refused and the refusal"
            + " audited, the others are granted")
    void checkedAgainWhenPressed() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("copy mailbox access from Flip Schoonen to ger.verbeek@contoso.nl");
        tenant.revoke(FACTUREN, FLIP, Right.FULL_ACCESS);
        int before = written().size();

        give(megan, Map.of(RECEPTIE32, "true", FACTUREN, "true", KLANTENSERVICE, "false"));

        assertThat(written().subList(before, written().size())).containsExactly("grant receptie32 Ger Verbeek SEND_AS");
        assertThat(megan.cardText()).contains("Left as it is: Flip Schoonen has no rights on Facturen.");
        assertThat(audit.all())
                .filteredOn(entry -> entry.outcome() == AuditEntry.Outcome.REFUSED)
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("copy mailbox access");
                    assertThat(entry.target().name()).isEqualTo("Facturen");
                });
    }

    @Test
    @DisplayName("a mailbox the bulk read could not read is said on the card, and not offered")
    void unreadMailboxesAreSaid() {
        InvocationHandler oneUnread = (proxy, method, args) -> {
            Object answer;
            try {
                answer = method.invoke(tenant, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (!(answer instanceof TenantHealthFacts facts)
                    || ((HealthScan) args[0]).mailbox().isPresent()) {
                return answer;
            }
            return new TenantHealthFacts(
                    facts.mailboxes().stream()
                            .filter(mailbox -> !mailbox.id().equals(KLANTENSERVICE))
                            .toList(),
                    List.of(new MailboxEntry(
                            KLANTENSERVICE, "Klantenservice", "klantenservice", "klantenservice@contoso.com")));
        };
        MailboxService service = (MailboxService) Proxy.newProxyInstance(
                MailboxService.class.getClassLoader(), new Class<?>[] {MailboxService.class}, oneUnread);
        PostkamerBot reading = BotUnderTest.over(service, audit);
        Chat megan = new Chat(channel, () -> reading, "copy-unread", MEGAN, "en-US");

        megan.say("give Ger the same mailbox access as Flip");

        assertThat(megan.cardText())
                .contains(
                        "Ontvangstgebouw 32 (receptie32@contoso.com)",
                        "Could not be read, so not listed: Klantenservice.")
                .doesNotContain("Klantenservice (klantenservice@contoso.com)");
        assertThat(megan.card().toString()).doesNotContain("copy." + KLANTENSERVICE);
    }

    @Test
    @DisplayName("an unknown or ambiguous name, the same person twice or a group changes nothing and says why")
    void namesThatDoNotResolve() {
        Chat megan = chat(MEGAN, "en-US");

        megan.say("give Ger the same mailbox access as Nobody Here");
        assertThat(megan.lastToast()).isEqualTo("I cannot find the person \"Nobody Here\" in the directory.");
        megan.say("give L the same mailbox access as Flip");
        assertThat(megan.lastToast())
                .startsWith("More than one person is called \"L\":")
                .contains("Lotte de Vries");
        megan.say("give Ger the same mailbox access as Ger Verbeek");
        assertThat(megan.lastToast()).startsWith("That is the same person twice");
        megan.say("give Marketing Team the same mailbox access as Flip");
        assertThat(megan.lastToast())
                .isEqualTo("Marketing Team is not a person here: choose someone in the directory, not a group, a shared"
                        + " mailbox or the person concerned.");

        Chat flip = chat(FLIP, "nl-NL");
        flip.say("geef Ger dezelfde toegang als Flip");
        assertThat(flip.cardText()).contains("niet gemachtigd");

        assertThat(written()).isEmpty();
        assertThat(audit.all())
                .singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED));
    }

    @Test
    @DisplayName("a press crafted from a real card, for another target, for a person's id where a shared mailbox"
            + " belongs, or by staff in the same chat, is refused and audited once, and nothing is granted")
    void craftedPressesOfARealCard() {
        Chat megan = chat(MEGAN, "en-US");
        megan.say("give Ger the same mailbox access as Flip");
        Chat.Shown card = megan.shown();
        String token = card.card()
                .findParents("verb")
                .get(0)
                .path("data")
                .path("token")
                .asText();

        for (Map<String, String> crafted : List.of(
                Map.of("token", token, "source", FLIP, "target", BRAM, "copy." + RECEPTIE32, "true"),
                Map.of("token", token, "source", FLIP, "target", GER, "copy." + MEGAN, "true"),
                Map.of("token", "another", "source", FLIP, "target", GER, "copy." + RECEPTIE32, "true"))) {
            ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            crafted.forEach(data::put);
            megan.invoke("copy.apply", data);
        }
        giveOn(megan.as(FLIP), card.card(), Map.of(RECEPTIE32, "true"));

        assertThat(written()).isEmpty();
        assertThat(audit.all()).hasSize(4).allMatch(entry -> entry.outcome() == AuditEntry.Outcome.REFUSED);
        assertThat(megan.lastToast()).contains("no longer current");
    }

    /** Two instances of the application over one store, one tenant and one audit; the chat goes to {@code on}. */
    private Chat onInstances(String user, String locale, AtomicReference<PostkamerBot> on) {
        return new Chat(channel, on::get, "copy-instances-" + user + locale, user, locale);
    }

    private PostkamerBot instance(FeatureStores stores) {
        return BotUnderTest.instance(tenant, BotUnderTest.QUICK, audit, stores);
    }

    @Test
    @DisplayName("the card shown by one instance and pressed on another gives each right once and shows the outcome;"
            + " pressed again on the first, it grants and audits nothing and shows the same outcome")
    void pressedOnAnotherInstance() {
        FeatureStores stores = FeatureStores.inMemory();
        PostkamerBot first = instance(stores);
        PostkamerBot second = instance(stores);
        AtomicReference<PostkamerBot> on = new AtomicReference<>(first);
        Chat megan = onInstances(MEGAN, "en-US", on);
        megan.say("give Ger the same mailbox access as Flip");
        Chat.Shown card = megan.shown();

        on.set(second);
        give(megan, Map.of(RECEPTIE32, "true", FACTUREN, "true", KLANTENSERVICE, "true"));

        assertThat(written())
                .containsExactlyInAnyOrder(
                        "grant receptie32 Ger Verbeek SEND_AS",
                        "grant facturen Ger Verbeek FULL_ACCESS automapping=true",
                        "grant klantenservice Ger Verbeek SEND_ON_BEHALF");
        assertThat(megan.cardText())
                .contains("Mailbox access of Flip Schoonen for Ger Verbeek", "Rights given: 3.", "Given: Send As");
        int audited = audit.all().size();

        on.set(first);
        giveOn(megan, card.card(), Map.of(RECEPTIE32, "true", FACTUREN, "true"));

        assertThat(written()).as("nothing granted twice").hasSize(3);
        assertThat(audit.all()).as("nothing audited twice").hasSize(audited);
        assertThat(megan.cardText()).contains("Rights given: 3.", "Already had, skipped: Full Access");
    }

    @Test
    @DisplayName("in Dutch, the same press arriving on both instances at once runs once: each right given and audited"
            + " once, and both answers show the outcome")
    void samePressOnBothInstancesAtOnce() {
        FeatureStores stores = FeatureStores.inMemory();
        AtomicReference<PostkamerBot> first = new AtomicReference<>(instance(stores));
        AtomicReference<PostkamerBot> second = new AtomicReference<>(instance(stores));
        Chat adele = onInstances(ADELE, "nl-NL", first);
        Chat again = onInstances(ADELE, "nl-NL", second);
        adele.say("kopieer de postvaktoegang van Flip naar Ger");
        JsonNode card = adele.card();
        Map<String, String> all = Map.of(RECEPTIE32, "true", FACTUREN, "true", KLANTENSERVICE, "true");
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<Void> onFirst = CompletableFuture.runAsync(() -> {
            await(together);
            giveOn(adele, card, all);
        });
        CompletableFuture<Void> onSecond = CompletableFuture.runAsync(() -> {
            await(together);
            giveOn(again, card, all);
        });
        CompletableFuture.allOf(onFirst, onSecond).join();

        assertThat(written())
                .containsExactlyInAnyOrder(
                        "grant receptie32 Ger Verbeek SEND_AS",
                        "grant facturen Ger Verbeek FULL_ACCESS automapping=true",
                        "grant klantenservice Ger Verbeek SEND_ON_BEHALF");
        assertThat(grants()).hasSize(3);
        assertThat(adele.cardText()).contains("Machtigingen gegeven: 3.");
        assertThat(again.cardText()).contains("Machtigingen gegeven: 3.");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("grants cut short by a restart: while the stopped instance's claim lasts a press shows how far they"
            + " are and gives nothing; after its lease the next press gives only the mailboxes not settled, and the"
            + " card shows every outcome")
    void restartMidRun() {
        FeatureStores stores = FeatureStores.inMemory();
        CopyOfferStore offers = stores.copyOffers();
        AtomicReference<PostkamerBot> on = new AtomicReference<>(instance(stores));
        Chat megan = onInstances(MEGAN, "en-US", on);
        megan.say("give Ger the same mailbox access as Flip");
        Chat.Shown card = megan.shown();
        CopyOffer.Key key = new CopyOffer.Key(
                megan.conversationId(),
                card.card()
                        .findParents("verb")
                        .get(0)
                        .path("data")
                        .path("token")
                        .asText());
        Instant stoppedAt = Instant.now().minus(Offers.LEASE).minusSeconds(10);
        assertThat(offers.claim(
                        key,
                        "stopped",
                        CopyOffer.keys(List.of(RECEPTIE32, FACTUREN, KLANTENSERVICE)),
                        stoppedAt,
                        Offers.LEASE))
                .isTrue();
        tenant.grant(RECEPTIE32, GER, Right.SEND_AS, false);
        offers.settle(
                key,
                "stopped",
                RECEPTIE32,
                new CopyOutcome(List.of(Right.SEND_AS), List.of(Right.FULL_ACCESS), Map.of(), Optional.empty()),
                Instant.now());
        int before = written().size();

        on.set(BotUnderTest.instance(tenant, BotUnderTest.QUICK.withPatience(Duration.ofMillis(200)), audit, stores));
        giveOn(megan, card.card(), Map.of(RECEPTIE32, "true", FACTUREN, "true", KLANTENSERVICE, "true"));

        assertThat(written()).as("the stopped instance's claim still holds").hasSize(before);
        assertThat(megan.cardText()).contains("Giving access", "1 of 3 done.");

        offers.settle(
                key,
                "stopped",
                RECEPTIE32,
                new CopyOutcome(List.of(Right.SEND_AS), List.of(Right.FULL_ACCESS), Map.of(), Optional.empty()),
                stoppedAt);
        on.set(instance(stores));
        giveOn(megan, card.card(), Map.of(RECEPTIE32, "true", FACTUREN, "true", KLANTENSERVICE, "true"));

        assertThat(written().subList(before, written().size()))
                .containsExactlyInAnyOrder(
                        "grant facturen Ger Verbeek FULL_ACCESS automapping=true",
                        "grant klantenservice Ger Verbeek SEND_ON_BEHALF");
        assertThat(megan.cardText())
                .contains("Rights given: 3.", "Given: Send As", "Given: Full Access", "Given: Send on Behalf");
        assertThat(offers.find(key).orElseThrow().isFinished()).isTrue();
    }
}
