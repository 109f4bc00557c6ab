package io.postkamer.dialogs.copyaccess;

import io.postkamer.cards.Texts;
import io.postkamer.cards.copyaccess.CopyAccessCard.Choice;
import io.postkamer.cards.copyaccess.CopyResultCard;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.Watched;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.Right;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** The grants of one press: the mailboxes chosen, each one's outcome as the tenant answered, and its end. */
final class GrantRun extends Watched {
    /** One mailbox's outcome: granted, held already, failed per right; or the whole mailbox refused. */
    record Settled(
            List<Right> granted,
            List<Right> held,
            Map<Right, MailboxException> failed,
            Optional<MailboxException> refused) {
        Settled {
            granted = List.copyOf(granted);
            held = List.copyOf(held);
            failed = Map.copyOf(failed);
        }

        static Settled refused(MailboxException why) {
            return new Settled(List.of(), List.of(), Map.of(), Optional.of(why));
        }
    }

    private final List<Choice> offered;
    private final List<Choice> chosen;
    private final Map<String, Settled> settled = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> over = new CompletableFuture<>();
    private final AtomicInteger started = new AtomicInteger();

    GrantRun(List<Choice> offered, Set<String> chosenIds) {
        this.offered = List.copyOf(offered);
        this.chosen = offered.stream()
                .filter(choice -> chosenIds.contains(key(choice.mailbox().id())))
                .toList();
        if (chosen.isEmpty()) {
            over.complete(null);
        }
    }

    /** The next chosen mailbox to start on, if any is left. */
    Optional<Choice> next() {
        int index = started.getAndIncrement();
        return index < chosen.size() ? Optional.of(chosen.get(index)) : Optional.empty();
    }

    void settle(String mailboxId, Settled outcome) {
        settled.put(key(mailboxId), outcome);
        if (settled.size() >= chosen.size()) {
            over.complete(null);
        }
        moved();
    }

    /** Every offered mailbox's outcome in the reader's words, those not chosen said as left alone. */
    List<CopyResultCard.Outcome> outcomes(Texts texts) {
        return offered.stream()
                .map(choice -> {
                    String name = choice.mailbox().displayName();
                    Settled outcome = settled.get(key(choice.mailbox().id()));
                    if (outcome == null) {
                        return new CopyResultCard.Outcome(name, false, List.of(), List.of(), Map.of(), "");
                    }
                    Map<Right, String> failed = new EnumMap<>(Right.class);
                    outcome.failed().forEach((right, why) -> failed.put(right, words(why, texts)));
                    return new CopyResultCard.Outcome(
                            name,
                            true,
                            outcome.granted(),
                            outcome.held(),
                            failed,
                            outcome.refused().map(why -> words(why, texts)).orElse(""));
                })
                .toList();
    }

    @Override
    public int done() {
        return settled.size();
    }

    @Override
    public int total() {
        return chosen.size();
    }

    @Override
    public CompletableFuture<?> finished() {
        return over;
    }

    boolean isOver() {
        return over.isDone();
    }

    private static String words(MailboxException why, Texts texts) {
        return Message.of(why).in(texts);
    }

    private static String key(String mailboxId) {
        return mailboxId.toLowerCase(Locale.ROOT);
    }

    static Set<String> keys(List<String> mailboxIds) {
        return mailboxIds.stream().map(GrantRun::key).collect(Collectors.toSet());
    }
}
