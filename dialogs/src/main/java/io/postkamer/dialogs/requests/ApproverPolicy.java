package io.postkamer.dialogs.requests;

import io.postkamer.mailbox.MailboxAdministrators;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who approves a request: the mailbox's owners, else the requester's manager, else the helpdesk (the
 * approver of last resort), and whoever the helpdesk handed the request to. The helpdesk may reject any
 * request (triage). Administrators may approve anything; nobody decides their own request. Asked of the directory and the
 * owners list at the moment of deciding, never remembered from when the card was shown. Blocking.
 */
public final class ApproverPolicy {
    private final MailboxService service;
    private final MailboxAdministrators administrators;
    private final MailboxOwners owners;
    private final RequestSettings settings;

    public ApproverPolicy(MailboxService service, MailboxOwners owners, RequestSettings settings) {
        this.service = service;
        this.administrators = new MailboxAdministrators(service);
        this.owners = owners;
        this.settings = settings;
    }

    public List<String> approversFor(String requesterId, String mailboxId) {
        List<String> mailboxOwners = without(owners.ownersOf(mailboxId), requesterId);
        if (!mailboxOwners.isEmpty()) {
            return mailboxOwners;
        }
        Optional<String> manager =
                managerOf(requesterId).map(Person::id).filter(id -> !id.equalsIgnoreCase(requesterId));
        if (manager.isPresent()) {
            return List.of(manager.get());
        }
        return without(settings.helpdeskIds(), requesterId);
    }

    /** The helpdesk's agents, who triage every request. */
    public List<String> helpdesk() {
        return settings.helpdeskIds();
    }

    /** Why this person may not decide the request, or empty when they may. */
    public Optional<String> refusal(String actorId, AccessRequest request) {
        return refusal(actorId, request, false);
    }

    /** As {@link #refusal(String, AccessRequest)}; the helpdesk may also reject any request (triage). */
    public Optional<String> refusal(String actorId, AccessRequest request, boolean rejecting) {
        if (rejecting && settings.isHelpdesk(actorId) && !actorId.equalsIgnoreCase(request.requesterId())) {
            return Optional.empty();
        }
        if (actorId.equalsIgnoreCase(request.requesterId())) {
            return Optional.of("request.refused.own");
        }
        // The helpdesk handed the request to this person: they decide it as if the policy had named them.
        boolean approver = request.isReassignedTo(actorId)
                || approversFor(request.requesterId(), request.mailboxId()).stream()
                        .anyMatch(id -> id.equalsIgnoreCase(actorId));
        return approver || isAdministrator(actorId) ? Optional.empty() : Optional.of("request.refused.notApprover");
    }

    /** Whether this person may approve the request (and reject it) now: pending, and theirs to decide. */
    public boolean mayDecide(String actorId, AccessRequest request) {
        return request.isPending() && refusal(actorId, request).isEmpty();
    }

    /**
     * Whom the helpdesk is offered first when it hands a request on: the mailbox's owners and the
     * requester's manager, never the requester.
     */
    public List<String> suggestedApprovers(AccessRequest request) {
        List<String> suggested = new ArrayList<>(without(owners.ownersOf(request.mailboxId()), request.requesterId()));
        managerOf(request.requesterId())
                .map(Person::id)
                .filter(id -> !id.equalsIgnoreCase(request.requesterId()))
                .filter(id -> suggested.stream().noneMatch(id::equalsIgnoreCase))
                .ifPresent(suggested::add);
        return suggested;
    }

    /** Who may see a request: its requester, its approvers, the helpdesk and administrators. */
    public boolean mayView(String actorId, AccessRequest request) {
        return actorId.equalsIgnoreCase(request.requesterId())
                || request.approverIds().stream().anyMatch(id -> id.equalsIgnoreCase(actorId))
                || approversFor(request.requesterId(), request.mailboxId()).stream()
                        .anyMatch(id -> id.equalsIgnoreCase(actorId))
                || mayTriage(actorId);
    }

    /** Helpdesk members and administrators run the queue. */
    public boolean mayTriage(String actorId) {
        return settings.isHelpdesk(actorId) || isAdministrator(actorId);
    }

    public boolean isAdministrator(String actorId) {
        try {
            return administrators.isAdministrator(actorId);
        } catch (MailboxException.NotFound unknown) {
            return false;
        }
    }

    private Optional<Person> managerOf(String personId) {
        try {
            return service.managerOf(personId);
        } catch (MailboxException.NotFound unknown) {
            return Optional.empty();
        }
    }

    private static List<String> without(List<String> ids, String requesterId) {
        return ids.stream().filter(id -> !id.equalsIgnoreCase(requesterId)).toList();
    }
}
