package io.postkamer.mailbox;

import java.util.Objects;

/** A licence on a user account; one assigned through a group cannot be removed from the account itself. */
public record Licence(String skuId, String skuPartNumber, boolean assignedByGroup) {
    public Licence {
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(skuPartNumber, "skuPartNumber");
    }

    /** The name people buy it under, from Microsoft's table; its string id when the table does not list it. */
    public String productName() {
        return LicenceProducts.nameOf(this);
    }
}
