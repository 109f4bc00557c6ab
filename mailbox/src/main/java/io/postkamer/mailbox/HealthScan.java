package io.postkamer.mailbox;

import java.util.Objects;
import java.util.Optional;

/**
 * What a read for a health report covers: every shared mailbox of the tenant, or one of them; and who hears how far
 * the read is, as each mailbox is read.
 *
 * @param mailbox the one mailbox (by id, address or alias), or empty for every shared mailbox
 */
public record HealthScan(Optional<String> mailbox, Progress progress) {
    /** How far a read is: mailboxes read so far, of those found. Told from any thread. */
    @FunctionalInterface
    public interface Progress {
        void read(int mailboxesRead, int mailboxesFound);

        static Progress none() {
            return (read, found) -> {};
        }
    }

    public HealthScan {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(progress, "progress");
    }

    public static HealthScan wholeTenant(Progress progress) {
        return new HealthScan(Optional.empty(), progress);
    }

    public static HealthScan wholeTenant() {
        return wholeTenant(Progress.none());
    }

    /** One shared mailbox: what a check of a press reads, and a report after a change to it. */
    public static HealthScan of(String mailbox) {
        return new HealthScan(Optional.of(mailbox), Progress.none());
    }
}
