package io.postkamer.mailbox;

import java.util.Objects;

/**
 * One right held on a shared mailbox, with what stands behind its trustee: the permissions of a health report,
 * deleted accounts included (their {@code trusteeId} and {@code trusteeName} are the security identifier Exchange
 * shows, and {@link MailboxService#revoke} takes it as the trustee).
 */
public record HeldPermission(String trusteeId, String trusteeName, Right right, TrusteeStatus trustee) {
    public HeldPermission {
        Objects.requireNonNull(trusteeId, "trusteeId");
        Objects.requireNonNull(trusteeName, "trusteeName");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(trustee, "trustee");
    }

    /** Whether it is held by this trustee, ids compared without regard to case. */
    public boolean isHeldBy(String id) {
        return trusteeId.equalsIgnoreCase(id == null ? "" : id.strip());
    }
}
