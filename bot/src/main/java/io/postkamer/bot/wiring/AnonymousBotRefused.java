package io.postkamer.bot.wiring;

/** A real tenant must never be reachable through an endpoint that anyone can call without a token. */
public class AnonymousBotRefused extends RuntimeException {
    public AnonymousBotRefused() {
        super("postkamer.backend=microsoft365 needs bot credentials: set MicrosoftAppId and MicrosoftAppPassword "
                + "(anonymous mode is only allowed with the embedded demo tenant)");
    }
}
