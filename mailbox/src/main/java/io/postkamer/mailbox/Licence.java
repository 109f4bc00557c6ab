package io.postkamer.mailbox;

import java.util.Objects;

/** A licence on a user account; one assigned through a group cannot be removed from the account itself. */
public record Licence(String skuId, String skuPartNumber, boolean assignedByGroup) {
    public Licence {
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(skuPartNumber, "skuPartNumber");
    }
}
