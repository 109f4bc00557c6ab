package io.postkamer.bot.benchmarks;

import io.postkamer.bot.benchmarks.HealthReportBenchmark.LocalChannel;
import io.postkamer.dialogs.common.MailboxThreads;
import io.postkamer.mailbox.Contoso;
import io.postkamer.mailbox.demo.ContosoAtScale;
import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.m365.fake.FakeMicrosoft365;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Flip Schoonen offboarded in a tenant of 2,000 shared mailboxes and 20,000 people, Flip holding rights on {@value
 * #HELD} of them, on the Microsoft 365 client against the stand-in answering every call after 100 ms: how soon the
 * plan card and the first answer to the press come, how long until the summary is shown, and the calls each took.
 *
 * <p>A benchmark, not a test: it asserts nothing and is excluded from {@code mvn verify}. Run it with
 * {@code mvn -B -pl bot -am verify -Dtest=OffboardingBenchmark -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false};
 * the table goes to standard output and to bot/target/benchmarks/offboarding.md. {@code -Doffboard.mailboxes=200} runs
 * a smaller tenant.
 */
@Tag("benchmark")
class OffboardingBenchmark {
    private static final int PEOPLE = 20_000;
    private static final int HELD = 10;
    private static final int CALL_MS = 100;

    private final StepMeasurements steps = new StepMeasurements();

    @Test
    void offboard() throws Exception {
        int mailboxes = Integer.getInteger("offboard.mailboxes", 2_000);
        DemoTenant tenant = ContosoAtScale.tenant(mailboxes, PEOPLE, 17);
        HeldRights.flipHolds(tenant, mailboxes, HELD);
        try (FakeMicrosoft365 m365 = FakeMicrosoft365.start(tenant)) {
            ExecutorService threads = MailboxThreads.pool(MailboxThreads.DEFAULT_SIZE);
            LocalChannel channel = LocalChannel.withBot(m365.newService(), threads);
            m365.server().setGlobalFixedDelay(CALL_MS);

            steps.measure(
                    m365,
                    channel,
                    "the plan card",
                    "Offboard Flip Schoonen",
                    () -> channel.say("offboard", "offboard flip.schoonen@contoso.com"));
            String plan = String.format(Locale.ROOT, """
                    {"mailbox":"%s","manager":"%s","sendAs":"true","reply":"true",\
                    "replyText":"Flip Schoonen works here no longer. Write to Pieter Jansen.",\
                    "hide":"false","licences":"true","ownRights":"true"}""", Contoso.FLIP_MAILBOX, Contoso.PIETER);
            steps.measure(
                    m365,
                    channel,
                    String.format(
                            Locale.ROOT,
                            "all nine steps, Flip's rights on %d of %,d shared mailboxes removed",
                            HELD + 1,
                            mailboxes + 4),
                    "Flip Schoonen is offboarded",
                    () -> channel.press("offboard", "offboard.start", plan));
            threads.shutdown();
        }
        String table = table(mailboxes);
        System.out.println(table);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("offboarding.md"), table);
    }

    private String table(int mailboxes) {
        return steps.table(String.format(Locale.ROOT, """
                %,d shared mailboxes (and the seed's 4), %,d people, Flip holding rights on %d of them (and the seed's
                one), every call answered after %d ms:
                """, mailboxes, PEOPLE, HELD, CALL_MS));
    }
}
