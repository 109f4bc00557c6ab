package io.postkamer.bot.endpoint;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the messaging endpoint keeps between requests: the activities it has seen. */
@Configuration(proxyBeanMethods = false)
public class EndpointConfiguration {

    @Bean
    RecentActivities recentActivities() {
        // Teams gives up on an answer after about 15 s; a redelivered invoke waits less than that.
        // Teams redelivers within seconds; answers (cards) are kept only briefly, so the cache stays small.
        return new RecentActivities(Duration.ofMinutes(2), 10_000, Duration.ofSeconds(10));
    }
}
