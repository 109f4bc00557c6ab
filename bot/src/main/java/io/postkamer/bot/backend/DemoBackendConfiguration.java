package io.postkamer.bot.backend;

import io.postkamer.mailbox.demo.DemoTenant;
import io.postkamer.mailbox.demo.DemoTenantSettings;
import io.postkamer.mailbox.demo.DemoTenantSnapshotStore;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded Contoso tenant: the default, needing no Azure account. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "postkamer.backend", havingValue = "demo", matchIfMissing = true)
public class DemoBackendConfiguration {

    @Bean
    DemoTenant demoTenant(
            JdbcTemplate jdbc,
            @Value("${postkamer.demo.seed:" + DemoTenantSettings.CONTOSO + "}") String seed,
            @Value("${postkamer.demo.provisioning-delay:5s}") Duration provisioningDelay,
            @Value("${postkamer.demo.persist:true}") boolean persist) {
        DemoTenantSnapshotStore store = persist ? new JdbcDemoTenantSnapshotStore(jdbc) : DemoTenantSnapshotStore.NONE;
        return DemoTenant.load(DemoTenantSettings.contoso()
                .withSeed(seed)
                .withProvisioningDelay(provisioningDelay)
                .withSnapshotStore(store));
    }
}
