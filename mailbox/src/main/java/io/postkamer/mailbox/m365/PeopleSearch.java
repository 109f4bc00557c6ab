package io.postkamer.mailbox.m365;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The people picker's search: one Graph round trip ({@code $batch} of the users and groups
 * searches) per distinct prefix, then answered from a small cache for a short while. Keys are the
 * tenant and the prefix as typed, trimmed, in lower case and NFC, so "Jo", "jo " and "JO" share one
 * call. Concurrent lookups of one key wait for the same call.
 *
 * <p>In Entra ID every shared, room and equipment mailbox has a user account, which the users search
 * finds like anyone else's. The picker offers people and groups only: each account's mailbox purpose is
 * asked of Graph once and kept for a long while, twenty accounts to a {@code $batch} (Graph's most), in the
 * order shown and only as far as the limit asked needs. So a keystroke costs the search and, when it found
 * accounts not seen before, one call more (two when the first twenty hold too few people for the limit).
 */
final class PeopleSearch {
    private static final Logger LOG = LoggerFactory.getLogger(PeopleSearch.class);
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Comparator<Principal> BY_NAME = Comparator.comparing(p -> fold(p.displayName()));

    /** Graph's largest page of users. */
    private static final int MAX_USERS_PAGE = 999;

    private final GraphClient graph;
    private final Resilience resilience;
    private final String tenantId;
    private final int pageSize;
    private final Cache<String, Found> cache;
    private final Cache<String, MailboxPurpose> purposes;

    /** What Graph found for a prefix, every account the users search gave included, each list by name. */
    record Found(List<Person> people, List<Group> groups) {
        Found {
            people = List.copyOf(people);
            groups = List.copyOf(groups);
        }
    }

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
        Duration kept = settings.purposeCacheTtl();
        // A mailbox Exchange is still making answers like an account without one, so that answer is kept no longer
        // than a search answer: the picker stops offering the account soon after its mailbox is ready.
        Duration noMailboxKept = settings.searchCacheTtl().compareTo(kept) < 0 ? settings.searchCacheTtl() : kept;
        this.purposes = Caffeine.newBuilder()
                .maximumSize(settings.purposeCacheSize())
                .expireAfter(Expiry.writing((String id, MailboxPurpose purpose) ->
                        purpose == MailboxPurpose.NO_MAILBOX ? noMailboxKept : kept))
                .recordStats()
                .build();
    }

    Cache<String, Found> cache() {
        return cache;
    }

    Cache<String, MailboxPurpose> purposes() {
        return purposes;
    }

    List<Principal> search(String prefix, int limit) {
        String normalised = prefix == null
                ? ""
                : Normalizer.normalize(prefix.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (normalised.isEmpty() || limit < 1) {
            return List.of();
        }
        Found found = cache.get(tenantId + "|" + normalised, key -> fetch(normalised));
        return Stream.concat(
                        offeredPeople(found.people(), limit).stream(),
                        found.groups().stream().map(Principal.class::cast))
                .limit(limit)
                .toList();
    }

    /**
     * The directory's first people by name: a picker's choices before anything is typed. Like the search, never the
     * account of a shared, room or equipment mailbox, which Graph lists among the users like anyone's; as many more
     * accounts are read as such mailboxes may take up, and the answer is kept as a search's is.
     */
    List<Person> firstPeople(int limit) {
        if (limit < 1) {
            return List.of();
        }
        int read = Math.min(limit * 2 + GraphClient.BATCH_LIMIT, MAX_USERS_PAGE);
        Found found = cache.get(
                tenantId + "|first " + read,
                key -> new Found(
                        resilience.run(null, attempt -> graph.firstUsers(read)).stream()
                                .map(GraphMapping::person)
                                .toList(),
                        List.of()));
        return offeredPeople(found.people(), limit).stream()
                .map(Person.class::cast)
                .toList();
    }

    /**
     * Whether the account is a shared, room or equipment mailbox's, as Graph's mailbox purpose tells (kept, and
     * usually known already from the picker that offered it). When Graph will not tell, the account counts as a
     * person's, as the picker offers it.
     */
    boolean isMailboxAccount(String id) {
        if (id == null || id.isBlank()) {
            return false;
        }
        String key = key(id.strip());
        Map<String, MailboxPurpose> known = new HashMap<>(purposes.getAllPresent(List.of(key)));
        if (!known.containsKey(key)) {
            lookUp(List.of(key), known, new HashSet<>());
        }
        return !Optional.ofNullable(known.get(key))
                .map(MailboxPurpose::mayBePerson)
                .orElse(true);
    }

    /**
     * The account of a mailbox this client has just made shared (created, or converted from a user's): never offered
     * from now on, whether or not Graph knows it yet. Graph answers for a new mailbox only once Exchange has made it.
     */
    void sharedMailboxAccount(String userId) {
        if (userId != null && !userId.isBlank()) {
            purposes.put(key(userId), MailboxPurpose.SHARED);
        }
    }

    private Found fetch(String prefix) {
        GraphClient.SearchAnswer answer = resilience.run(null, attempt -> graph.search(prefix, pageSize));
        return new Found(
                answer.people().stream()
                        .map(GraphMapping::person)
                        .sorted(BY_NAME)
                        .toList(),
                answer.groups().stream()
                        .map(GraphMapping::group)
                        .sorted(BY_NAME)
                        .toList());
    }

    /**
     * The first accounts found, up to the limit, that may be people: those known to be a shared, room or equipment
     * mailbox's are left out. Graph is asked about the accounts not known yet, twenty at a time from the first one
     * not known, until the limit is reached or every account found is known.
     */
    private List<Principal> offeredPeople(List<Person> found, int limit) {
        Map<String, MailboxPurpose> known = new HashMap<>(purposes.getAllPresent(
                found.stream().map(person -> key(person.id())).toList()));
        Set<String> unchecked = new HashSet<>();
        List<Principal> offered = new ArrayList<>();
        for (int i = 0; i < found.size() && offered.size() < limit; i++) {
            String id = key(found.get(i).id());
            if (!known.containsKey(id) && !unchecked.contains(id)) {
                List<String> next = found.subList(i, found.size()).stream()
                        .map(person -> key(person.id()))
                        .filter(other -> !known.containsKey(other) && !unchecked.contains(other))
                        .distinct()
                        .limit(GraphClient.BATCH_LIMIT)
                        .toList();
                lookUp(next, known, unchecked);
            }
            if (Optional.ofNullable(known.get(id))
                    .map(MailboxPurpose::mayBePerson)
                    .orElse(true)) {
                offered.add(found.get(i));
            }
        }
        return offered;
    }

    /** Asks Graph what these accounts are for: each answer is kept; accounts left without one are {@code unchecked}. */
    private void lookUp(List<String> ids, Map<String, MailboxPurpose> known, Set<String> unchecked) {
        try {
            GraphClient.Purposes told = resilience.run(null, attempt -> graph.mailboxPurposes(ids));
            told.byUser().forEach((id, answer) -> {
                MailboxPurpose purpose = MailboxPurpose.of(answer);
                purposes.put(id, purpose);
                known.put(id, purpose);
            });
            told.refusal()
                    .ifPresent(why -> LOG.warn(
                            "people picker: Graph would not tell what {} of {} accounts are for ({}); they are offered"
                                    + " unchecked and asked about again at the next keystroke",
                            ids.size() - told.byUser().size(),
                            ids.size(),
                            why));
        } catch (MailboxException failed) {
            LOG.warn(
                    "people picker: whether {} accounts are people or shared, room or equipment mailboxes is unknown"
                            + " ({}); they are offered unchecked and asked about again at the next keystroke",
                    ids.size(),
                    failed.getMessage());
        }
        // Accounts left without an answer (the batch failed after its retries, or Graph refused to tell) are offered
        // unchecked rather than left out: a lookup that fails for good (MailboxSettings.Read not granted yet, Graph's
        // mailbox settings down) must not empty the picker, and a shared mailbox offered by mistake is seen by its
        // name and merely not picked, as before this check existed. Nothing is kept for them, so the next keystroke
        // asks again and the picker is right again as soon as Graph answers.
        ids.stream().filter(id -> !known.containsKey(id)).forEach(unchecked::add);
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    static String fold(String text) {
        return DIACRITICS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
