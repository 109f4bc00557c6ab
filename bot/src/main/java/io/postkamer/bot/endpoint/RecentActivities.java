package io.postkamer.bot.endpoint;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.DeliveryModes;
import com.microsoft.bot.schema.ExpectedReplies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Teams delivers an activity again when the bot took longer than about 15 seconds to answer. A second
 * delivery of the same activity (same channel, conversation and activity id) does not run the turn
 * again: a message is acknowledged at once (its replies are on their way through the connector), an
 * expectReplies request gets no replies (the first request got them), and an invoke gets the first
 * delivery's result when it comes in time, else an empty 200.
 */
public final class RecentActivities {
    private static final InvokeResponse EMPTY_INVOKE = new InvokeResponse(200, null);

    private final Cache<String, CompletableFuture<InvokeResponse>> turns;
    private final Duration invokeWait;

    public RecentActivities(Duration remembered, long maximum, Duration invokeWait) {
        this.turns = Caffeine.newBuilder()
                .expireAfterWrite(remembered)
                .maximumSize(maximum)
                .build();
        this.invokeWait = invokeWait;
    }

    public CompletableFuture<InvokeResponse> once(Activity activity, Supplier<CompletableFuture<InvokeResponse>> turn) {
        if (activity.getId() == null || activity.getId().isBlank()) {
            return turn.get();
        }
        String key = String.join(
                "\n",
                String.valueOf(activity.getChannelId()),
                activity.getConversation().getId(),
                activity.getId());
        CompletableFuture<InvokeResponse> remembered = new CompletableFuture<>();
        CompletableFuture<InvokeResponse> first = turns.asMap().putIfAbsent(key, remembered);
        if (first != null) {
            return redelivered(activity, first);
        }
        CompletableFuture<InvokeResponse> running;
        try {
            running = turn.get();
        } catch (RuntimeException e) {
            running = CompletableFuture.failedFuture(e);
        }
        // Only an invoke's second delivery is given the first answer; of anything else it is enough to
        // know it was seen, and keeping whole card answers for thousands of turns weighs on the heap.
        boolean answerKept = isAnsweredAgain(activity);
        return running.whenComplete((response, failure) -> {
            if (failure != null) {
                // A turn that failed outright did nothing worth remembering: let a redelivery try again.
                turns.invalidate(key);
                remembered.completeExceptionally(failure);
            } else {
                remembered.complete(answerKept ? response : null);
            }
        });
    }

    private static boolean isAnsweredAgain(Activity activity) {
        return activity.isType(ActivityTypes.INVOKE)
                && !DeliveryModes.EXPECT_REPLIES.toString().equals(activity.getDeliveryMode());
    }

    private CompletableFuture<InvokeResponse> redelivered(Activity activity, CompletableFuture<InvokeResponse> first) {
        if (DeliveryModes.EXPECT_REPLIES.toString().equals(activity.getDeliveryMode())) {
            return CompletableFuture.completedFuture(new InvokeResponse(200, new ExpectedReplies(new ArrayList<>())));
        }
        if (isAnsweredAgain(activity)) {
            return first.handle((response, failure) -> failure == null && response != null ? response : EMPTY_INVOKE)
                    .completeOnTimeout(EMPTY_INVOKE, invokeWait.toMillis(), TimeUnit.MILLISECONDS);
        }
        return CompletableFuture.completedFuture(null);
    }
}
