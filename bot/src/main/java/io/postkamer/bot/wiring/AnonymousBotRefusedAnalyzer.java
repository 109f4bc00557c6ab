package io.postkamer.bot.wiring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal into Spring Boot's short "application failed to start" report, without a stack trace. */
public class AnonymousBotRefusedAnalyzer extends AbstractFailureAnalyzer<AnonymousBotRefused> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AnonymousBotRefused cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Register the bot (see README, 'Run it for real') and set its credentials, or run with "
                        + "postkamer.backend=demo.",
                cause);
    }
}
