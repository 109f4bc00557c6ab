package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.requests.RequestFormCard;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.MailboxFinder;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Right;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The "request access" form ("toegang aanvragen") and its submission: a request for rights on a shared
 * mailbox, filed once, whose approvers and the helpdesk channel are told of it.
 */
final class AccessRequestForm {
    private final MailboxCalls calls;
    private final Requests requests;
    private final ApproverPolicy policy;
    private final RequestRecorder recorder;
    private final RequestCards cards;
    private final NewRequestNotices notices;

    AccessRequestForm(
            MailboxCalls calls,
            Requests requests,
            ApproverPolicy policy,
            RequestRecorder recorder,
            RequestCards cards,
            NewRequestNotices notices) {
        this.calls = calls;
        this.requests = requests;
        this.policy = policy;
        this.recorder = recorder;
        this.cards = cards;
        this.notices = notices;
    }

    /** The form, with the mailbox the person named chosen when it is a shared one. */
    CompletableFuture<Void> open(TurnContext turn, Asker asker, Optional<String> mailboxHint) {
        return calls.read(service -> {
                    Optional<MailboxEntry> chosen = mailboxHint.flatMap(hint -> calls.finder()
                            .entry(service, hint)
                            .or(() -> service.mailbox(hint)
                                    .filter(Mailbox::isShared)
                                    .map(MailboxEntry::of)));
                    return formCard(
                            service,
                            asker.texts(),
                            chosen,
                            new RequestFormCard.Filled(
                                    chosen.map(MailboxEntry::id).orElse(""), Set.of(), "", ""),
                            Optional.empty());
                })
                .thenCompose(card -> RequestReplies.show(turn, asker.texts(), card));
    }

    /**
     * The form offers the first mailboxes of the tenant and the one chosen, and finds any other as the person
     * types (the finder's dataset): never the whole tenant, whose list would outgrow the card.
     */
    private AdaptiveCard formCard(
            MailboxService service,
            Texts texts,
            Optional<MailboxEntry> chosen,
            RequestFormCard.Filled filled,
            Optional<String> error) {
        List<MailboxEntry> offered = new ArrayList<>(calls.finder().suggestions(service, ""));
        chosen.filter(entry -> offered.stream().noneMatch(m -> m.id().equalsIgnoreCase(entry.id())))
                .ifPresent(offered::add);
        List<RequestFormCard.Choice> choices = offered.stream()
                .sorted(Comparator.comparing(m -> MailboxFinder.fold(m.displayName())))
                .map(m -> new RequestFormCard.Choice(m.displayName() + " (" + m.primarySmtpAddress() + ")", m.id()))
                .toList();
        Optional<String> shownError = choices.isEmpty() ? Optional.of(texts.get("request.form.noMailboxes")) : error;
        return RequestFormCard.render(texts, choices, filled, today(), shownError);
    }

    /** What came of a submitted form. */
    private sealed interface Submitted permits Invalid, AlreadyHeld, Filed {}

    /** The form again, saying what to correct. */
    private record Invalid(AdaptiveCard form) implements Submitted {}

    /** The person holds every right asked for already. */
    private record AlreadyHeld(String note) implements Submitted {}

    /** The request on file: made now, or the same request still pending from before. */
    private record Filed(AccessRequest request, boolean isNew) implements Submitted {}

    CompletableFuture<Void> submit(TurnContext turn, Asker asker, UserInput input) {
        Texts texts = asker.texts();
        return calls.store(service -> validateAndFile(service, asker, input)).thenCompose(result -> {
            if (result.isFailure()) {
                return RequestReplies.sayProblem(turn, texts, result);
            }
            if (result.get() instanceof Invalid invalid) {
                return RequestReplies.show(turn, invalid.form());
            }
            if (result.get() instanceof AlreadyHeld held) {
                return CardReplies.say(turn, held.note());
            }
            Filed filed = (Filed) result.get();
            return cards.show(turn, asker, filed.request())
                    .thenCompose(shown -> filed.isNew()
                            ? notices.tell(turn, asker, filed.request())
                            : CompletableFuture.completedFuture(null));
        });
    }

