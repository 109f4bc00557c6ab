package io.postkamer.bot.backend;

import io.postkamer.bot.auth.BotCredentials;
import io.postkamer.bot.metrics.RemoteRetries;
import io.postkamer.mailbox.PersonalChats;
import io.postkamer.mailbox.m365.CallBudget;
import io.postkamer.mailbox.m365.CallObserver;
import io.postkamer.mailbox.m365.Microsoft365MailboxService;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** A real tenant, through Microsoft Graph and the Exchange Online admin API. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "postkamer.backend", havingValue = "microsoft365")
@EnableConfigurationProperties(Microsoft365Properties.class)
public class Microsoft365BackendConfiguration {

    /** The tenant's call budget, shared by every conversation and, through the database, every instance. */
    @Bean
    CallBudget callBudget(Microsoft365Properties properties, JdbcTemplate jdbc) {
        return properties.toBudget(
                new JdbcCallSlots(jdbc), properties.toSettings().maxBackoff());
    }

    @Bean
    Microsoft365MailboxService microsoft365MailboxService(
            Microsoft365Properties properties,
            ObjectProvider<Microsoft365Transport> transport,
            CallBudget budget,
            JdbcTemplate jdbc,
            ObjectProvider<CallObserver> observer,
            ObjectProvider<RemoteRetries> retries) {
        Microsoft365MailboxService.Builder builder = Microsoft365MailboxService.builder(properties.toSettings())
                .callBudget(budget)
                .autoMappingRecords(new JdbcAutoMappingRecords(jdbc));
        transport.ifAvailable(custom -> builder.httpClient(custom.httpClient()));
        observer.ifAvailable(builder::callObserver);
        retries.ifAvailable(builder::onRetry);
        try {
            return builder.build();
        } catch (IllegalArgumentException unreadable) {
            // The certificate is read here: a wrong path or password is a setting to fix, not a crash to read.
            throw Microsoft365NotConfigured.invalid(unreadable);
        }
    }

    /**
     * Chats with people who never wrote to the bot: the Teams app installed for them through Graph. The
     * app is found in the tenant's catalog by its manifest id (the bot's app id) unless
     * {@code postkamer.teams.catalog-app-id} names it.
     */
    @Bean
    PersonalChats personalChats(
            Microsoft365MailboxService service,
            BotCredentials credentials,
            @Value("${postkamer.teams.catalog-app-id:}") String catalogAppId) {
        return service.personalChats(
                Optional.of(catalogAppId.strip()).filter(id -> !id.isEmpty()), credentials.appId());
    }
}
