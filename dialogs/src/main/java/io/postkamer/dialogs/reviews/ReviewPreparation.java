package io.postkamer.dialogs.reviews;

import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.requests.AccessRequest;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxPage;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads what a review covers: its mailboxes (one, or every shared mailbox a page at a time), each member's rights,
 * when and by whom each was granted if the audit knows, and who reviews each mailbox; then opens the review and
 * sends each reviewer one card per mailbox. Taken by one instance at a time; one that stopped half-way is taken over
 * after the lease and only what is missing is read.
 */
final class ReviewPreparation {
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int PAGE = 100;
    private static final int AUDIT_DEPTH = 500;

    private final MailboxService service;
    private final Requests requests;
    private final Reviews reviews;
    private final ReviewViews views;
    private final ReviewNotices notices;

    ReviewPreparation(
            MailboxService service, Requests requests, Reviews reviews, ReviewViews views, ReviewNotices notices) {
        this.service = service;
        this.requests = requests;
        this.reviews = reviews;
        this.views = views;
        this.notices = notices;
    }

    /** Prepares the review if this caller may; blocking. Returns whether it opened it. */
    boolean prepare(AccessReview review, String claimant) {
        ReviewStore store = reviews.store();
        if (!store.claimPreparation(review.id(), claimant, requests.clock().instant(), LEASE)) {
            return false;
        }
        // The administrators are read once per preparation, and only when a mailbox has no owners.
        Supplier<List<String>> administrators = memoized(this::administrators);
        for (MailboxEntry entry : mailboxesOf(review)) {
            if (store.mailbox(review.id(), entry.id()).isEmpty()) {
                add(review, entry, administrators);
            }
        }
        if (!store.open(review.id())) {
            return false;
        }
        AccessReview opened = store.find(review.id()).orElseThrow();
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        for (ReviewedMailbox mailbox : store.mailboxes(review.id())) {
            for (String reviewer : mailbox.reviewerIds()) {
                sent.add(notices.send(
                        opened,
                        mailbox,
                        reviewer,
                        "notify reviewer",
                        texts -> views.card(texts, opened, mailbox, Optional.empty())));
            }
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        return true;
    }

    private List<MailboxEntry> mailboxesOf(AccessReview review) {
        if (review.mailboxId().isPresent()) {
            return service.mailbox(review.mailboxId().get())
                    .filter(Mailbox::isShared)
                    .map(m -> List.of(new MailboxEntry(m.id(), m.displayName(), m.alias(), m.primarySmtpAddress())))
                    .orElse(List.of());
        }
        List<MailboxEntry> all = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            MailboxPage page = service.sharedMailboxes(PAGE, after);
            all.addAll(page.mailboxes());
            after = page.next();
        } while (after.isPresent());
        return all;
    }

    private void add(AccessReview review, MailboxEntry entry, Supplier<List<String>> administrators) {
        List<PermissionGrant> grants = service.delegates(entry.id());
        List<AuditEntry> history = requests.audit().ofMailbox(entry.primarySmtpAddress(), AUDIT_DEPTH);
        Map<String, Instant> signedIn = service.lastSignIns(
                grants.stream().map(PermissionGrant::trusteeId).distinct().toList());
        List<ReviewStore.NewItem> items = grants.stream()
                .map(grant -> {
                    Optional<AuditEntry> granted = grantOf(history, grant);
                    return new ReviewStore.NewItem(
                            grant.trusteeId(),
                            grant.trusteeName(),
                            grant.right(),
                            granted.map(AuditEntry::at),
                            granted.map(e -> e.actor().name()),
                            Optional.ofNullable(signedIn.get(grant.trusteeId())));
                })
                .toList();
        reviews.store()
                .addMailbox(
                        new ReviewedMailbox(
                                review.id(),
                                entry.id(),
                                entry.displayName(),
                                entry.primarySmtpAddress(),
                                reviewersOf(entry.id(), administrators),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()),
                        items);
    }

    /** Its owners, else the administrators. */
    private List<String> reviewersOf(String mailboxId, Supplier<List<String>> administrators) {
        List<String> owners = requests.owners().ownersOf(mailboxId);
        return owners.isEmpty() ? administrators.get() : owners;
    }

    /** Those configured to review for the administrators, else everyone who holds an administrator's role now. */
    private List<String> administrators() {
        return reviews.settings().administrators().isEmpty()
                ? service.administrators().stream().map(Person::id).toList()
                : reviews.settings().administrators();
    }

    private static <T> Supplier<T> memoized(Supplier<T> read) {
        AtomicReference<T> kept = new AtomicReference<>();
        return () -> {
            T known = kept.get();
            if (known == null) {
                known = read.get();
                kept.set(known);
            }
            return known;
        };
    }

    /**
     * The latest grant of this right to this member the audit knows of: made through Postkamer (the wizard, adding
     * members: "Ger Verbeek SEND_AS" in the state after) or an approved request of theirs.
     */
    private Optional<AuditEntry> grantOf(List<AuditEntry> history, PermissionGrant grant) {
        Pattern named = Pattern.compile("^" + Pattern.quote(grant.trusteeName()) + " " + grant.right() + "( .*)?$");
        String action = "grant " + grant.right();
        return history.stream()
                .filter(entry -> entry.action().equals(action)
                        && (entry.outcome() == AuditEntry.Outcome.DONE
                                || entry.outcome() == AuditEntry.Outcome.ALREADY_SO))
                .filter(entry -> named.matcher(entry.after()).matches()
                        || entry.target().id().equalsIgnoreCase(grant.trusteeId())
                        || requesterOf(entry.request())
                                .filter(grant.trusteeId()::equalsIgnoreCase)
                                .isPresent())
                .findFirst();
    }

    private Optional<String> requesterOf(long number) {
        return number == 0 ? Optional.empty() : requests.store().find(number).map(AccessRequest::requesterId);
    }
}
