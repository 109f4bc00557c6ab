package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import io.postkamer.cards.Verb;
import io.postkamer.dialogs.common.MailboxCalls;
import io.postkamer.dialogs.common.UserInput;
import io.postkamer.dialogs.create.MailboxPlan;
import io.postkamer.mailbox.MailboxService;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The requests feature as the bot sees it: which turns are its own, and which of its parts answers each.
 * Access requests ({@link AccessRequestForm}), new-mailbox requests ({@link NewMailboxRequests}), decisions
 * ({@link RequestDecisions}), lists ({@link RequestLists}), the helpdesk ({@link HelpdeskQueue},
 * {@link Reassignments}), opening one by its number ({@link RequestCards}), the audit
 * export ({@link AuditExport}) and the mailboxes' owners ({@link OwnerSettings}).
 */
public final class AccessRequests {
    /** The field of a button's data that carries the number of the request it is about. */
    private static final String REQUEST_NUMBER = "request";

    private final Reach reach;
    private final RequestCards cards;
    private final AccessRequestForm form;
    private final NewMailboxRequests newMailboxes;
    private final RequestDecisions decisions;
    private final RequestLists lists;
    private final HelpdeskQueue helpdesk;
    private final AuditExport export;
    private final OwnerSettings owners;
    private final Reassignments reassignments;

    public AccessRequests(MailboxCalls calls, Requests requests) {
        MailboxService service = calls.service();
        ApproverPolicy policy = new ApproverPolicy(service, requests.owners(), requests.settings());
        RequestViews views = new RequestViews(service, requests, policy);
        RequestRecorder recorder = new RequestRecorder(requests, calls.names());
        Decider decider = new Decider(service, requests, policy, recorder);
        this.reach = new Reach(requests);
        Notifications notifications = new Notifications(requests, views, recorder, reach, calls.executor());
        NewRequestNotices notices = new NewRequestNotices(calls, requests, views, notifications);
        this.cards = new RequestCards(calls, requests, policy, views, recorder);
        this.form = new AccessRequestForm(calls, requests, policy, recorder, cards, notices);
        this.newMailboxes =
                new NewMailboxRequests(calls, requests, policy, views, recorder, notifications, cards, notices);
        this.decisions = new RequestDecisions(calls, decider, views, notifications, cards);
        this.lists = new RequestLists(calls, requests, policy, views);
        this.helpdesk = new HelpdeskQueue(calls, requests, policy, views, recorder, reach);
        this.export = new AuditExport(calls, requests, recorder);
        this.owners = new OwnerSettings(calls, requests);
        this.reassignments = new Reassignments(calls, requests, policy, views, recorder, notifications, cards);
    }

    /**
     * The welcome card's "Request access" button and the buttons of the request cards; not "Create this
     * mailbox", which the bot hands to {@link #fulfil} as it starts the create conversation.
     */
    public boolean handlesAction(UserInput input) {
        return input.action()
                .filter(verb -> verb.feature() == Verb.Feature.REQUESTS && verb != Verb.FULFIL)
                .isPresent();
    }

    public boolean handlesText(UserInput input) {
        return input.isText() && RequestIntents.any(input.text());
    }

    /** Remembers where the sender of this turn can be reached later. */
    public void seen(TurnContext turn) {
        reach.seen(turn);
    }

    /** Answers what {@link #handlesText} or {@link #handlesAction} took. */
    public CompletableFuture<Void> answer(TurnContext turn, UserInput input) {
        Asker asker = Asker.of(turn);
        return input.isText() ? answerText(turn, asker, input.text()) : answerPress(turn, asker, input);
    }

    private CompletableFuture<Void> answerText(TurnContext turn, Asker asker, String text) {
        if (RequestIntents.isNewMailbox(text)) {
            return newMailboxes.open(turn, asker, RequestIntents.newMailboxFor(text));
        }
        Optional<Optional<String>> access = RequestIntents.requestAccess(text);
        if (access.isPresent()) {
            return form.open(turn, asker, access.get());
        }
        Optional<Long> number = RequestIntents.requestNumber(text);
        if (number.isPresent()) {
            return cards.view(turn, asker, number.get());
        }
        if (RequestIntents.isMyRequests(text)) {
            return lists.mine(turn, asker);
        }
        if (RequestIntents.isApprovals(text)) {
            return lists.toApprove(turn, asker);
        }
        if (RequestIntents.isQueue(text)) {
            return helpdesk.show(turn, asker);
        }
        if (RequestIntents.isSetHelpdeskChannel(text)) {
            return helpdesk.setChannel(turn, asker);
        }
        Optional<RequestIntents.Export> asked = RequestIntents.exportAudit(text);
        if (asked.isPresent()) {
            return export.export(turn, asker, asked.get());
        }
        return owners.set(turn, asker, RequestIntents.setOwners(text).orElseThrow());
    }

    private CompletableFuture<Void> answerPress(TurnContext turn, Asker asker, UserInput input) {
        Verb verb = input.action().orElseThrow();
        long number = numberIn(input);
        return switch (verb) {
            case REQUEST_ACCESS ->
                form.open(turn, asker, Optional.of(input.input("mailbox")).filter(id -> !id.isEmpty()));
            case REQUEST_NEW_MAILBOX -> newMailboxes.open(turn, asker);
            case SUBMIT_REQUEST -> form.submit(turn, asker, input);
            case SUBMIT_NEW_MAILBOX -> newMailboxes.submit(turn, asker, input);
            case APPROVE -> decisions.approve(turn, asker, number);
            case REJECT -> decisions.askReason(turn, asker, number);
            case CONFIRM_REJECT -> decisions.reject(turn, asker, number, input.input("rejectReason"));
            case ASSIGN -> helpdesk.assign(turn, asker, number);
            case REASSIGN -> reassignments.reassign(turn, asker, number, input.input("approver"));
            case REFRESH_REQUEST -> cards.view(turn, asker, number);
            case FULFIL -> throw new IllegalArgumentException("Create this mailbox is answered by fulfil");
            default -> throw new IllegalArgumentException("not a verb of the requests feature: " + verb.id());
        };
    }

    /**
     * "Create this mailbox" on a new-mailbox request: approved by an administrator who did not ask for it,
     * it returns the name and members the create conversation starts with; empty after telling why not.
     */
    public CompletableFuture<Optional<MailboxPlan>> fulfil(TurnContext turn, UserInput input) {
        return newMailboxes.fulfil(turn, Asker.of(turn), numberIn(input));
    }

    private static long numberIn(UserInput input) {
        return input.data().path(REQUEST_NUMBER).asLong(0);
    }
}
