package io.postkamer.dialogs.requests;

import io.postkamer.dialogs.audit.AuditEntry;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.create.NoticeCard;
import io.postkamer.cards.requests.ExportCard;
import io.postkamer.cards.requests.RequestCard;
import io.postkamer.cards.requests.RequestFormCard;
import io.postkamer.cards.requests.RequestListCard;
import io.postkamer.dialogs.audit.AuditFilter;
import io.postkamer.dialogs.audit.Audited;
import io.postkamer.dialogs.create.MailboxPlan;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.dialogs.common.Attempt;
import io.postkamer.dialogs.common.CardReplies;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.MailboxFinder;
import io.postkamer.dialogs.common.Message;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Right;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Access requests: the form ("request access", "toegang aanvragen"), the request's card and its
 * decisions (Approve, Reject with a reason), "my requests", "approvals" and an administrator's "set
 * owners of …". Every button carries the request's number and every answer is read from the
 * {@link RequestStore}, so cards work in any chat, on any instance and after a restart.
 */
public final class AccessRequests {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AccessRequests.class);
    static final String PREFIX = "request.";
    static final int MAX_REASON = 500;

    private final MailboxCalls calls;
    private final Requests requests;
    private final ApproverPolicy policy;
    private final RequestViews views;
    private final Decider decider;
    private final Notifications notifications;
    private final Reach reach;
    private final RequestRecorder recorder;

    public AccessRequests(MailboxCalls calls, Requests requests) {
        this.calls = calls;
        this.requests = requests;
        MailboxService service = calls.service();
        this.policy = new ApproverPolicy(service, requests.owners(), requests.settings());
        this.views = new RequestViews(service, requests, policy);
        RequestRecorder recorder = new RequestRecorder(requests, calls.names());
        this.recorder = recorder;
        this.decider = new Decider(service, requests, policy, recorder);
        this.reach = new Reach(requests);
        this.notifications = new Notifications(requests, views, recorder, reach, calls.executor());
    }

    /** The welcome card's "Request access" button and the buttons of the request cards. */
    public boolean handlesAction(UserInput input) {
        return input.isAction() && (input.verb().equals("request") || input.verb().startsWith(PREFIX));
    }

    public boolean handlesText(UserInput input) {
        return input.isText() && RequestIntents.any(input.text());
    }

    /** Remembers where the sender of this turn can be reached later. */
    public void seen(TurnContext turn) {
        reach.seen(turn);
    }

    public CompletableFuture<Void> answer(TurnContext turn, UserInput input) {
        Texts texts = Texts.forLocale(turn.getActivity().getLocale());
        String actor = Actor.idOf(turn);
        if (input.isText()) {
            String text = input.text();
            if (RequestIntents.isNewMailbox(text)) {
                return newMailboxForm(turn, texts, "", "", Optional.empty());
            }
            Optional<Optional<String>> access = RequestIntents.requestAccess(text);
            if (access.isPresent()) {
                return form(turn, texts, access.get());
            }
            if (RequestIntents.isMyRequests(text)) {
                return myRequests(turn, texts, actor);
            }
            if (RequestIntents.isApprovals(text)) {
                return approvals(turn, texts, actor);
            }
            if (RequestIntents.isQueue(text)) {
                return queue(turn, texts, actor);
            }
            if (RequestIntents.isSetHelpdeskChannel(text)) {
                return setHelpdeskChannel(turn, texts, actor);
            }
            Optional<RequestIntents.Export> export = RequestIntents.exportAudit(text);
            if (export.isPresent()) {
                return exportAudit(turn, texts, actor, export.get());
            }
            return setOwners(turn, texts, actor, RequestIntents.setOwners(text).orElseThrow());
        }
        long number = input.data().path("request").asLong(0);
        return switch (input.verb().toLowerCase(Locale.ROOT)) {
            case "request" -> form(turn, texts, Optional.of(input.input("mailbox")).filter(id -> !id.isEmpty()));
            case "request.submit" -> submit(turn, texts, actor, input);
            case "request.approve" -> approve(turn, texts, actor, number);
            case "request.reject" -> askRejectReason(turn, texts, actor, number);
            case "request.rejectconfirm" -> reject(turn, texts, actor, number, input.input("rejectReason"));
            case "request.assign" -> assign(turn, texts, actor, number);
            case "request.submitnew" -> submitNewMailbox(turn, texts, actor, input);
            default -> show(turn, texts, actor, number);
        };
    }

    // --- the form

    private CompletableFuture<Void> form(TurnContext turn, Texts texts, Optional<String> mailboxHint) {
        return calls.read(service -> {
            Optional<MailboxEntry> chosen = mailboxHint.flatMap(hint -> calls.finder().entry(service, hint)
                    .or(() -> service.mailbox(hint).filter(Mailbox::isShared).map(MailboxEntry::of)));
            return formCard(service, texts, chosen, new RequestFormCard.Filled(chosen.map(MailboxEntry::id).orElse(""),
                    Set.of(), "", ""), Optional.empty());
        }).thenCompose(card -> card.isFailure() ? sayProblem(turn, texts, card)
                : CardReplies.show(turn, card.get(), Optional.empty()).thenApply(shown -> null));
    }

    /**
     * The form offers the first mailboxes of the tenant and the one chosen, and finds any other as the person
     * types (the finder's dataset): never the whole tenant, whose list would outgrow the card.
     */
    private AdaptiveCard formCard(MailboxService service, Texts texts, Optional<MailboxEntry> chosen,
                                  RequestFormCard.Filled filled, Optional<String> error) {
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
    private sealed interface Submitted permits Invalid, AlreadyHeld, Done {
    }

    private record Invalid(AdaptiveCard form) implements Submitted {
    }

    private record AlreadyHeld(String note) implements Submitted {
    }

    private record Done(AccessRequest request, boolean isNew) implements Submitted {
    }

    private CompletableFuture<Void> submit(TurnContext turn, Texts texts, String actor, UserInput input) {
        String locale = turn.getActivity().getLocale();
        String fallbackName = Optional.ofNullable(turn.getActivity().getFrom().getName()).orElse(actor);
        return calls.read(service -> validateAndCreate(service, texts, actor, fallbackName, input))
                .thenCompose(result -> {
                    if (result.isFailure()) {
                        return sayProblem(turn, texts, result);
                    }
                    if (result.get() instanceof Invalid invalid) {
                        return CardReplies.show(turn, invalid.form(), Optional.empty()).thenApply(shown -> null);
                    }
                    if (result.get() instanceof AlreadyHeld held) {
                        return CardReplies.say(turn, held.note());
                    }
                    Done done = (Done) result.get();
                    return showRequest(turn, texts, actor, done.request(), Optional.empty())
                            .thenCompose(shown -> done.isNew()
                                    ? notifications.approversOf(done.request(), locale).thenCompose(told ->
                                            notifications.helpdeskChannel(done.request(), locale, Optional.empty()))
                                            .thenCompose(posted -> warnIfNobodyReached(turn, texts, done.request()))
                                    : CompletableFuture.completedFuture(null));
                });
    }

    private Submitted validateAndCreate(MailboxService service, Texts texts, String actor, String fallbackName,
                                        UserInput input) {
        Set<Right> wanted = EnumSet.noneOf(Right.class);
        for (Right right : Right.values()) {
            if (input.input(RequestFormCard.inputId(right)).equalsIgnoreCase("true")) {
                wanted.add(right);
            }
        }
        String reason = input.input("reason");
        String untilText = input.input("until");
        RequestFormCard.Filled filled = new RequestFormCard.Filled(input.input("mailbox"), wanted, reason, untilText);
        // The id the card carries, as a shared mailbox; an address, a person or a user mailbox names none here.
        Optional<Mailbox> mailbox = Optional.of(filled.mailbox()).filter(id -> !id.isBlank()).flatMap(service::mailbox)
                .filter(Mailbox::isShared).filter(m -> m.id().equalsIgnoreCase(filled.mailbox()));
        Optional<LocalDate> until = Optional.empty();
        String error = null;
        if (mailbox.isEmpty()) {
            error = "request.invalid.mailbox";
        } else if (wanted.isEmpty()) {
            error = "request.invalid.rights";
        } else if (reason.isEmpty() || reason.length() > MAX_REASON) {
            error = "request.invalid.reason";
        } else if (!untilText.isEmpty()) {
            try {
                until = Optional.of(LocalDate.parse(untilText));
                if (!until.get().isAfter(today())) {
                    error = "request.invalid.until";
                }
            } catch (DateTimeParseException notADate) {
                error = "request.invalid.until";
            }
        }
        if (error != null) {
            return new Invalid(formCard(service, texts, mailbox.map(MailboxEntry::of), filled,
                    Optional.of(texts.get(error))));
        }
        Mailbox box = mailbox.get();
        Set<Right> held = service.delegates(box.id()).stream()
                .filter(grant -> grant.trusteeId().equalsIgnoreCase(actor)).map(PermissionGrant::right)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Right.class)));
        Set<Right> missing = EnumSet.copyOf(wanted);
        missing.removeAll(held);
        if (missing.isEmpty()) {
            String rights = wanted.stream().map(right -> RequestViews.rightName(texts, right))
                    .collect(Collectors.joining(", "));
            return new AlreadyHeld(texts.get("request.alreadyHeld", rights, box.displayName()));
        }
        Optional<AccessRequest> same = requests.store().byRequester(actor).stream()
                .filter(r -> r.isPending() && r.mailboxId().equalsIgnoreCase(box.id()) && r.rights().equals(missing))
                .findFirst();
        if (same.isPresent()) {
            return new Done(same.get(), false);
        }
        String name = service.person(actor).map(Person::displayName).orElse(fallbackName);
        List<String> approvers = policy.approversFor(actor, box.id());
        AccessRequest created = requests.store().create(new NewAccessRequest(actor, name, box.id(), box.displayName(),
                box.primarySmtpAddress(), missing, reason, until, approvers, requests.clock().instant()));
        decider.record(created, actor, "request", AuditEntry.Outcome.DONE,
                RequestViews.rights(Texts.forLocale("en"), created) + "; approvers " + String.join(",", approvers));
        return new Done(created, true);
    }

    // --- a new shared mailbox

    private CompletableFuture<Void> newMailboxForm(TurnContext turn, Texts texts, String name, String purpose,
                                                   Optional<String> error) {
        return calls.read(service -> service.people(25).stream()
                        .map(p -> new RequestFormCard.Choice(p.displayName(), p.id())).toList())
                .thenCompose(people -> people.isFailure() ? sayProblem(turn, texts, people)
                        : CardReplies.show(turn, io.postkamer.cards.requests.NewMailboxRequestCard.render(texts, name,
                                purpose, people.get(), error), Optional.empty()).thenApply(shown -> null));
    }

    private CompletableFuture<Void> submitNewMailbox(TurnContext turn, Texts texts, String actor, UserInput input) {
        String name = input.input("name");
        String purpose = input.input("reason");
        List<String> members = java.util.Arrays.stream(input.input("members").split(","))
                .map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
        if (name.isEmpty() || name.length() > 64 || purpose.isEmpty() || purpose.length() > MAX_REASON) {
            return newMailboxForm(turn, texts, name, purpose, Optional.of(texts.get("request.new.invalid")));
        }
        String locale = turn.getActivity().getLocale();
        String fallbackName = Optional.ofNullable(turn.getActivity().getFrom().getName()).orElse(actor);
        return calls.read(service -> {
            for (String member : members) {
                if (service.person(member).isEmpty()) {
                    throw new io.postkamer.mailbox.MailboxException.NotFound(
                            io.postkamer.mailbox.Problem.PERSON_NOT_FOUND, member);
                }
            }
            String requesterName = service.person(actor).map(Person::displayName).orElse(fallbackName);
            List<String> approvers = policy.approversFor(actor, "");
            AccessRequest created = requests.store().create(new NewAccessRequest(actor, requesterName, "", name, "",
                    Set.of(), purpose, Optional.empty(), approvers, requests.clock().instant(), RequestKind.NEW_MAILBOX,
                    members));
            decider.record(created, actor, "request new mailbox", AuditEntry.Outcome.DONE, name);
            return created;
        }).thenCompose(created -> {
            if (created.isFailure()) {
                return sayProblem(turn, texts, created);
            }
            return showRequest(turn, texts, actor, created.get(), Optional.empty())
                    .thenCompose(shown -> notifications.approversOf(created.get(), locale))
                    .thenCompose(told -> notifications.helpdeskChannel(created.get(), locale, Optional.empty()))
                    .thenCompose(posted -> warnIfNobodyReached(turn, texts, created.get()));
        });
    }

    /**
     * When the notice reached none of the approvers (each was not delivered: no chat could be opened,
     * Teams refused), nobody saw the request: the requester is told whom to ask to open Postkamer, and
     * that the helpdesk can decide it too.
     */
    private CompletableFuture<Void> warnIfNobodyReached(TurnContext turn, Texts texts, AccessRequest request) {
        return calls.read(service -> requests.audit().ofRequest(request.number()).stream()
                        .filter(entry -> entry.action().equals("notify approver"))
                        .map(AuditEntry::outcome).toList())
                .thenCompose(outcomes -> {
                    boolean nobodyReached = !request.approverIds().isEmpty() && !outcomes.isFailure()
                            && outcomes.get().stream().noneMatch(o -> o == AuditEntry.Outcome.DELIVERED
                                    || o == AuditEntry.Outcome.QUEUED);
                    if (!nobodyReached) {
                        return CompletableFuture.completedFuture(null);
                    }
                    String names = request.approverIds().stream().map(views::nameOf).collect(Collectors.joining(", "));
                    return CardReplies.show(turn, NoticeCard.render(texts, NoticeCard.Tone.WARNING,
                                    texts.get("request.unreached.title", request.number()),
                                    List.of(texts.get("request.unreached.text", names))), Optional.empty())
                            .thenApply(shown -> null);
                });
    }

    /**
     * "Create this mailbox" on a new-mailbox request: an administrator (not the requester) approves it if
     * it is still pending, then the create conversation starts with the proposed name. Returns the name
     * to start with, or empty after telling why not.
     */
    public CompletableFuture<Optional<MailboxPlan>> fulfil(TurnContext turn, UserInput input) {
        Texts texts = Texts.forLocale(turn.getActivity().getLocale());
        String actor = Actor.idOf(turn);
        long number = input.data().path("request").asLong(0);
        String actorName = Optional.ofNullable(turn.getActivity().getFrom().getName()).orElse(actor);
        return calls.read(service -> {
            Optional<AccessRequest> found = requests.store().find(number).filter(AccessRequest::isNewMailbox);
            if (found.isEmpty()) {
                return new Fulfilment.Refused("request.refused.notFound");
            }
            AccessRequest request = found.get();
            if (actor.equalsIgnoreCase(request.requesterId())) {
                decider.record(request, actor, "fulfil", AuditEntry.Outcome.REFUSED, "request.refused.own");
                return new Fulfilment.Refused("request.refused.own");
            }
            if (!policy.isAdministrator(actor)) {
                decider.record(request, actor, "fulfil", AuditEntry.Outcome.REFUSED, "request.new.fulfilAdminsOnly");
                return new Fulfilment.Refused("request.new.fulfilAdminsOnly");
            }
            if (request.state() == RequestState.REJECTED) {
                return new Fulfilment.Refused("request.refused.decided");
            }
            boolean approvedNow = request.isPending() && requests.store().decide(new Decision(number,
                    RequestState.APPROVED, actor, views.nameOr(actor, actorName), requests.clock().instant(),
                    Optional.empty()));
            if (approvedNow) {
                decider.record(request, actor, "approve", AuditEntry.Outcome.DONE, "");
            }
            decider.record(request, actor, "fulfil", AuditEntry.Outcome.DONE, request.mailboxName());
            return new Fulfilment.Approved(approvedNow);
        }).thenCompose(fulfilment -> {
            if (fulfilment.isFailure()) {
                return sayProblem(turn, texts, fulfilment).thenApply(said -> Optional.<MailboxPlan>empty());
            }
            if (fulfilment.get() instanceof Fulfilment.Refused refused) {
                return CardReplies.say(turn, texts.get(refused.reason(), number))
                        .thenApply(said -> Optional.<MailboxPlan>empty());
            }
            Optional<AccessRequest> request = requests.store().find(number);
            CompletableFuture<Void> told = fulfilment.get() instanceof Fulfilment.Approved approved && approved.now()
                    && request.isPresent()
                    ? notifications.requesterOf(request.get(), turn.getActivity().getLocale())
                    : CompletableFuture.completedFuture(null);
            return told.thenApply(done -> request.map(r -> new MailboxPlan(r.mailboxName(), r.proposedMembers())));
        });
    }

    /** What "Create this mailbox" came to, before the wizard starts. */
    private sealed interface Fulfilment {
        /** Approved, {@code now} by this press or before it. */
        record Approved(boolean now) implements Fulfilment {
        }

        record Refused(String reason) implements Fulfilment {
        }
    }

    // --- decisions

    private CompletableFuture<Void> approve(TurnContext turn, Texts texts, String actor, long number) {
        String locale = turn.getActivity().getLocale();
        String actorName = Optional.ofNullable(turn.getActivity().getFrom().getName()).orElse(actor);
        return calls.read(service -> decider.approve(number, actor, views.nameOr(actor, actorName)))
                .thenCompose(outcome -> afterDecision(turn, texts, actor, number, outcome, locale));
    }

    private CompletableFuture<Void> askRejectReason(TurnContext turn, Texts texts, String actor, long number) {
        return calls.read(service -> decider.check(number, actor, "reject")).thenCompose(refused -> {
            if (refused.isFailure()) {
                return sayProblem(turn, texts, refused);
            }
            if (refused.get().isPresent()) {
                return refuse(turn, texts, number, refused.get().get());
            }
            return withRequest(turn, texts, number, request ->
                    views.card(texts, request, RequestCard.View.REJECTING, Optional.empty()));
        });
    }

    private CompletableFuture<Void> reject(TurnContext turn, Texts texts, String actor, long number, String reason) {
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            return withRequest(turn, texts, number, request -> views.card(texts, request, RequestCard.View.REJECTING,
                    Optional.of(texts.get("request.card.rejectRequired"))));
        }
        String locale = turn.getActivity().getLocale();
        String actorName = Optional.ofNullable(turn.getActivity().getFrom().getName()).orElse(actor);
        return calls.read(service -> decider.reject(number, actor, views.nameOr(actor, actorName), reason))
                .thenCompose(outcome -> afterDecision(turn, texts, actor, number, outcome, locale));
    }

    private CompletableFuture<Void> afterDecision(TurnContext turn, Texts texts, String actor, long number,
                                                  Attempt<Decider.Outcome> outcome, String locale) {
        if (outcome.isFailure()) {
            return sayProblem(turn, texts, outcome);
        }
        if (outcome.get() instanceof Decider.Refused refused) {
            return refuse(turn, texts, number, refused);
        }
        AccessRequest decided = ((Decider.Decided) outcome.get()).request();
        return showRequest(turn, texts, actor, decided, Optional.empty())
                .thenCompose(shown -> notifications.requesterOf(decided, locale));
    }

    private CompletableFuture<Void> refuse(TurnContext turn, Texts texts, long number, Decider.Refused refused) {
        return CardReplies.say(turn, texts.get(refused.reason(), number));
    }

    // --- showing requests

    /**
     * A request's card, for those who may see it: its requester, its approvers, the helpdesk and
     * administrators. Anyone else is refused, and the refusal audited.
     */
    private CompletableFuture<Void> show(TurnContext turn, Texts texts, String actor, long number) {
        return calls.read(service -> {
            Optional<AccessRequest> request = requests.store().find(number);
            if (request.isPresent() && !policy.mayView(actor, request.get())) {
                recorder.record(request.get(), actor, "view", AuditEntry.Outcome.REFUSED,
                        "not the requester, an approver, the helpdesk or an administrator");
                throw new MailboxException.OutOfScope(Problem.NOT_VISIBLE, "request #" + number);
            }
            return request;
        }).thenCompose(found -> {
            if (found.isFailure()) {
                return sayProblem(turn, texts, found);
            }
            return found.get().isEmpty() ? CardReplies.say(turn, texts.get("request.refused.notFound", number))
                    : showRequest(turn, texts, actor, found.get().get(), Optional.empty());
        });
    }

    /**
     * The request's card in place of the pressed one. In a personal chat the viewer's own view; where
     * others see the message too, the read-only summary, which Teams refreshes for the requester and the
     * approvers into their own views.
     */
    private CompletableFuture<Void> showRequest(TurnContext turn, Texts texts, String actor, AccessRequest request,
                                                Optional<String> error) {
        String type = turn.getActivity().getConversation().getConversationType();
        boolean personal = type == null || type.equals("personal");
        boolean refreshing = "request.refresh".equalsIgnoreCase(UserInput.of(turn.getActivity()).verb());
        return calls.read(service -> {
            RequestCard.View view = personal || refreshing ? views.viewFor(request, actor) : RequestCard.View.SUMMARY;
            return personal || refreshing ? views.cardFor(texts, request, actor, view, error)
                    : views.card(texts, request, view, error);
        }).thenCompose(card -> card.isFailure() ? sayProblem(turn, texts, card)
                : CardReplies.show(turn, card.get(), Optional.empty()).thenApply(shown -> null));
    }

    private CompletableFuture<Void> withRequest(TurnContext turn, Texts texts, long number,
                                                Function<AccessRequest, AdaptiveCard> card) {
        return calls.read(service -> requests.store().find(number).map(card)).thenCompose(found -> {
            if (found.isFailure()) {
                return sayProblem(turn, texts, found);
            }
            return found.get().isEmpty() ? CardReplies.say(turn, texts.get("request.refused.notFound", number))
                    : CardReplies.show(turn, found.get().get(), Optional.empty()).thenApply(shown -> null);
        });
    }

    private CompletableFuture<Void> myRequests(TurnContext turn, Texts texts, String actor) {
        return calls.read(service -> RequestListCard.render(texts, texts.get("request.list.title"),
                        requests.store().byRequester(actor).stream().map(r -> views.line(texts, r)).toList()))
                .thenCompose(card -> post(turn, texts, card));
    }

    private CompletableFuture<Void> approvals(TurnContext turn, Texts texts, String actor) {
        return calls.read(service -> RequestListCard.render(texts, texts.get("request.list.pendingTitle"),
                        requests.store().pending().stream().filter(r -> policy.refusal(actor, r).isEmpty())
                                .map(r -> views.line(texts, r)).toList()))
                .thenCompose(card -> post(turn, texts, card));
    }

    // --- the helpdesk: queue, assignment, channel, export

    private CompletableFuture<Void> queue(TurnContext turn, Texts texts, String actor) {
        return calls.read(service -> {
            if (!policy.mayTriage(actor)) {
                return Optional.<AdaptiveCard>empty();
            }
            java.time.Instant now = requests.clock().instant();
            List<RequestListCard.Line> lines = requests.store().pending().stream()
                    .sorted(Comparator.comparing(AccessRequest::createdAt))
                    .map(r -> new RequestListCard.Line(r.number(), texts.get("request.queue.line", r.number(),
                            age(texts, java.time.Duration.between(r.createdAt(), now)), RequestViews.rights(texts, r),
                            r.mailboxName(), r.requesterName() + " · " + r.assignedName()
                                    .map(name -> texts.get("request.queue.assigned", name))
                                    .orElse(texts.get("request.queue.unassigned")))))
                    .toList();
            return Optional.of(io.postkamer.cards.requests.RequestQueueCard.render(texts, lines));
        }).thenCompose(card -> {
            if (card.isFailure()) {
                return sayProblem(turn, texts, card);
            }
            if (card.get().isEmpty()) {
                return CardReplies.say(turn, texts.get("request.queue.helpdeskOnly"));
            }
            return CardReplies.show(turn, card.get().get(), Optional.empty()).thenApply(shown -> null);
        });
    }

    private static String age(Texts texts, java.time.Duration age) {
        return age.toHours() < 48 ? texts.get("request.queue.age.hours", Math.max(0, age.toHours()))
                : texts.get("request.queue.age.days", age.toDays());
    }

    private CompletableFuture<Void> assign(TurnContext turn, Texts texts, String actor, long number) {
        String fallbackName = Optional.ofNullable(turn.getActivity().getFrom().getName()).orElse(actor);
        return calls.read(service -> {
            if (!policy.mayTriage(actor)) {
                return "request.queue.helpdeskOnly";
            }
            Optional<AccessRequest> request = requests.store().find(number);
            if (request.isEmpty()) {
                return "request.refused.notFound";
            }
            String name = views.nameOr(actor, fallbackName);
            if (!requests.store().assign(number, actor, name)) {
                return "request.refused.decided";
            }
            decider.record(request.get(), actor, "assign", AuditEntry.Outcome.DONE, name);
            return "";
        }).thenCompose(refusal -> {
            if (refusal.isFailure()) {
                return sayProblem(turn, texts, refusal);
            }
            if (!refusal.get().isEmpty()) {
                return CardReplies.say(turn, texts.get(refusal.get(), number));
            }
            return queue(turn, texts, actor);
        });
    }

    private CompletableFuture<Void> setHelpdeskChannel(TurnContext turn, Texts texts, String actor) {
        Activity activity = turn.getActivity();
        String type = activity.getConversation().getConversationType();
        if (type == null || type.equals("personal")) {
            return CardReplies.say(turn, texts.get("request.channel.notAChannel"));
        }
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure() || !admin.get()) {
                return CardReplies.say(turn, texts.get("request.channel.adminsOnly"));
            }
            return calls.read(service -> {
                reach.makeHelpdeskChannel(activity);
                String channel = Reach.channelId(activity);
                recorder.record(actor, "set helpdesk channel", new AuditEntry.Target(channel, channel, ""),
                        AuditEntry.Outcome.DONE, "");
                return true;
            }).thenCompose(done -> done.isFailure() ? sayProblem(turn, texts, done)
                    : CardReplies.say(turn, texts.get("request.channel.set")));
        });
    }

    private CompletableFuture<Void> exportAudit(TurnContext turn, Texts texts, String actor,
                                                RequestIntents.Export asked) {
        return calls.isAdministrator(actor).thenCompose(admin -> {
            if (admin.isFailure() || !admin.get()) {
                recorder.record(actor, "export audit", AuditEntry.Target.NONE, AuditEntry.Outcome.REFUSED,
                        "not an administrator");
                return CardReplies.say(turn, texts.get("request.export.adminsOnly"));
            }
            return calls.read(service -> {
                Optional<String> mailbox = asked.mailbox().map(name -> calls.finder().entry(service, name)
                        .map(MailboxEntry::primarySmtpAddress)
                        .or(() -> service.mailbox(name).map(Mailbox::primarySmtpAddress))
                        .orElseThrow(() -> new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, name)));
                AuditFilter filter = new AuditFilter(mailbox, asked.from().map(AccessRequests::startOf),
                        asked.until().map(day -> startOf(day.plusDays(1))));
                return requests.audit().all(filter);
            }).thenCompose(entries -> {
                if (entries.isFailure()) {
                    return sayProblem(turn, texts, entries);
                }
                String csv = AuditCsv.of(entries.get());
                URI link = requests.downloads().offer(new Downloads.Download("postkamer-audit.csv",
                        "text/csv; charset=utf-8", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                recorder.record(actor, "export audit", AuditEntry.Target.NONE, AuditEntry.Outcome.DONE,
                        entries.get().size() + " lines" + asked.mailbox().map(m -> ", mailbox " + m).orElse("")
                                + asked.from().map(d -> ", from " + d).orElse("")
                                + asked.until().map(d -> ", until " + d).orElse(""));
                return CardReplies.show(turn, ExportCard.render(texts, entries.get().size(), link,
                        requests.downloads().validFor()), Optional.empty()).thenApply(shown -> null);
            });
        });
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    // --- owners

    private CompletableFuture<Void> setOwners(TurnContext turn, Texts texts, String actor,
                                              RequestIntents.SetOwners asked) {
        Audited what = Audited.of(asked.mailbox(), "set request approvers", "", String.join(", ", asked.owners()));
        return calls.change(actor, what, service -> {
            // A mailbox or person that is not there is a failure the audit records as such, never "done".
            Mailbox box = calls.finder().shared(service, asked.mailbox()).orElseThrow(() ->
                    new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, asked.mailbox()));
            List<Person> owners = new ArrayList<>();
            for (String who : asked.owners()) {
                owners.add(findPerson(service, who).orElseThrow(() ->
                        new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, who)));
            }
            requests.owners().setOwners(box.id(), owners.stream().map(Person::id).toList());
            String names = owners.stream().map(Person::displayName).collect(Collectors.joining(", "));
            return owners.isEmpty() ? texts.get("request.owners.cleared", box.displayName())
                    : texts.get("request.owners.set", box.displayName(), names);
        }).thenCompose(said -> {
            if (said.isFailure()) {
                return CardReplies.say(turn, said.problem() instanceof io.postkamer.mailbox.MailboxException.NotAuthorised
                        ? texts.get("request.owners.adminsOnly") : Message.of(said.problem()).in(texts));
            }
            return CardReplies.say(turn, said.get());
        });
    }

    private static Optional<Person> findPerson(MailboxService service, String who) {
        String wanted = who.strip();
        return service.searchPrincipals(wanted, 10).stream()
                .filter(Person.class::isInstance).map(Person.class::cast)
                .filter(p -> p.displayName().equalsIgnoreCase(wanted) || p.mail().equalsIgnoreCase(wanted)
                        || p.userPrincipalName().equalsIgnoreCase(wanted))
                .findFirst();
    }

    // --- helpers


    private LocalDate today() {
        return LocalDate.ofInstant(requests.clock().instant(), ZoneOffset.UTC);
    }

    private static CompletableFuture<Void> post(TurnContext turn, Texts texts, Attempt<AdaptiveCard> card) {
        if (card.isFailure()) {
            return sayProblem(turn, texts, card);
        }
        return CardReplies.show(turn, card.get(), Optional.empty()).thenApply(shown -> null);
    }

    private static CompletableFuture<Void> sayProblem(TurnContext turn, Texts texts, Attempt<?> failed) {
        return CardReplies.say(turn, Message.of(failed.problem()).in(texts));
    }

    static Activity message(AdaptiveCard card) {
        return MessageFactory.attachment(CardReplies.attachment(card));
    }
}
