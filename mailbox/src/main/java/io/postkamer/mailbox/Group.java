package io.postkamer.mailbox;

import java.util.Objects;

/**
 * A directory group. Automapping never works through a security group: Exchange records it on the
 * member's own mailbox, so a group grant gives access without the mailbox appearing in Outlook.
 */
public record Group(String id, String displayName, String mail, Kind kind) implements Principal {
    public enum Kind {
        SECURITY,
        MAIL_ENABLED_SECURITY,
        MICROSOFT_365,
        DISTRIBUTION
    }

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(kind, "kind");
        mail = mail == null ? "" : mail;
    }

    public boolean isSecurityGroup() {
        return kind == Kind.SECURITY || kind == Kind.MAIL_ENABLED_SECURITY;
    }
}
