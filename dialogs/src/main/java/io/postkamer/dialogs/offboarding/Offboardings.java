package io.postkamer.dialogs.offboarding;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.FollowUps;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.TypedText;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "offboard flip.schoonen@contoso.com", "uitdienst Flip Schoonen", "meld Flip Schoonen uit dienst": administrators
 * only. The plan card, then the run with its progress card, and the card's buttons whatever else the conversation is
 * doing.
 */
public final class Offboardings {
    private static final Pattern ASKED = Pattern.compile(
            "^(?:offboard|off-board|uitdienst|uit\\s+dienst(?:\\s+melden)?)(?:\\s+(?<who>.+))?$"
                    + "|^meld\\s+(?<named>.+?)\\s+uit\\s+dienst$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final MailboxCalls calls;
    private final OffboardingStore store;
    private final OffboardingPresses presses;

    public Offboardings(
            MailboxCalls calls, OffboardingStore store, BotSettings settings, Clock clock, FollowUps followUps) {
        this.calls = calls;
        this.store = store;
        this.presses = new OffboardingPresses(calls, store, settings.patience(), clock, followUps);
    }

    public boolean handlesAction(UserInput input) {
        return input.action()
                .filter(verb -> verb.feature() == Verb.Feature.OFFBOARD)
                .isPresent();
    }

    public boolean handlesText(UserInput input) {
        return input.isText() && ASKED.matcher(TypedText.normal(input.text())).matches();
    }

    public CompletableFuture<Void> answer(TurnContext turn, UserInput input) {
        Texts texts = Texts.forLocale(turn.getActivity().getLocale());
        String actor = Actor.idOf(turn);
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure()) {
                return CardReplies.say(turn, Message.of(admin.problem()).in(texts));
            }
            if (!admin.get()) {
                MailboxException refused = new MailboxException.NotAuthorised(actor);
                return calls.refused(actor, Audited.of(input.input("mailbox"), "offboard", "", ""), refused)
                        .thenCompose(audited ->
                                CardReplies.say(turn, Message.of(refused).in(texts)));
            }
            if (input.isText()) {
                return plan(turn, texts, actor, who(input.text()));
            }
            return switch (input.action().orElseThrow()) {
                case OFFBOARD_START -> presses.start(turn, texts, actor, input);
                case OFFBOARD_RESUME -> presses.resume(turn, texts, actor, input);
                case OFFBOARD_REMOVE_RIGHTS -> presses.removeRights(turn, texts, actor, input);
                case OFFBOARD_SHOW -> presses.show(turn, texts, actor, input);
                default -> throw new IllegalArgumentException("not a verb of offboarding: " + input.verb());
            };
        });
    }

    /** The plan card, or the offboarding of this person that was already started. */
    private CompletableFuture<Void> plan(TurnContext turn, Texts texts, String actor, String who) {
        if (who.isEmpty()) {
            return CardReplies.say(turn, texts.get("offboard.ask"));
        }
        return calls.read(service -> {
                    Optional<Mailbox> box = OffboardingPlans.find(service, who);
                    if (box.isEmpty()) {
                        return Screen.refused(texts.get("offboard.error.notFound", who));
                    }
                    Optional<Offboarding> started = store.latestFor(box.get().id())
                            .filter(o -> !o.isFinished() || !box.get().isShared());
                    if (started.isPresent()) {
                        return Screen.started(started.get());
                    }
                    return Screen.card(
                            OffboardingPlans.card(service, texts, OffboardingPlans.leaver(service, box.get(), actor)));
                })
                .thenCompose(read -> {
                    if (read.isFailure()) {
                        return CardReplies.say(turn, Message.of(read.problem()).in(texts));
                    }
                    Screen screen = read.get();
                    if (screen.started().isPresent()) {
                        return presses.showProgress(
                                turn, texts, screen.started().get(), Optional.of(texts.get("offboard.notice.already")));
                    }
                    return screen.card()
                            .map(card -> CardReplies.show(turn, card, Optional.empty())
                                    .thenAccept(shown -> {}))
                            .orElseGet(() -> CardReplies.say(turn, screen.refusal()));
                });
    }

    private static String who(String text) {
        Matcher matcher = ASKED.matcher(TypedText.normal(text));
        if (!matcher.matches()) {
            return "";
        }
        String who = matcher.group("who") != null ? matcher.group("who") : matcher.group("named");
        return who == null ? "" : TypedText.unquote(who);
    }

    /** What typed text leads to: the plan card, an offboarding already started, or why not. */
    private record Screen(Optional<AdaptiveCard> card, Optional<Offboarding> started, String refusal) {
        static Screen card(AdaptiveCard card) {
            return new Screen(Optional.of(card), Optional.empty(), "");
        }

        static Screen started(Offboarding o) {
            return new Screen(Optional.empty(), Optional.of(o), "");
        }

        static Screen refused(String why) {
            return new Screen(Optional.empty(), Optional.empty(), why);
        }
    }
}
