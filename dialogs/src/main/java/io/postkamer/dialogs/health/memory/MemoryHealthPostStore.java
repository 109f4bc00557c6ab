package io.postkamer.dialogs.health.memory;

import io.postkamer.dialogs.health.HealthPostStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The health reports' posts of one instance, in memory: for tests and the demo without a database. */
public final class MemoryHealthPostStore implements HealthPostStore {
    private record Post(String claimant, Instant claimedAt, Optional<Instant> postedAt) {}

    private final Map<String, Post> posts = new HashMap<>();

    @Override
    public synchronized boolean claim(String period, String claimant, Instant now, Duration lease) {
        Post post = posts.get(period);
        if (post != null
                && (post.postedAt().isPresent()
                        || (!post.claimant().equals(claimant)
                                && !post.claimedAt().isBefore(now.minus(lease))))) {
            return false;
        }
        posts.put(period, new Post(claimant, now, Optional.empty()));
        return true;
    }

    @Override
    public synchronized boolean markPosted(String period, String claimant, Instant at) {
        Post post = posts.get(period);
        if (post == null || post.postedAt().isPresent() || !post.claimant().equals(claimant)) {
            return false;
        }
        posts.put(period, new Post(claimant, post.claimedAt(), Optional.of(at)));
        return true;
    }

    @Override
    public synchronized boolean isPosted(String period) {
        return Optional.ofNullable(posts.get(period)).flatMap(Post::postedAt).isPresent();
    }
}
