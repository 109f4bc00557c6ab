package io.postkamer.bot.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postkamer.bot.testing.App;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Configurations that must never run. */
@ExtendWith(OutputCaptureExtension.class)
class StartupRulesTest {

    @Test
    @DisplayName("the real Microsoft 365 backend refuses to start without bot credentials, saying why in one line")
    void realTenantNeedsCredentials(@TempDir Path data, CapturedOutput output) {
        assertThatThrownBy(() -> App.start("postkamer.data-dir=" + data, "postkamer.backend=microsoft365"))
                .hasStackTraceContaining("postkamer.backend=microsoft365 needs bot credentials");

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("postkamer.backend=microsoft365 needs bot credentials: set MicrosoftAppId and "
                        + "MicrosoftAppPassword (anonymous mode is only allowed with the embedded demo tenant)")
                .doesNotContain("at io.postkamer");
        assertThat(output.getAll()).doesNotContain("Tomcat started");
    }

    @Test
    @DisplayName("the real Microsoft 365 backend refuses to start with only half of the credentials")
    void realTenantNeedsBothCredentials(@TempDir Path data) {
        assertThatThrownBy(() ->
                        App.start("postkamer.data-dir=" + data, "postkamer.backend=microsoft365", "MicrosoftAppId=a"))
                .hasStackTraceContaining("Set both MicrosoftAppId and MicrosoftAppPassword");
    }

    @Test
    @DisplayName(
            "the real Microsoft 365 backend without its tenant id refuses to start, naming the setting in one line")
    void realTenantNeedsMicrosoft365Settings(@TempDir Path data, CapturedOutput output) {
        assertThatThrownBy(() -> App.start(
                        "postkamer.data-dir=" + data,
                        "postkamer.backend=microsoft365",
                        "MicrosoftAppId=a",
                        "MicrosoftAppPassword=b",
                        "postkamer.microsoft365.client-id=app",
                        "postkamer.microsoft365.client-secret=secret"))
                .hasStackTraceContaining("postkamer.backend=microsoft365 needs postkamer.microsoft365.tenant-id");

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Description:\n\npostkamer.backend=microsoft365 needs postkamer.microsoft365.tenant-id "
                        + "(environment: POSTKAMER_MICROSOFT365_TENANT_ID)\n")
                .doesNotContain("at io.postkamer");
        assertThat(output.getAll()).doesNotContain("Tomcat started");
    }

    @Test
    @DisplayName("the real Microsoft 365 backend with nothing set names every missing setting in one line")
    void realTenantNamesEveryMissingSetting(@TempDir Path data, CapturedOutput output) {
        assertThatThrownBy(() -> App.start(
                "postkamer.data-dir=" + data,
                "postkamer.backend=microsoft365",
                "MicrosoftAppId=a",
                "MicrosoftAppPassword=b"));

        assertThat(output.getAll())
                .contains(
                        "Description:\n\npostkamer.backend=microsoft365 needs "
                                + "postkamer.microsoft365.tenant-id (environment: POSTKAMER_MICROSOFT365_TENANT_ID), "
                                + "postkamer.microsoft365.client-id (environment: POSTKAMER_MICROSOFT365_CLIENT_ID), "
                                + "postkamer.microsoft365.client-secret or postkamer.microsoft365.certificate-path "
                                + "(environment: POSTKAMER_MICROSOFT365_CLIENT_SECRET or POSTKAMER_MICROSOFT365_CERTIFICATE_PATH)\n")
                .doesNotContain("at io.postkamer");
    }

    @Test
    @DisplayName(
            "a Microsoft 365 setting that cannot work (http authority, zero timeout) is reported in one line, not a stack trace")
    void invalidMicrosoft365SettingIsOneLine(@TempDir Path data, CapturedOutput output) {
        String[] complete = {
            "postkamer.data-dir=" + data,
            "postkamer.backend=microsoft365",
            "MicrosoftAppId=a",
            "MicrosoftAppPassword=b",
            "postkamer.microsoft365.tenant-id=t",
            "postkamer.microsoft365.client-id=c",
            "postkamer.microsoft365.client-secret=s"
        };
        assertThatThrownBy(() -> App.start(with(complete, "postkamer.microsoft365.authority=http://login.example")));
        assertThatThrownBy(() -> App.start(with(complete, "postkamer.microsoft365.request-timeout=0s")));

        assertThat(output.getAll())
                .contains(
                        "Description:\n\npostkamer.microsoft365 settings cannot work: the authority must be an https URL")
                .contains(
                        "Description:\n\npostkamer.microsoft365 settings cannot work: requestTimeout must be positive")
                .doesNotContain("at io.postkamer", "at java.base");
        assertThat(output.getAll()).doesNotContain("Tomcat started");
    }

    private static String[] with(String[] settings, String more) {
        String[] all = java.util.Arrays.copyOf(settings, settings.length + 1);
        all[settings.length] = more;
        return all;
    }

    @Test
    @DisplayName("a single-tenant bot without a tenant id refuses to start")
    void singleTenantNeedsTenant(@TempDir Path data) {
        assertThatThrownBy(() -> App.start(
                        "postkamer.data-dir=" + data,
                        "MicrosoftAppId=a",
                        "MicrosoftAppPassword=b",
                        "MicrosoftAppType=SingleTenant"))
                .hasStackTraceContaining("SingleTenant needs MicrosoftAppTenantId");
    }
}
