package io.postkamer.dialogs.requests;

/** Where a request stands. Only a PENDING request can be decided, once. */
public enum RequestState {
    PENDING,
    APPROVED,
    REJECTED
}
