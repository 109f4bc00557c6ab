package io.postkamer.mailbox;

/** A new mailbox can take minutes before members can be added to it. */
public enum ProvisioningState {
    PROVISIONING,
    READY
}
