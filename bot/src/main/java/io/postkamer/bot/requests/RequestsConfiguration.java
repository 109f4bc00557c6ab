package io.postkamer.bot.requests;

import io.postkamer.bot.auth.BotCredentials;
import io.postkamer.bot.delivery.PacedMessenger;
import io.postkamer.bot.wiring.PostkamerAdapter;
import io.postkamer.dialogs.requests.RequestSettings;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.audit.AuditTrail;
import io.postkamer.dialogs.requests.AccessExpiry;
import io.postkamer.dialogs.requests.RequestRecorder;
import io.postkamer.mailbox.MailboxService;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Access requests on the application's database, notices sent through the bot's adapter. */
@Configuration(proxyBeanMethods = false)
public class RequestsConfiguration {

    /** Proactive messages paced to Teams' per-conversation limits, retried when Teams says so. */
    @Bean(destroyMethod = "close")
    PacedMessenger pacedMessenger(PostkamerAdapter adapter, BotCredentials credentials) {
        return PacedMessenger.forTeams(new AdapterMessenger(adapter, credentials.appId()));
    }

    @Bean
    Requests requests(JdbcTemplate jdbc, TransactionTemplate transaction, PacedMessenger messenger,
                      @Value("${postkamer.requests.helpdesk:}") String helpdesk,
                      @Value("${postkamer.requests.remind-after:2d}") Duration remindAfter,
                      @Value("${postkamer.requests.helpdesk-channel:}") String helpdeskChannel) {
        List<String> helpdeskIds = Arrays.stream(helpdesk.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                .toList();
        return new Requests(new JdbcRequestStore(jdbc), new JdbcRequestHistory(jdbc),
                new JdbcMailboxOwners(jdbc, transaction), new JdbcConversationReferences(jdbc),
                new JdbcScheduledJobs(jdbc), messenger, new RequestSettings(helpdeskIds, remindAfter,
                        Optional.of(helpdeskChannel.strip()).filter(id -> !id.isEmpty())), Clock.systemUTC());
    }

    /** Ends time-bound access and sends the notice before; every instance looks, one does each job. */
    @Bean(destroyMethod = "close")
    ExpiryRunner expiryRunner(MailboxService mailboxService, Requests requests, AuditTrail auditTrail,
                              @Value("${postkamer.requests.scheduler-interval:60s}") Duration interval) {
        String instance = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID();
        return new ExpiryRunner(new AccessExpiry(mailboxService, requests, new RequestRecorder(requests, auditTrail),
                instance), interval);
    }
}
