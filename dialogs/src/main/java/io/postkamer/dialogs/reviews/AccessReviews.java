package io.postkamer.dialogs.reviews;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.mailbox.MailboxAdministrators;
import io.postkamer.mailbox.MailboxException;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Access reviews as the bot sees them: which turns are theirs and which part answers each. Starting one
 * ({@link ReviewStarts}), a reviewer's presses ({@link ReviewDecisions}) and the list of reviews; what happens on its
 * own at the deadline is {@link ReviewDeadlines}.
 */
public final class AccessReviews {
    private static final int LISTED = 20;

    private final MailboxCalls calls;
    private final Reviews reviews;
    private final ReviewParts parts;
    private final ReviewStarts starts;
    private final ReviewDecisions decisions;

    public AccessReviews(MailboxCalls calls, Requests requests, Reviews reviews) {
        this.calls = calls;
        this.reviews = reviews;
        String instance = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID();
        this.parts = ReviewParts.of(calls.service(), requests, reviews, calls.names(), calls.executor(), instance);
        // Preparing reads every mailbox of the review: on the mailbox threads, after the turn has answered.
        this.starts = new ReviewStarts(
                calls,
                reviews,
                requests.clock(),
                review -> CompletableFuture.runAsync(() -> parts.deadlines().prepareNow(review), calls.executor()));
        this.decisions = new ReviewDecisions(
                calls, reviews.store(), parts.views(), parts.apply(), parts.recorder(), requests.clock(), instance);
    }

    public boolean handlesText(UserInput input) {
        return input.isText() && ReviewIntents.any(input.text());
    }

    public boolean handlesAction(UserInput input) {
        return input.action()
                .filter(verb -> verb.feature() == Verb.Feature.REVIEWS)
                .isPresent();
    }

    public CompletableFuture<Void> answer(TurnContext turn, UserInput input) {
        String actor = Actor.idOf(turn);
        Texts texts = Texts.forLocale(turn.getActivity().getLocale());
        if (input.isText()) {
            String text = input.text();
            if (ReviewIntents.isList(text)) {
                return list(turn, texts, actor);
            }
            return starts.ask(turn, texts, actor, ReviewIntents.reviewOf(text));
        }
        Verb verb = input.action().orElseThrow();
        long review = input.data().path("review").asLong(0);
        String mailbox = input.input("mailbox");
        return switch (verb) {
            case START_REVIEW -> starts.start(turn, texts, actor, input);
            case SHOW_REVIEW -> decisions.show(turn, texts, actor, review, mailbox);
            case DECIDE_REVIEW ->
                decisions.decide(turn, texts, actor, input.data().path("item").asLong(0), input.input("decision"));
            case KEEP_ALL_REVIEWED -> decisions.keepAll(turn, texts, actor, review, mailbox);
            case COMPLETE_REVIEW -> decisions.complete(turn, texts, actor, review, mailbox);
            default -> throw new IllegalArgumentException("not a verb of access reviews: " + verb.id());
        };
    }

    /** Administrators see every review; nobody else sees the list. */
    private CompletableFuture<Void> list(TurnContext turn, Texts texts, String actor) {
        return calls.read(service -> {
                    if (!new MailboxAdministrators(service).isAdministrator(actor)) {
                        throw new MailboxException.NotAuthorised(actor);
                    }
                    return parts.views().list(texts, reviews.store().recent(LISTED));
                })
                .thenCompose(card -> card.isFailure()
                        ? CardReplies.say(
                                turn,
                                card.problem() instanceof MailboxException.NotAuthorised
                                        ? texts.get("review.refused.adminsOnly")
                                        : Message.of(card.problem()).in(texts))
                        : CardReplies.show(turn, card.get(), Optional.empty()).thenApply(shown -> null));
    }
}
