package io.postkamer.bot.health;

import io.postkamer.bot.requests.ExpiryRunner;
import io.postkamer.bot.wiring.BotWiring;
import io.postkamer.dialogs.health.HealthReportPosts;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.mailbox.MailboxService;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The health report posted to the helpdesk channel on its own: {@code postkamer.health.post-every} (an ISO period,
 * {@code P7D} weekly, {@code P1M} monthly; empty, never) how often, once per period across the instances sharing the
 * database. Every instance looks as often as it looks for due requests ({@code postkamer.requests.scheduler-interval}).
 */
@Configuration(proxyBeanMethods = false)
public class HealthPostsConfiguration {

    @Bean(destroyMethod = "close")
    ExpiryRunner healthReportPosts(
            MailboxService mailboxService,
            Requests requests,
            ExecutorService mailboxCalls,
            JdbcTemplate jdbc,
            Environment environment,
            @Value("${postkamer.health.post-every:}") String every,
            @Value("${postkamer.requests.scheduler-interval:60s}") Duration interval) {
        String instance = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID();
        HealthReportPosts posts = HealthReportPosts.of(
                Optional.of(every.strip()).filter(text -> !text.isEmpty()).map(Period::parse),
                new JdbcHealthPostStore(jdbc),
                mailboxService,
                requests,
                BotWiring.licencePrices(environment),
                mailboxCalls,
                instance);
        return new ExpiryRunner("health-report-posts", posts::runDue, interval);
    }
}
