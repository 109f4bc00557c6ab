package io.postkamer.bot.requests;

import io.postkamer.bot.auth.BotCredentials;
import io.postkamer.bot.delivery.JdbcSendLedger;
import io.postkamer.bot.delivery.PacedMessenger;
import io.postkamer.bot.delivery.RateLimits;
import io.postkamer.bot.wiring.PostkamerAdapter;
import io.postkamer.dialogs.audit.AuditTrail;
import io.postkamer.dialogs.audit.DirectoryNames;
import io.postkamer.dialogs.requests.AccessExpiry;
import io.postkamer.dialogs.requests.RequestRecorder;
import io.postkamer.dialogs.requests.RequestSettings;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.PersonalChats;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Access requests on the application's database, notices sent through the bot's adapter. */
@Configuration(proxyBeanMethods = false)
public class RequestsConfiguration {

    /**
     * Proactive messages paced to Teams' per-conversation limits, retried when Teams says so; the sends are counted
     * in the database, so that several instances keep the limits together.
     */
    @Bean(destroyMethod = "close")
    PacedMessenger pacedMessenger(
            PostkamerAdapter adapter, BotCredentials credentials, JdbcTemplate jdbc, TransactionTemplate transaction) {
        return PacedMessenger.forTeams(
                new AdapterMessenger(adapter, credentials.appId()),
                new JdbcSendLedger(jdbc, transaction, RateLimits.teams()));
    }

    /**
     * Files offered for download live in the database, so every instance serves them. Their links
     * start with {@code postkamer.public-url}, the bot's address as people's browsers reach it; without
     * it, with this machine's address, which only works where the bot runs (the local chat page).
     */
    @Bean
    JdbcDownloads downloads(
            JdbcTemplate jdbc,
            Environment environment,
            @Value("${postkamer.public-url:}") String publicUrl,
            @Value("${postkamer.downloads.valid-for:10m}") Duration validFor) {
        return new JdbcDownloads(
                jdbc,
                () -> URI.create(
                        publicUrl.isBlank()
                                ? "http://localhost:" + environment.getProperty("local.server.port", "8080") + "/"
                                : publicUrl.strip()),
                validFor,
                Clock.systemUTC());
    }

    @Bean
    Requests requests(
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            AuditTrail audit,
            PacedMessenger messenger,
            PersonalChats chats,
            JdbcDownloads downloads,
            @Value("${postkamer.requests.helpdesk:}") String helpdesk,
            @Value("${postkamer.requests.remind-after:2d}") Duration remindAfter,
            @Value("${postkamer.requests.helpdesk-channel:}") String helpdeskChannel) {
        List<String> helpdeskIds = Arrays.stream(helpdesk.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .toList();
        return new Requests(
                new JdbcRequestStore(jdbc),
                audit,
                new JdbcMailboxOwners(jdbc, transaction),
                new JdbcConversationReferences(jdbc),
                new JdbcScheduledJobs(jdbc),
                messenger,
                chats,
                downloads,
                new RequestSettings(
                        helpdeskIds,
                        remindAfter,
                        Optional.of(helpdeskChannel.strip()).filter(id -> !id.isEmpty())),
                Clock.systemUTC());
    }

    /** Ends time-bound access and sends the notice before; every instance looks, one does each job. */
    @Bean(destroyMethod = "close")
    ExpiryRunner expiryRunner(
            MailboxService mailboxService,
            Requests requests,
            @Value("${postkamer.requests.scheduler-interval:60s}") Duration interval) {
        String instance = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID();
        return new ExpiryRunner(
                new AccessExpiry(
                        mailboxService,
                        requests,
                        new RequestRecorder(requests, new DirectoryNames(mailboxService)),
                        instance),
                interval);
    }
}
