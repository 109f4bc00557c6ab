package io.postkamer.bot.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.bot.benchmarks.HealthReportBenchmark.LocalChannel;
import io.postkamer.bot.benchmarks.HealthReportBenchmark.Received2;
import io.postkamer.dialogs.common.MailboxThreads;
import io.postkamer.mailbox.Contoso;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.demo.ContosoAtScale;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Flip's mailbox access copied to Ger in a tenant of 2,000 shared mailboxes and 20,000 people, Flip holding rights on
 * {@value #HELD} of them, on the Microsoft 365 client against the stand-in answering every call after 100 ms: how soon
 * the person has an answer, how long until the choice and then the outcome are shown, and the calls each took.
 *
 * <p>A benchmark, not a test: it asserts nothing and is excluded from {@code mvn verify}. Run it with
 * {@code mvn -B -pl bot -am verify -Dtest=CopyAccessBenchmark -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false};
 * the table goes to standard output and to bot/target/benchmarks/copy-access.md. {@code -Dcopy.mailboxes=200} runs a
 * smaller tenant.
 */
@Tag("benchmark")
class CopyAccessBenchmark {
    private static final int PEOPLE = 20_000;
    private static final int HELD = 10;
    private static final int CALL_MS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StepMeasurements steps = new StepMeasurements();

    @Test
    void copy() throws Exception {
        int mailboxes = Integer.getInteger("copy.mailboxes", 2_000);
        DemoTenant tenant = ContosoAtScale.tenant(mailboxes, PEOPLE, 17);
        List<String> held = HeldRights.flipHolds(tenant, mailboxes, HELD);
        // Ger has Full Access already on every fifth of them: the copy skips it there.
        for (int n = 5; n <= HELD; n += 5) {
            tenant.grant(held.get(n - 1), Contoso.GER, Right.FULL_ACCESS, false);
        }
        try (FakeMicrosoft365 m365 = FakeMicrosoft365.start(tenant)) {
            ExecutorService threads = MailboxThreads.pool(MailboxThreads.DEFAULT_SIZE);
            LocalChannel channel = LocalChannel.withBot(m365.newService(), threads);
            m365.server().setGlobalFixedDelay(CALL_MS);

            Received2 choice = steps.measure(
                    m365,
                    channel,
                    String.format(Locale.ROOT, "the choice (%,d + 4 shared mailboxes read)", mailboxes),
                    "Give Ger Verbeek the same mailbox access",
                    () -> channel.say("copy", "give Ger the same mailbox access as Flip"));
            ObjectNode data = allSwitchedOn(choice);
            steps.measure(
                    m365,
                    channel,
                    String.format(Locale.ROOT, "give access on the %d mailboxes (+ Ontvangstgebouw 32)", HELD),
                    "Mailbox access of Flip Schoonen for Ger Verbeek",
                    () -> channel.press("copy", "copy.apply", data.toString()));
            threads.shutdown();
        }
        String table = table(mailboxes);
        System.out.println(table);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("copy-access.md"), table);
    }

    /** "Give access" as Teams sends it: the button's data with every switch of the card on. */
    private static ObjectNode allSwitchedOn(Received2 choice) throws Exception {
        JsonNode card = JSON.readTree(LocalChannel.cards(choice.activity()));
        ObjectNode data = ((ObjectNode) card.findParents("verb").stream()
                        .filter(action -> action.path("verb").asText().equals("copy.apply"))
                        .findFirst()
                        .orElseThrow()
                        .path("data"))
                .deepCopy();
        card.findParents("id").stream()
                .filter(input -> input.path("type").asText().equals("Input.Toggle"))
                .forEach(toggle -> data.put(toggle.path("id").asText(), "true"));
        return data;
    }

    private String table(int mailboxes) {
        return steps.table(String.format(Locale.ROOT, """
                %,d shared mailboxes (and the seed's 4), %,d people, Flip holding rights on %d of them (and the seed's
                one), every call answered after %d ms:
                """, mailboxes, PEOPLE, HELD, CALL_MS));
    }
}
