package io.postkamer.bot.backend;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns missing or wrong Microsoft 365 settings into Spring Boot's short report, without a stack trace. */
public class Microsoft365SettingsRefusedAnalyzer extends AbstractFailureAnalyzer<Microsoft365SettingsRefused> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, Microsoft365SettingsRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the postkamer.microsoft365.* properties (README 'Run it for real', mailbox/README.md), or run "
                        + "with postkamer.backend=demo.", cause);
    }
}
