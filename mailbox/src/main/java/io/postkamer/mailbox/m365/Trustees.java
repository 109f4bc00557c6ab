package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.mailbox.DeletedAccounts;
import io.postkamer.mailbox.TrusteeStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who stands behind the trustees Exchange names in permissions, many at once: people by sign-in name and groups by
 * name in Graph batches of twenty, and only what those do not place one by one through Exchange's own resolution
 * ({@link Recipients}, remembered for ten minutes), then by id. A security identifier is a deleted account without
 * asking anyone.
 */
final class Trustees {
    /** A trustee as a report shows it. */
    record Trustee(String id, String name, TrusteeStatus status) {}

    private static final String PERSON = "id,displayName,userPrincipalName,accountEnabled";

    private final DirectoryBatches directory;
    private final Recipients recipients;

    Trustees(DirectoryBatches directory, Recipients recipients) {
        this.directory = directory;
        this.recipients = recipients;
    }

    /**
     * Each identity's trustee, by the identity as Exchange showed it.
     *
     * @param isSharedMailbox whether a disabled account's id is a shared mailbox's (whose account is no person's)
     */
    Map<String, Trustee> all(Collection<String> identities, Predicate<String> isSharedMailbox) {
        Map<String, Trustee> placed = new HashMap<>();
        Set<String> asked = new LinkedHashSet<>();
        for (String identity : identities) {
            if (DeletedAccounts.isSecurityIdentifier(identity)) {
                placed.put(identity, new Trustee(identity, identity, TrusteeStatus.DELETED));
            } else {
                asked.add(identity);
            }
        }
        List<String> left = new ArrayList<>();
        Map<String, JsonNode> people = directory.users(List.copyOf(asked), PERSON);
        for (String identity : asked) {
            DirectoryBatches.of(people, identity)
                    .ifPresentOrElse(
                            person -> placed.put(identity, person(person, isSharedMailbox)), () -> left.add(identity));
        }
        Map<String, JsonNode> groups = directory.groupsNamed(left);
        List<String> unknown = new ArrayList<>();
        for (String identity : left) {
            DirectoryBatches.of(groups, identity)
                    .ifPresentOrElse(group -> placed.put(identity, group(group)), () -> unknown.add(identity));
        }
        placed.putAll(byExchange(unknown, isSharedMailbox));
        return placed;
    }

    /** What neither a sign-in name nor a group's name placed: Exchange says which object it is, Graph what it is. */
    private Map<String, Trustee> byExchange(List<String> identities, Predicate<String> isSharedMailbox) {
        if (identities.isEmpty()) {
            return Map.of();
        }
        Map<String, Recipients.Recipient> resolved = recipients.all(identities);
        List<String> ids =
                resolved.values().stream().map(Recipients.Recipient::id).toList();
        Map<String, JsonNode> people = directory.users(ids, PERSON);
        Map<String, JsonNode> groups = directory.groups(ids.stream()
                .filter(id -> DirectoryBatches.of(people, id).isEmpty())
                .toList());
        Map<String, Trustee> placed = new HashMap<>();
        for (String identity : identities) {
            Recipients.Recipient recipient = resolved.get(identity);
            placed.put(
                    identity,
                    DirectoryBatches.of(people, recipient.id())
                            .map(person -> person(person, isSharedMailbox))
                            .or(() ->
                                    DirectoryBatches.of(groups, recipient.id()).map(Trustees::group))
                            .orElse(new Trustee(recipient.id(), recipient.displayName(), TrusteeStatus.OTHER)));
        }
        return placed;
    }

    private static Trustee person(JsonNode user, Predicate<String> isSharedMailbox) {
        String id = user.path("id").asText();
        String name =
                user.path("displayName").asText(user.path("userPrincipalName").asText(id));
        if (user.path("accountEnabled").asBoolean(true)) {
            return new Trustee(id, name, TrusteeStatus.ENABLED);
        }
        // A shared mailbox's account is disabled as it should be: that is nobody who left.
        return new Trustee(
                id,
                name,
                isSharedMailbox.test(id.toLowerCase(Locale.ROOT)) ? TrusteeStatus.OTHER : TrusteeStatus.DISABLED);
    }

    private static Trustee group(JsonNode group) {
        String id = group.path("id").asText();
        return new Trustee(id, group.path("displayName").asText(id), TrusteeStatus.GROUP);
    }
}
