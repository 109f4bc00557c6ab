package io.postkamer.mailbox.m365;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.postkamer.mailbox.Principal;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The people picker's search: one Graph round trip ({@code $batch} of the users and groups
 * searches) per distinct prefix, then answered from a small cache for a short while. Keys are the
 * tenant and the prefix as typed, trimmed, in lower case and NFC, so "Jo", "jo " and "JO" share one
 * call. Concurrent lookups of one key wait for the same call.
 */
final class PeopleSearch {
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Comparator<Principal> BY_NAME = Comparator.comparing(p -> fold(p.displayName()));

    private final GraphClient graph;
    private final Resilience resilience;
    private final String tenantId;
    private final int pageSize;
    private final Cache<String, List<Principal>> cache;

    PeopleSearch(GraphClient graph, Resilience resilience, Microsoft365Settings settings) {
        this.graph = graph;
        this.resilience = resilience;
        this.tenantId = settings.tenantId().toLowerCase(Locale.ROOT);
        this.pageSize = settings.searchPageSize();
        this.cache = Caffeine.newBuilder()
                .maximumSize(settings.searchCacheSize())
                .expireAfterWrite(settings.searchCacheTtl())
                .recordStats()
                .build();
    }

    Cache<String, List<Principal>> cache() {
        return cache;
    }

    List<Principal> search(String prefix, int limit) {
        String normalised = prefix == null
                ? ""
                : Normalizer.normalize(prefix.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (normalised.isEmpty() || limit < 1) {
            return List.of();
        }
        List<Principal> found = cache.get(tenantId + "|" + normalised, key -> fetch(normalised));
        return found.stream().limit(limit).toList();
    }

    private List<Principal> fetch(String prefix) {
        GraphClient.SearchAnswer answer = resilience.run(null, attempt -> graph.search(prefix, pageSize));
        Stream<Principal> people = answer.people().stream()
                .map(GraphMapping::person)
                .sorted(BY_NAME)
                .map(Principal.class::cast);
        Stream<Principal> groups = answer.groups().stream()
                .map(GraphMapping::group)
                .sorted(BY_NAME)
                .map(Principal.class::cast);
        return Stream.concat(people, groups).toList();
    }

    static String fold(String text) {
        return DIACRITICS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
