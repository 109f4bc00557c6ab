package io.postkamer.bot.metrics;

import com.github.benmanes.caffeine.cache.Cache;
import com.microsoft.bot.builder.Bot;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.postkamer.bot.delivery.PacedMessenger;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.m365.CallObserver;
import io.postkamer.mailbox.m365.Microsoft365MailboxService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the bot measures (README, "Metrics"): turns, remote calls, retries, cache hit ratios and proactive messages
 * waiting to go out. Always recorded; published on {@code /actuator/prometheus} only where the operator exposes it.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    CallObserver callObserver(MeterRegistry registry) {
        return new MicrometerCallObserver(registry);
    }

    @Bean
    RemoteRetries remoteRetries(MeterRegistry registry) {
        return new RemoteRetries(registry);
    }

    @Bean
    TurnMetrics turnMetrics(MeterRegistry registry) {
        return new TurnMetrics(registry);
    }

    /** Hit ratios of the caches that spare the tenant calls: {@code cache_gets_total{cache=…,result=hit|miss}}. */
    @Bean
    MeterBinder cacheMetrics(Bot bot, MailboxService service) {
        return registry -> {
            Map<String, Cache<?, ?>> caches = new HashMap<>();
            if (bot instanceof PostkamerBot postkamer) {
                caches.putAll(postkamer.caches());
            }
            if (service instanceof Microsoft365MailboxService microsoft365) {
                caches.putAll(microsoft365.caches());
            }
            caches.forEach((name, cache) -> CaffeineCacheMetrics.monitor(registry, cache, name));
        };
    }

    @Bean
    MeterBinder proactiveMetrics(PacedMessenger messenger) {
        return registry -> Gauge.builder("postkamer.proactive.pending", messenger, PacedMessenger::pending)
                .description("Notices accepted and not yet delivered or given up")
                .register(registry);
    }
}
