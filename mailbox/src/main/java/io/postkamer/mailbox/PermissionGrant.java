package io.postkamer.mailbox;

import java.util.Objects;

/**
 * One right held by one trustee on one mailbox. {@code autoMapping} only has meaning for
 * {@link Right#FULL_ACCESS}; it is {@link AutoMapping#OFF} for the other rights.
 */
public record PermissionGrant(String trusteeId, String trusteeName, Right right, AutoMapping autoMapping) {
    public PermissionGrant {
        Objects.requireNonNull(trusteeId, "trusteeId");
        Objects.requireNonNull(trusteeName, "trusteeName");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(autoMapping, "autoMapping");
        autoMapping = right == Right.FULL_ACCESS ? autoMapping : AutoMapping.OFF;
    }

    /** A grant whose automapping is known. */
    public PermissionGrant(String trusteeId, String trusteeName, Right right, boolean autoMapping) {
        this(trusteeId, trusteeName, right, AutoMapping.of(autoMapping));
    }
}
