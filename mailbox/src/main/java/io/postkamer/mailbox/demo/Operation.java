package io.postkamer.mailbox.demo;

/**
 * The operations of the mailbox service, for fault injection. Each names the Microsoft 365 service the
 * real client calls for it, so an injected fault reads like the real one.
 */
public enum Operation {
    ORGANISATION(Service.EXCHANGE),
    PERSON(Service.GRAPH),
    ROLES_OF(Service.GRAPH),
    MANAGER_OF(Service.GRAPH),
    SEARCH_PRINCIPALS(Service.GRAPH),
    GROUP(Service.GRAPH),
    MEMBERS_OF(Service.GRAPH),
    SHARED_MAILBOXES(Service.EXCHANGE),
    MAILBOX(Service.EXCHANGE),
    ADDRESS_IN_USE(Service.EXCHANGE),
    CREATE_SHARED_MAILBOX(Service.EXCHANGE),
    CONVERT_TO_SHARED(Service.EXCHANGE),
    SET_HIDDEN_FROM_ADDRESS_LISTS(Service.EXCHANGE),
    DELEGATES(Service.EXCHANGE),
    GRANT(Service.EXCHANGE),
    REVOKE(Service.EXCHANGE),
    SET_SIGN_IN_BLOCKED(Service.GRAPH),
    REMOVE_LICENCE(Service.GRAPH),
    ADD_EVENT(Service.GRAPH),
    UPCOMING_EVENTS(Service.GRAPH);

    private final String service;

    Operation(String service) {
        this.service = service;
    }

    /** "Exchange Online" or "Microsoft Graph". */
    public String service() {
        return service;
    }

    private static final class Service {
        static final String EXCHANGE = "Exchange Online";
        static final String GRAPH = "Microsoft Graph";
    }
}
