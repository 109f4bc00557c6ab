package io.postkamer.dialogs.requests;

/** Whether what an approved request asked for has been granted in Exchange. */
public enum ApplyState {
    NOT_YET,
    APPLIED,
    FAILED
}
