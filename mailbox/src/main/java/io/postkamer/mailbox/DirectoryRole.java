package io.postkamer.mailbox;

import java.util.Arrays;
import java.util.Optional;

/** The Entra ID directory roles that may create and change shared mailboxes, by their role template id (the same in every tenant). */
public enum DirectoryRole {
    GLOBAL_ADMINISTRATOR("62e90394-69f5-4237-9190-012177145e10"),
    EXCHANGE_ADMINISTRATOR("29232cdf-9323-42fd-ade2-1d097af3e4de");

    private final String templateId;

    DirectoryRole(String templateId) {
        this.templateId = templateId;
    }

    public String templateId() {
        return templateId;
    }

    public static Optional<DirectoryRole> byTemplateId(String templateId) {
        return Arrays.stream(values())
                .filter(r -> r.templateId.equalsIgnoreCase(templateId))
                .findFirst();
    }
}
