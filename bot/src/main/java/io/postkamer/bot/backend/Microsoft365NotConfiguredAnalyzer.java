package io.postkamer.bot.backend;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** One clear line instead of a stack trace when the tenant's settings are missing or cannot work. */
public class Microsoft365NotConfiguredAnalyzer extends AbstractFailureAnalyzer<Microsoft365NotConfigured> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, Microsoft365NotConfigured cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set or correct the postkamer.microsoft365 settings named above: the tenant, the app registration and"
                        + " its secret or certificate (README, 'Run it for real').",
                cause);
    }
}
