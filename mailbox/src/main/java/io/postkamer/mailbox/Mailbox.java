package io.postkamer.mailbox;

import java.util.Objects;

/** A mailbox as Exchange reports it, with its linked user account. */
public record Mailbox(
        String id,
        String displayName,
        String alias,
        String primarySmtpAddress,
        MailboxKind kind,
        boolean hiddenFromAddressLists,
        ProvisioningState state,
        MailboxAccount account,
        MailboxStorage storage,
        SentItemsCopies sentItemsCopies) {
    public Mailbox {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(primarySmtpAddress, "primarySmtpAddress");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(sentItemsCopies, "sentItemsCopies");
    }

    /** A mailbox that keeps no copies of what is sent as it or on its behalf, as Exchange makes them. */
    public Mailbox(
            String id,
            String displayName,
            String alias,
            String primarySmtpAddress,
            MailboxKind kind,
            boolean hiddenFromAddressLists,
            ProvisioningState state,
            MailboxAccount account,
            MailboxStorage storage) {
        this(
                id,
                displayName,
                alias,
                primarySmtpAddress,
                kind,
                hiddenFromAddressLists,
                state,
                account,
                storage,
                SentItemsCopies.NONE);
    }

    public boolean isShared() {
        return kind == MailboxKind.SHARED;
    }

    public boolean isReady() {
        return state == ProvisioningState.READY;
    }
}
