package io.postkamer.mailbox;

import java.util.Objects;

/**
 * One right held by one trustee on one mailbox. {@code autoMapping} only has meaning for
 * {@link Right#FULL_ACCESS}; it is {@link AutoMapping#OFF} for the other rights, and for a {@code group}: Exchange
 * automaps on a member's own mailbox, never through a group.
 */
public record PermissionGrant(
        String trusteeId, String trusteeName, Right right, AutoMapping autoMapping, boolean group) {
    public PermissionGrant {
        Objects.requireNonNull(trusteeId, "trusteeId");
        Objects.requireNonNull(trusteeName, "trusteeName");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(autoMapping, "autoMapping");
        autoMapping = right == Right.FULL_ACCESS && !group ? autoMapping : AutoMapping.OFF;
    }

    /** A person's grant. */
    public PermissionGrant(String trusteeId, String trusteeName, Right right, AutoMapping autoMapping) {
        this(trusteeId, trusteeName, right, autoMapping, false);
    }

    /** A grant whose automapping is known. */
    public PermissionGrant(String trusteeId, String trusteeName, Right right, boolean autoMapping) {
        this(trusteeId, trusteeName, right, AutoMapping.of(autoMapping), false);
    }
}
