package io.postkamer.mailbox;

import java.util.Locale;
import java.util.Objects;

/** An accepted domain of the organisation; new addresses must end in one of them. */
public record AcceptedDomain(String name, boolean isDefault) {
    public AcceptedDomain {
        Objects.requireNonNull(name, "name");
        name = name.toLowerCase(Locale.ROOT);
    }
}
