package io.postkamer.mailbox;

import java.util.Objects;

/** What the admin asked to create; validated by the service before any remote write. */
public record NewSharedMailbox(String displayName, String alias, String domain) {
    public static final int MAX_DISPLAY_NAME_LENGTH = 256;
    /**
     * The longest name a person may choose for a new mailbox, in the wizard or a request: Exchange takes
     * {@value #MAX_DISPLAY_NAME_LENGTH}, but Outlook's folder pane and the cards cut a name long before that.
     */
    public static final int MAX_CHOSEN_NAME_LENGTH = 64;

    public static final String REFUSED_CHARACTERS = "@$`\"<>{};|\\";

    public NewSharedMailbox {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(domain, "domain");
    }

    public String address() {
        return alias + "@" + domain;
    }

    /**
     * A display name the service sends on: 1 to {@value #MAX_DISPLAY_NAME_LENGTH} characters after
     * trimming, no control or invisible formatting characters (a right-to-left override makes a name
     * read as another), and none of the characters that make a name look like an address, a command,
     * markup or a template ({@link #REFUSED_CHARACTERS}).
     */
    public static boolean isValidDisplayName(String displayName) {
        if (displayName == null) {
            return false;
        }
        String name = displayName.strip();
        return !name.isEmpty()
                && name.length() <= MAX_DISPLAY_NAME_LENGTH
                && name.codePoints()
                        .noneMatch(c -> Character.isISOControl(c)
                                || Character.getType(c) == Character.FORMAT
                                || REFUSED_CHARACTERS.indexOf(c) >= 0);
    }
}
