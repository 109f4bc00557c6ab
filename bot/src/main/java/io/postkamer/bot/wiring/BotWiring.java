package io.postkamer.bot.wiring;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.UserState;
import io.postkamer.bot.audit.JdbcAuditTrail;
import io.postkamer.bot.auth.AnonymousReplyGuard;
import io.postkamer.bot.auth.BotCredentials;
import io.postkamer.bot.auth.TenantGuard;
import io.postkamer.bot.copyaccess.JdbcCopyOfferStore;
import io.postkamer.bot.metrics.TurnMetrics;
import io.postkamer.bot.offboarding.JdbcOffboardingStore;
import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.FeatureStores;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.dialogs.audit.AuditTrail;
import io.postkamer.dialogs.common.MailboxThreads;
import io.postkamer.dialogs.copyaccess.CopyOfferStore;
import io.postkamer.dialogs.offboarding.OffboardingStore;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.dialogs.reviews.Reviews;
import io.postkamer.mailbox.LicencePrices;
import io.postkamer.mailbox.MailboxService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The bot, its adapter and the checks around the endpoint. */
@Configuration(proxyBeanMethods = false)
public class BotWiring {
    /** Checked against the backend before this runs, by {@link BotStartupCheck}. */
    @Bean
    BotCredentials botCredentials(Environment environment) {
        return BotCredentials.from(environment);
    }

    @Bean
    PostkamerAdapter postkamerAdapter(
            BotCredentials credentials,
            AnonymousReplyGuard serviceUrls,
            @Value("${postkamer.bot.openid-metadata-url:}") String openIdMetadataUrl,
            @Value("${postkamer.bot.answer-within:10s}") Duration answerWithin,
            ObjectProvider<TurnMetrics> metrics) {
        PostkamerAdapter adapter = new PostkamerAdapter(credentials, openIdMetadataUrl, serviceUrls, answerWithin);
        metrics.ifAvailable(turns -> adapter.onAnsweredEarly(turns::answeredEarly));
        return adapter;
    }

    @Bean
    AuditTrail auditTrail(JdbcTemplate jdbc) {
        return new JdbcAuditTrail(jdbc);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService mailboxCalls(ServiceFiles serviceFiles, @Value("${postkamer.mailbox.threads:32}") int threads) {
        return MailboxThreads.pool(threads, serviceFiles::threads);
    }

    /** Turns the bot takes on its own (a card changed when a new mailbox is ready) go through the same adapter. */
    @Bean
    Bot postkamerBot(
            MailboxService mailboxService,
            ConversationState conversationState,
            UserState userState,
            ExecutorService mailboxCalls,
            Requests requests,
            Reviews reviews,
            OffboardingStore offboardings,
            CopyOfferStore copyOffers,
            PostkamerAdapter adapter,
            BotCredentials credentials,
            Environment environment,
            @Value("${postkamer.bot.patience:4s}") Duration patience) {
        return new PostkamerBot(
                mailboxService,
                conversationState,
                userState,
                BotSettings.defaults().withPatience(patience).withLicencePrices(licencePrices(environment)),
                mailboxCalls,
                Clock.systemUTC(),
                requests,
                reviews,
                new FeatureStores(offboardings, copyOffers),
                (conversation, callback) -> adapter.continueConversation(credentials.appId(), conversation, callback));
    }

    /**
     * What the organisation pays a month per licence, for the health report: {@code postkamer.licences.prices.<part
     * number>=4.00} (an environment variable {@code POSTKAMER_LICENCES_PRICES_EXCHANGESTANDARD} works too) in
     * {@code postkamer.licences.currency} (ISO 4217, default EUR). None: the report names licences without a cost.
     * A price that is no amount or a currency that does not exist stops the start, with the setting named.
     */
    public static LicencePrices licencePrices(Environment environment) {
        Map<String, BigDecimal> prices = Binder.get(environment)
                .bind("postkamer.licences.prices", Bindable.mapOf(String.class, BigDecimal.class))
                .orElse(Map.of());
        return new LicencePrices(
                prices,
                Currency.getInstance(environment
                        .getProperty("postkamer.licences.currency", "EUR")
                        .strip()));
    }

    /** Offboardings in the database, so a restart or another instance goes on with them. */
    @Bean
    OffboardingStore offboardingStore(JdbcTemplate jdbc, TransactionTemplate transaction) {
        return new JdbcOffboardingStore(jdbc, transaction);
    }

    /** Copies of access offered on cards, in the database, so a press on another instance or after a restart goes on. */
    @Bean
    CopyOfferStore copyOfferStore(JdbcTemplate jdbc, TransactionTemplate transaction) {
        return new JdbcCopyOfferStore(jdbc, transaction);
    }

    @Bean
    AnonymousReplyGuard anonymousReplyGuard(BotCredentials credentials) {
        return new AnonymousReplyGuard(credentials);
    }

    @Bean
    TenantGuard tenantGuard(BotCredentials credentials) {
        return new TenantGuard(credentials);
    }
}
