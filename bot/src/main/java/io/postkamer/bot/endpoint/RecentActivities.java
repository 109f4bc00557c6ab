package io.postkamer.bot.endpoint;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.Activity;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Teams delivers an activity again when the bot took longer than about 15 seconds to answer. The
 * second delivery gets the first one's result instead of running the turn twice.
 */
public final class RecentActivities {
    private final Cache<String, CompletableFuture<InvokeResponse>> turns;

    public RecentActivities(Duration remembered, long maximum) {
        this.turns = Caffeine.newBuilder().expireAfterWrite(remembered).maximumSize(maximum).build();
    }

    public CompletableFuture<InvokeResponse> once(Activity activity, Supplier<CompletableFuture<InvokeResponse>> turn) {
        if (activity.getId() == null || activity.getId().isBlank()) {
            return turn.get();
        }
        String key = activity.getChannelId() + "|" + activity.getConversation().getId() + "|" + activity.getId();
        CompletableFuture<InvokeResponse> mine = new CompletableFuture<>();
        CompletableFuture<InvokeResponse> first = turns.asMap().putIfAbsent(key, mine);
        if (first != null) {
            return first;
        }
        turn.get().whenComplete((response, failure) -> {
            if (failure != null) {
                turns.invalidate(key);
                mine.completeExceptionally(failure);
            } else {
                mine.complete(response);
            }
        });
        return mine;
    }
}
