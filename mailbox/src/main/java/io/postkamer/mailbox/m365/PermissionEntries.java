package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.mailbox.DeletedAccounts;
import java.util.List;

/**
 * The trustees of what {@code Get-MailboxPermission} and {@code Get-RecipientPermission} answer, as Exchange names
 * them: rights given on the mailbox itself (not inherited, not denied). The mailbox's own SELF and the system's
 * well-known identities are no trustees; an account's security identifier is (a deleted account's right).
 */
final class PermissionEntries {
    private PermissionEntries() {}

    /** Who holds Full Access, from the entries of {@code Get-MailboxPermission}. */
    static List<String> fullAccess(List<JsonNode> entries) {
        return entries.stream()
                .filter(entry -> !entry.path("IsInherited").asBoolean(false)
                        && !entry.path("Deny").asBoolean(false)
                        && contains(entry.path("AccessRights"), "FullAccess"))
                .map(entry -> entry.path("User").asText(""))
                .filter(PermissionEntries::isTrustee)
                .toList();
    }

    /** Who holds Send As, from the entries of {@code Get-RecipientPermission -AccessRights SendAs}. */
    static List<String> sendAs(List<JsonNode> entries) {
        return entries.stream()
                .filter(entry -> !entry.path("IsInherited").asBoolean(false)
                        && "Allow"
                                .equalsIgnoreCase(
                                        entry.path("AccessControlType").asText("Allow"))
                        && contains(entry.path("AccessRights"), "SendAs"))
                .map(entry -> entry.path("Trustee").asText(""))
                .filter(PermissionEntries::isTrustee)
                .toList();
    }

    /** Someone or something a right was given to, rather than the system's own identities. */
    static boolean isTrustee(String identity) {
        if (identity.isBlank() || identity.startsWith("NT AUTHORITY\\")) {
            return false;
        }
        return !identity.startsWith("S-1-5-") || DeletedAccounts.isSecurityIdentifier(identity);
    }

    private static boolean contains(JsonNode rights, String right) {
        if (rights.isTextual()) {
            return rights.asText().contains(right);
        }
        for (JsonNode r : rights) {
            if (r.asText().contains(right)) {
                return true;
            }
        }
        return false;
    }
}
