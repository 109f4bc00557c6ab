package io.postkamer.dialogs.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxService;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds shared mailboxes from what a person typed, with one rule wherever a mailbox is named (open, history,
 * continue with, requests, approvers, the audit export): its id, address or alias; else the mailbox whose
 * display name, alias or address is exactly that text among those the service finds for it; else the only one
 * it finds whose name contains the text. The service is asked for the text, never for the whole tenant, so
 * what a lookup costs does not grow with the tenant.
 *
 * <p>What the finder's typeahead shows is kept per typed text for a minute: people type, delete and type the
 * same letters again, and a new mailbox may wait that long before it is offered.
 */
public final class MailboxFinder {
    /** As many as a person reads in a typeahead; more candidates than one name has in practice. */
    public static final int SUGGESTIONS = 15;

    private static final Duration KEPT = Duration.ofMinutes(1);

    private final Cache<String, List<MailboxEntry>> suggested;

    public MailboxFinder() {
        this.suggested = Caffeine.newBuilder()
                .maximumSize(2_000)
                .expireAfterWrite(KEPT)
                .recordStats()
                .build();
    }

    /** The shared mailbox the text names, complete (its size, sign-in and licences), or empty. */
    public Optional<Mailbox> shared(MailboxService service, String text) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Optional<Mailbox> direct = service.mailbox(wanted).filter(Mailbox::isShared);
        if (direct.isPresent()) {
            return direct;
        }
        return entry(service, wanted)
                .flatMap(found -> service.mailbox(found.id()))
                .filter(Mailbox::isShared);
    }

    /** The listed form of the shared mailbox the text names by display name, alias or address, or empty. */
    public Optional<MailboxEntry> entry(MailboxService service, String text) {
        String wanted = fold(text == null ? "" : text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<MailboxEntry> candidates = service.findSharedMailboxes(text.strip(), SUGGESTIONS);
        Optional<MailboxEntry> exact = candidates.stream()
                .filter(m -> fold(m.displayName()).equals(wanted)
                        || fold(m.alias()).equals(wanted)
                        || fold(m.primarySmtpAddress()).equals(wanted)
                        || m.id().equalsIgnoreCase(wanted))
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<MailboxEntry> containing = candidates.stream()
                .filter(m -> fold(m.displayName()).contains(wanted))
                .toList();
        return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
    }

    /**
     * What the typeahead offers for the text: the first page of the tenant for no text, else what the service
     * finds, at most {@link #SUGGESTIONS}.
     */
    public List<MailboxEntry> suggestions(MailboxService service, String typed) {
        String text = typed == null ? "" : typed.strip();
        return suggested.get(
                fold(text),
                key -> key.isEmpty()
                        ? service.sharedMailboxes(SUGGESTIONS, Optional.empty()).mailboxes()
                        : service.findSharedMailboxes(text, SUGGESTIONS));
    }

    /** How often a keystroke was answered without asking the tenant. */
    public Cache<String, List<MailboxEntry>> suggestionCache() {
        return suggested;
    }

    /** Case, accents and surrounding blanks do not matter when a name is compared. */
    public static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
