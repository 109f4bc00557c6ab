package io.postkamer.dialogs.copyaccess;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * The copies this instance offered, by conversation and card token, for an hour: a press names one of them, or it is
 * not current. Kept by this instance only, as batches of grants are; after a restart the person asks again.
 */
final class Offers {
    static final Duration KEPT = Duration.ofHours(1);

    private final Cache<String, Offer> offers =
            Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(KEPT).build();

    void put(String conversationId, Offer offer) {
        offers.put(key(conversationId, offer.token()), offer);
    }

    Optional<Offer> of(String conversationId, String token) {
        return token.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(offers.getIfPresent(key(conversationId, token)));
    }

    private static String key(String conversationId, String token) {
        return conversationId + "|" + token;
    }
}
