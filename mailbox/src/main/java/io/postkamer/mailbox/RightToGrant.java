package io.postkamer.mailbox;

import java.util.Objects;

/** One right for one trustee, as part of a batch on one mailbox; {@code autoMapping} only applies to Full Access. */
public record RightToGrant(String trusteeId, Right right, boolean autoMapping) {

    public RightToGrant {
        Objects.requireNonNull(right, "right");
    }
}
