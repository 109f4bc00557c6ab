package io.postkamer.bot.endpoint;

import io.postkamer.bot.testing.App;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Configurations that must never run. */
@ExtendWith(OutputCaptureExtension.class)
class StartupRulesTest {

    @Test
    @DisplayName("the real Microsoft 365 backend refuses to start without bot credentials, saying why in one line")
    void realTenantNeedsCredentials(@TempDir Path data, CapturedOutput output) {
        assertThatThrownBy(() -> App.start("postkamer.data-dir=" + data, "postkamer.backend=microsoft365"))
                .hasStackTraceContaining("postkamer.backend=microsoft365 needs bot credentials");

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("postkamer.backend=microsoft365 needs bot credentials: set MicrosoftAppId and "
                        + "MicrosoftAppPassword (anonymous mode is only allowed with the embedded demo tenant)")
                .doesNotContain("at io.postkamer");
        assertThat(output.getAll()).doesNotContain("Tomcat started");
    }

    @Test
    @DisplayName("the real Microsoft 365 backend refuses to start with only half of the credentials")
    void realTenantNeedsBothCredentials(@TempDir Path data) {
        assertThatThrownBy(() -> App.start("postkamer.data-dir=" + data, "postkamer.backend=microsoft365",
                "MicrosoftAppId=a"))
                .hasStackTraceContaining("Set both MicrosoftAppId and MicrosoftAppPassword");
    }

    @Test
    @DisplayName("the real Microsoft 365 backend without its tenant id refuses to start, naming the setting in one line")
    void realTenantNeedsMicrosoft365Settings(@TempDir Path data, CapturedOutput output) {
        assertThatThrownBy(() -> App.start("postkamer.data-dir=" + data, "postkamer.backend=microsoft365",
                "MicrosoftAppId=a", "MicrosoftAppPassword=b", "postkamer.microsoft365.client-id=app",
                "postkamer.microsoft365.client-secret=secret"))
                .hasStackTraceContaining("postkamer.backend=microsoft365 needs postkamer.microsoft365.tenant-id");

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("Description:\n\npostkamer.backend=microsoft365 needs postkamer.microsoft365.tenant-id "
                        + "(environment: POSTKAMER_MICROSOFT365_TENANT_ID)\n")
                .doesNotContain("at io.postkamer");
        assertThat(output.getAll()).doesNotContain("Tomcat started");
    }

    @Test
    @DisplayName("a single-tenant bot without a tenant id refuses to start")
    void singleTenantNeedsTenant(@TempDir Path data) {
        assertThatThrownBy(() -> App.start("postkamer.data-dir=" + data, "MicrosoftAppId=a", "MicrosoftAppPassword=b",
                "MicrosoftAppType=SingleTenant"))
                .hasStackTraceContaining("SingleTenant needs MicrosoftAppTenantId");
    }
}
