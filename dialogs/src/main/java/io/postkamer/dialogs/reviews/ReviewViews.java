package io.postkamer.dialogs.reviews;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.reviews.ReviewCard;
import io.postkamer.cards.reviews.ReviewListCard;
import io.postkamer.dialogs.audit.DirectoryNames;
import io.postkamer.dialogs.requests.Requests;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reviews as people read them: a mailbox's card for its reviewers, and the list, in the reader's language. */
final class ReviewViews {
    private final Requests requests;
    private final ReviewStore store;
    private final DirectoryNames names;

    ReviewViews(Requests requests, ReviewStore store, DirectoryNames names) {
        this.requests = requests;
        this.store = store;
        this.names = names;
    }

    AdaptiveCard card(Texts texts, AccessReview review, ReviewedMailbox mailbox, Optional<String> notice) {
        List<ReviewItem> items = store.items(review.id(), mailbox.mailboxId());
        boolean open = review.isOpen() && mailbox.isOpen();
        String intro = open
                ? texts.get(
                        "review.card.intro",
                        texts.date(lastDay(review)),
                        texts.get(
                                "review.card.intro." + review.undecided().name().toLowerCase(Locale.ROOT)))
                : texts.get(
                        "review.card.closed",
                        texts.date(mailbox.completedAt()
                                .or(mailbox::appliedAt)
                                .orElse(review.deadline())
                                .atZone(ZoneOffset.UTC)
                                .toLocalDate()));
        List<ReviewCard.Row> rows = items.stream()
                .map(item -> new ReviewCard.Row(
                        item.id(),
                        texts.get(
                                "review.card.heading", item.memberName(), texts.get("right." + item.right() + ".name")),
                        facts(texts, item),
                        state(texts, item),
                        item.outcome() == ReviewItem.Outcome.OPEN))
                .toList();
        return ReviewCard.render(
                texts,
                review.id(),
                mailbox.mailboxId(),
                texts.get("review.card.title", review.id(), mailbox.mailboxName()),
                intro,
                notice,
                rows,
                open,
                requests.references().refreshIdsOf(mailbox.reviewerIds()));
    }

    AdaptiveCard list(Texts texts, List<AccessReview> reviews) {
        List<ReviewListCard.Line> lines = new ArrayList<>();
        for (AccessReview review : reviews) {
            List<ReviewItem> items = store.items(review.id());
            long kept = count(items, ReviewItem.Outcome.KEPT);
            long removed = count(items, ReviewItem.Outcome.REMOVED);
            long failed = count(items, ReviewItem.Outcome.FAILED);
            long undecided = items.stream()
                    .filter(item -> !item.isSettled() && item.decision() == ReviewItem.Decision.UNDECIDED)
                    .count();
            String state = review.state() == AccessReview.State.FINISHED
                    ? texts.get(
                            "review.list.state.FINISHED",
                            texts.date(review.finishedAt()
                                    .orElse(review.deadline())
                                    .atZone(ZoneOffset.UTC)
                                    .toLocalDate()))
                    : texts.get("review.list.state." + review.state());
            lines.add(new ReviewListCard.Line(
                    texts.get("review.list.heading", review.id(), scope(texts, review)),
                    texts.get(
                            "review.list.line",
                            capitalised(state),
                            review.startedByName(),
                            texts.date(review.startedAt().atZone(ZoneOffset.UTC).toLocalDate()),
                            texts.date(lastDay(review)),
                            kept,
                            removed,
                            undecided,
                            failed)));
        }
        return ReviewListCard.render(texts, lines);
    }

    /** The last day reviewers decide on: the deadline is the moment that day is over (UTC). */
    static LocalDate lastDay(AccessReview review) {
        return review.deadline().minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate();
    }

    static String scope(Texts texts, AccessReview review) {
        return review.ofAllMailboxes() ? texts.get("review.scope.all") : review.scopeName();
    }

    private static String facts(Texts texts, ReviewItem item) {
        String granted;
        if (item.grantedAt().isEmpty()) {
            granted = texts.get("review.card.grantedUnknown");
        } else {
            String on = texts.date(item.grantedAt().get().atZone(ZoneOffset.UTC).toLocalDate());
            granted = item.grantedBy()
                    .map(by -> texts.get("review.card.granted", on, by))
                    .orElseGet(() -> texts.get("review.card.grantedOn", on));
        }
        return item.lastSignIn()
                .map(at -> granted + " · "
                        + texts.get(
                                "review.card.lastSignIn",
                                texts.date(at.atZone(ZoneOffset.UTC).toLocalDate())))
                .orElse(granted);
    }

    private String state(Texts texts, ReviewItem item) {
        return switch (item.outcome()) {
            case KEPT -> texts.get("review.card.state.kept");
            case REMOVED -> texts.get("review.card.state.removed");
            case FAILED -> texts.get("review.card.state.failed", item.detail());
            case APPLYING -> texts.get("review.card.state.applying");
            case OPEN ->
                switch (item.decision()) {
                    case UNDECIDED -> texts.get("review.card.state.undecided");
                    case KEEP -> texts.get("review.card.state.keep", decider(item));
                    case REMOVE -> texts.get("review.card.state.remove", decider(item));
                };
        };
    }

    private String decider(ReviewItem item) {
        return item.decidedBy().map(this::nameOf).orElse("");
    }

    String nameOf(String personId) {
        return names.nameOf(personId);
    }

    private static long count(List<ReviewItem> items, ReviewItem.Outcome outcome) {
        return items.stream().filter(item -> item.outcome() == outcome).count();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
