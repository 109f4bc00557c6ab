package io.postkamer.mailbox;

import java.util.regex.Pattern;

/**
 * How Exchange names an account that no longer exists in a permission it still holds: by the account's security
 * identifier ({@code S-1-5-21-…}, or {@code S-1-12-1-…} for one made in Entra ID), because nothing is left to
 * resolve it to a name. The well-known identifiers of the system ({@code S-1-5-10} and the like) are not accounts.
 */
public final class DeletedAccounts {
    private static final Pattern ACCOUNT_SID = Pattern.compile("S-1-(?:5-21|12-1)(?:-\\d{1,10}){2,6}");

    private DeletedAccounts() {}

    /** Whether the trustee Exchange shows is the security identifier of an account, not a name. */
    public static boolean isSecurityIdentifier(String trustee) {
        return trustee != null && ACCOUNT_SID.matcher(trustee.strip()).matches();
    }
}
