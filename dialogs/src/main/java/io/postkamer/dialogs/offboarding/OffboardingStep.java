package io.postkamer.dialogs.offboarding;

/** The steps of an offboarding, in the order they are done. */
public enum OffboardingStep {
    BLOCK_SIGN_IN,
    SIGN_OUT,
    CONVERT,
    MANAGER_FULL_ACCESS,
    MANAGER_SEND_AS,
    AUTOMATIC_REPLY,
    HIDE,
    /** Only once the conversion is confirmed: a user mailbox without its licence is disabled after 30 days. */
    LICENCES,
    OWN_RIGHTS
}
