package io.postkamer.bot.reviews;

import io.postkamer.bot.requests.ExpiryRunner;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.reviews.AccessReview;
import io.postkamer.dialogs.reviews.ReviewDeadlines;
import io.postkamer.dialogs.reviews.ReviewSettings;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.mailbox.MailboxService;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Access reviews kept in the database, and the round that prepares, reminds and closes them on every instance (each
 * step done by one). {@code postkamer.reviews.every} (for example {@code P3M}, quarterly) starts a review of all
 * shared mailboxes on its own; empty, never.
 */
@Configuration(proxyBeanMethods = false)
public class ReviewsConfiguration {

    @Bean
    Reviews reviews(
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            @Value("${postkamer.reviews.deadline:14d}") Duration deadline,
            @Value("${postkamer.reviews.remind-before:2d}") Duration remindBefore,
            @Value("${postkamer.reviews.every:}") String every,
            @Value("${postkamer.reviews.undecided:KEEP}") AccessReview.Undecided undecided,
            @Value("${postkamer.reviews.administrators:}") String administrators) {
        return new Reviews(
                new JdbcReviewStore(jdbc, transaction),
                new ReviewSettings(
                        deadline,
                        remindBefore,
                        Optional.of(every.strip())
                                .filter(text -> !text.isEmpty())
                                .map(Period::parse),
                        undecided,
                        Arrays.stream(administrators.split(","))
                                .map(String::strip)
                                .filter(id -> !id.isEmpty())
                                .toList()));
    }

    @Bean(destroyMethod = "close")
    ExpiryRunner reviewRounds(
            MailboxService mailboxService,
            Requests requests,
            Reviews reviews,
            ExecutorService mailboxCalls,
            @Value("${postkamer.requests.scheduler-interval:60s}") Duration interval) {
        String instance = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID();
        ReviewDeadlines deadlines = ReviewDeadlines.of(mailboxService, requests, reviews, mailboxCalls, instance);
        return new ExpiryRunner("access-reviews", deadlines::runDue, interval);
    }
}
