package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.postkamer.mailbox.MailboxException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The directory object behind each identity Exchange shows in a permission (a UPN, a name, an
 * address), by {@code Get-Recipient}, remembered for ten minutes. A mailbox's permissions name many
 * trustees, and each look-up is a round trip of its own, so those not remembered are looked up side
 * by side, a few at once.
 */
final class Recipients {
    /** Look-ups at once: enough to read a mailbox's delegates in one round trip, few enough not to be throttled for it. */
    static final int AT_ONCE = 4;

    /** A trustee as the directory knows it; an identity nobody knows stands for itself. */
    record Recipient(String id, String displayName, boolean group) {}

    private final ExchangeAdminClient exchange;
    private final Cache<String, Recipient> known;
    private final ExecutorService lookups;

    Recipients(ExchangeAdminClient exchange) {
        this.exchange = exchange;
        this.known = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(Duration.ofMinutes(10))
                .recordStats()
                .build();
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(AT_ONCE, AT_ONCE, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "postkamer-recipients");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.lookups = pool;
    }

    Cache<String, Recipient> cache() {
        return known;
    }

    /** Each identity's recipient; those not remembered looked up side by side. */
    Map<String, Recipient> all(Collection<String> identities) {
        Map<String, Recipient> found = new HashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (String identity : identities) {
            Recipient remembered = known.getIfPresent(key(identity));
            if (remembered != null) {
                found.put(identity, remembered);
            } else {
                unknown.add(identity);
            }
        }
        if (unknown.size() == 1) {
            String identity = unknown.iterator().next();
            found.put(identity, lookUp(identity));
            return found;
        }
        Map<String, Future<Recipient>> asked = new HashMap<>();
        unknown.forEach(identity -> asked.put(identity, lookups.submit(() -> lookUp(identity))));
        asked.forEach((identity, answer) -> found.put(identity, Awaited.value(answer)));
        return found;
    }

    /** Whether a recipient has the identity (an address, say) now: asked afresh, as what was free a minute ago may be taken. */
    boolean existsNow(String identity) {
        return recipient(identity).isPresent();
    }

    private Recipient lookUp(String identity) {
        Optional<JsonNode> answer = recipient(identity);
        Recipient r = answer.map(j -> new Recipient(
                        j.path("ExternalDirectoryObjectId").asText(identity),
                        j.path("DisplayName").asText(identity),
                        j.path("RecipientTypeDetails").asText("").endsWith("Group")))
                .orElse(new Recipient(identity, identity, false));
        if (answer.isPresent()) {
            known.put(key(identity), r);
        }
        return r;
    }

    private Optional<JsonNode> recipient(String identity) {
        try {
            return exchange.invoke(Cmdlet.named("Get-Recipient").with("Identity", identity)).stream()
                    .findFirst();
        } catch (MailboxException.NotFound e) {
            return Optional.empty();
        }
    }

    private static String key(String identity) {
        return identity.toLowerCase(Locale.ROOT);
    }
}
