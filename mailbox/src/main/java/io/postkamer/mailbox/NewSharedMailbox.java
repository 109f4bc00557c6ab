package io.postkamer.mailbox;

import java.util.Objects;

/** What the admin asked to create; validated by the service before any remote write. */
public record NewSharedMailbox(String displayName, String alias, String domain) {
    public NewSharedMailbox {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(domain, "domain");
    }

    public String address() {
        return alias + "@" + domain;
    }
}
