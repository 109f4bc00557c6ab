package io.postkamer.bot.endpoint;

import io.postkamer.bot.testing.App;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Configurations that must never run. */
class StartupRulesTest {

    @Test
    @DisplayName("the real Microsoft 365 backend refuses to start without bot credentials")
    void realTenantNeedsCredentials(@TempDir Path data) {
        assertThatThrownBy(() -> App.start("postkamer.data-dir=" + data, "postkamer.backend=microsoft365"))
                .hasStackTraceContaining("postkamer.backend=microsoft365 needs bot credentials");
    }

    @Test
    @DisplayName("a single-tenant bot without a tenant id refuses to start")
    void singleTenantNeedsTenant(@TempDir Path data) {
        assertThatThrownBy(() -> App.start("postkamer.data-dir=" + data, "MicrosoftAppId=a", "MicrosoftAppPassword=b",
                "MicrosoftAppType=SingleTenant"))
                .hasStackTraceContaining("SingleTenant needs MicrosoftAppTenantId");
    }
}
