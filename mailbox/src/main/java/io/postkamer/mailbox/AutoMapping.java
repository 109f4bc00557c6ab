package io.postkamer.mailbox;

/**
 * Whether a Full Access grant maps the mailbox in its member's Outlook. Exchange sets it when the permission is
 * added and documents no way to read it back, so on a real tenant it is known only for grants the bot made
 * itself; for a grant made elsewhere it is {@link #UNKNOWN}, never guessed.
 */
public enum AutoMapping {
    ON,
    OFF,
    UNKNOWN;

    public static AutoMapping of(boolean on) {
        return on ? ON : OFF;
    }

    public boolean isOn() {
        return this == ON;
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }
}