    private Submitted validateAndFile(MailboxService service, Asker asker, UserInput input) {
        Texts texts = asker.texts();
        Set<Right> wanted = EnumSet.noneOf(Right.class);
        for (Right right : Right.values()) {
            if (input.input(RequestFormCard.inputId(right)).equalsIgnoreCase("true")) {
                wanted.add(right);
            }
        }
        RequestFormCard.Filled filled =
                new RequestFormCard.Filled(input.input("mailbox"), wanted, input.input("reason"), input.input("until"));
        // The id the card carries, as a shared mailbox; an address, a person or a user mailbox names none here.
        Optional<Mailbox> mailbox = Optional.of(filled.mailbox())
                .filter(id -> !id.isBlank())
                .flatMap(service::mailbox)
                .filter(Mailbox::isShared)
                .filter(m -> m.id().equalsIgnoreCase(filled.mailbox()));
        Optional<String> error = mistakeIn(mailbox, filled);
        if (error.isPresent()) {
            return new Invalid(formCard(service, texts, mailbox.map(MailboxEntry::of), filled, error.map(texts::get)));
        }
        Mailbox box = mailbox.get();
        Set<Right> held = service.delegates(box.id()).stream()
                .filter(grant -> grant.trusteeId().equalsIgnoreCase(asker.id()))
                .map(PermissionGrant::right)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Right.class)));
        Set<Right> missing = EnumSet.copyOf(wanted);
        missing.removeAll(held);
        if (missing.isEmpty()) {
            String rights = wanted.stream()
                    .map(right -> RequestViews.rightName(texts, right))
                    .collect(Collectors.joining(", "));
            return new AlreadyHeld(texts.get("request.alreadyHeld", rights, box.displayName()));
        }
        Optional<AccessRequest> same = requests.store().byRequester(asker.id()).stream()
                .filter(r -> r.isPending()
                        && r.mailboxId().equalsIgnoreCase(box.id())
                        && r.rights().equals(missing))
                .findFirst();
        if (same.isPresent()) {
            return new Filed(same.get(), false);
        }
        String name = service.person(asker.id()).map(Person::displayName).orElse(asker.teamsName());
        List<String> approvers = policy.approversFor(asker.id(), box.id());
        Optional<LocalDate> until =
                Optional.of(filled.until()).filter(text -> !text.isEmpty()).map(LocalDate::parse);
        AccessRequest created = requests.store()
                .create(new NewAccessRequest(
                        asker.id(),
                        name,
                        box.id(),
                        box.displayName(),
                        box.primarySmtpAddress(),
                        missing,
                        filled.reason(),
                        until,
                        approvers,
                        requests.clock().instant()));
        recorder.record(
                created,
                asker.id(),
                "request",
                AuditEntry.Outcome.DONE,
                RequestViews.rights(Texts.forLocale("en"), created) + "; approvers " + String.join(",", approvers));
        return new Filed(created, true);
    }

    /** The text key of what to correct in the form, if anything. */
    private Optional<String> mistakeIn(Optional<Mailbox> mailbox, RequestFormCard.Filled filled) {
        if (mailbox.isEmpty()) {
            return Optional.of("request.invalid.mailbox");
        }
        if (filled.rights().isEmpty()) {
            return Optional.of("request.invalid.rights");
        }
        if (filled.reason().isEmpty() || filled.reason().length() > AccessRequest.MAX_REASON) {
            return Optional.of("request.invalid.reason");
        }
        if (!filled.until().isEmpty() && !isAfterToday(filled.until())) {
            return Optional.of("request.invalid.until");
        }
        return Optional.empty();
    }

    private boolean isAfterToday(String date) {
        try {
            return LocalDate.parse(date).isAfter(today());
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(requests.clock().instant(), ZoneOffset.UTC);
    }
}
