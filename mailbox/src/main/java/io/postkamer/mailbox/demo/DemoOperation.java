package io.postkamer.mailbox.demo;

/** The operations of {@link io.postkamer.mailbox.MailboxService}, to aim injected faults at one of them. */
public enum DemoOperation {
    ORGANISATION(Service.EXCHANGE),
    PERSON(Service.GRAPH),
    ROLES_OF(Service.GRAPH),
    ADMINISTRATORS(Service.GRAPH),
    MANAGER_OF(Service.GRAPH),
    LAST_SIGN_INS(Service.GRAPH),
    SEARCH_PRINCIPALS(Service.GRAPH),
    GROUP(Service.GRAPH),
    MEMBERS_OF(Service.GRAPH),
    SHARED_MAILBOXES(Service.EXCHANGE),
    MAILBOX(Service.EXCHANGE),
    ADDRESS_IN_USE(Service.EXCHANGE),
    CREATE_SHARED_MAILBOX(Service.EXCHANGE),
    CONVERT_TO_SHARED(Service.EXCHANGE),
    SET_HIDDEN_FROM_ADDRESS_LISTS(Service.EXCHANGE),
    SET_SENT_ITEMS_COPIES(Service.EXCHANGE),
    DELEGATES(Service.EXCHANGE),
    GRANT(Service.EXCHANGE),
    REVOKE(Service.EXCHANGE),
    SET_SIGN_IN_BLOCKED(Service.GRAPH),
    SIGN_OUT_EVERYWHERE(Service.GRAPH),
    AUTOMATIC_REPLY(Service.EXCHANGE),
    SET_AUTOMATIC_REPLY(Service.EXCHANGE),
    REMOVE_LICENCE(Service.GRAPH),
    ADD_EVENT(Service.GRAPH),
    UPCOMING_EVENTS(Service.GRAPH),
    OPEN_PERSONAL_CHAT(Service.GRAPH),
    HEALTH_FACTS(Service.EXCHANGE);

    /** The service name the real implementation would put in its errors. */
    enum Service {
        GRAPH("Microsoft Graph"),
        EXCHANGE("Exchange Online");

        final String displayName;

        Service(String displayName) {
            this.displayName = displayName;
        }
    }

    private final Service service;

    DemoOperation(Service service) {
        this.service = service;
    }

    String serviceName() {
        return service.displayName;
    }
}
