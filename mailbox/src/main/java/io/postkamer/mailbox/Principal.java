package io.postkamer.mailbox;

/** Someone or something a permission can be granted to: a person or a group. */
public sealed interface Principal permits Person, Group {
    String id();

    String displayName();
}
