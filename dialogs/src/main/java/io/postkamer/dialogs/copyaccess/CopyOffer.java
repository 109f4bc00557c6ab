package io.postkamer.dialogs.copyaccess;

import io.postkamer.cards.copyaccess.CopyAccessCard.Choice;
import io.postkamer.mailbox.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One copy as this bot offered it on a card, as every instance sees it: between whom, when, the choices the card showed
 * once the bulk read was over, the mailboxes the first press chose and each one's outcome as it settled, and the end.
 *
 * @param chosen   the chosen mailboxes' ids (lower case); none until the first press started the grants
 * @param outcomes by mailbox id (lower case)
 */
public record CopyOffer(
        Key key,
        Party source,
        Party target,
        Instant offeredAt,
        Optional<CopyChoices> choices,
        Set<String> chosen,
        Map<String, CopyOutcome> outcomes,
        Optional<Instant> finishedAt) {
    /** How long a card's offer stays current. */
    public static final Duration KEPT = Duration.ofHours(1);

    /** A card's offer: the conversation it was shown in, and its token. */
    public record Key(String conversationId, String token) {
        public Key {
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(token, "token");
        }
    }

    /** Someone in the directory, as the card named them. */
    public record Party(String id, String name) {
        static Party of(Person person) {
            return new Party(person.id(), person.displayName());
        }
    }

    public CopyOffer {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(offeredAt, "offeredAt");
        chosen = Set.copyOf(chosen);
        outcomes = Map.copyOf(outcomes);
    }

    /** Just offered: the read under way, nothing chosen. */
    public static CopyOffer offered(Key key, Party source, Party target, Instant at) {
        return new CopyOffer(key, source, target, at, Optional.empty(), Set.of(), Map.of(), Optional.empty());
    }

    /** Whether a press started the grants. */
    public boolean started() {
        return !chosen.isEmpty();
    }

    public boolean isFinished() {
        return finishedAt.isPresent();
    }

    boolean isCurrent(Instant now) {
        return offeredAt.plus(KEPT).isAfter(now);
    }

    /** The chosen mailboxes no outcome was kept for yet: what a run (or the one that takes it over) still does. */
    List<Choice> unsettled() {
        return choices.map(CopyChoices::choices).orElse(List.of()).stream()
                .filter(choice -> chosen.contains(key(choice.mailboxId())))
                .filter(choice -> !outcomes.containsKey(key(choice.mailboxId())))
                .toList();
    }

    /** The chosen mailboxes with an outcome. */
    int settled() {
        return (int) outcomes.keySet().stream().filter(chosen::contains).count();
    }

    public CopyOffer withChoices(CopyChoices read) {
        return new CopyOffer(key, source, target, offeredAt, Optional.of(read), chosen, outcomes, finishedAt);
    }

    public CopyOffer withChosen(Set<String> mailboxIds) {
        return new CopyOffer(key, source, target, offeredAt, choices, keys(mailboxIds), outcomes, finishedAt);
    }

    /** The outcomes with this mailbox's as given: what a store keeps as a mailbox settles. */
    public Map<String, CopyOutcome> outcomesWith(String mailboxId, CopyOutcome outcome) {
        Map<String, CopyOutcome> changed = new HashMap<>(outcomes);
        changed.put(key(mailboxId), outcome);
        return changed;
    }

    public CopyOffer withOutcomes(Map<String, CopyOutcome> kept) {
        return new CopyOffer(key, source, target, offeredAt, choices, chosen, kept, finishedAt);
    }

    public CopyOffer finished(Instant at) {
        return new CopyOffer(key, source, target, offeredAt, choices, chosen, outcomes, Optional.of(at));
    }

    /** A mailbox's id as offers keep it. */
    public static String key(String mailboxId) {
        return mailboxId.strip().toLowerCase(Locale.ROOT);
    }

    public static Set<String> keys(Collection<String> mailboxIds) {
        return mailboxIds.stream().map(CopyOffer::key).collect(Collectors.toSet());
    }
}
