package io.postkamer.mailbox;

import java.util.Objects;

/** A user in the directory (an Entra ID user object). */
public record Person(
        String id, String displayName, String userPrincipalName, String mail, String department, String jobTitle)
        implements Principal {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        mail = mail == null ? "" : mail;
        department = department == null ? "" : department;
        jobTitle = jobTitle == null ? "" : jobTitle;
    }
}
