package io.postkamer.mailbox;

import java.util.Objects;

/**
 * One right held by one trustee on one mailbox. {@code autoMapping} only has meaning for
 * {@link Right#FULL_ACCESS}; it is false for the other rights.
 */
public record PermissionGrant(String trusteeId, String trusteeName, Right right, boolean autoMapping) {
    public PermissionGrant {
        Objects.requireNonNull(trusteeId, "trusteeId");
        Objects.requireNonNull(trusteeName, "trusteeName");
        Objects.requireNonNull(right, "right");
        autoMapping = right == Right.FULL_ACCESS && autoMapping;
    }
}
