package io.postkamer.dialogs.connector;

import java.net.URI;

/**
 * Which Bot Connector addresses the bot may send to, checked on every request it makes there (replies
 * and proactive messages alike), not only when an activity arrives.
 */
@FunctionalInterface
public interface ServiceUrlPolicy {
    boolean admits(URI serviceUrl);

    static ServiceUrlPolicy any() {
        return serviceUrl -> true;
    }
}
