package io.postkamer.bot.backend;

import io.postkamer.bot.wiring.Backend;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.m365.Microsoft365MailboxService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** A real tenant through Microsoft Graph and the Exchange Online admin API ({@code postkamer.backend=microsoft365}). */
@Configuration(proxyBeanMethods = false)
@Conditional(Microsoft365BackendConfiguration.Chosen.class)
@EnableConfigurationProperties(Microsoft365Properties.class)
public class Microsoft365BackendConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(Microsoft365BackendConfiguration.class);

    @Bean
    MailboxService microsoft365MailboxService(Microsoft365Properties properties,
                                              ObjectProvider<Microsoft365ClientCustomizer> customizers) {
        Microsoft365MailboxService.Builder builder = Microsoft365MailboxService.builder(properties.toSettings())
                .onRetry(notice -> LOG.warn("Microsoft 365 {}: attempt {} failed ({}), trying again in {} ms",
                        notice.operation(), notice.attempt(), String.valueOf(notice.cause()), notice.waitFor().toMillis()));
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** Same reading of {@code postkamer.backend} as the startup check, so "m365" works too. */
    static class Chosen implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Backend.parse(context.getEnvironment().getProperty("postkamer.backend", "demo")) == Backend.MICROSOFT365;
        }
    }
}
