package io.postkamer.dialogs.manage;

import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.Right;
import java.util.List;
import java.util.Optional;

/**
 * What a press on a mailbox's screens may touch, read from Exchange and the directory at the moment of
 * the press: never the kind, the member or a name that a card carried, since anyone can craft a press.
 * A target outside the scope is a refusal ({@link MailboxException.OutOfScope}).
 */
public final class MailboxScope {
    private MailboxScope() {}

    /** The shared mailbox the press names; a person, their mailbox or anything else is refused. */
    public static Mailbox shared(MailboxService service, String idOrAddress) {
        Mailbox mailbox = existing(service, idOrAddress);
        if (!mailbox.isShared()) {
            throw new MailboxException.OutOfScope(Problem.NOT_A_SHARED_MAILBOX, mailbox.displayName());
        }
        return mailbox;
    }

    /** The user mailbox to convert; a shared one is refused. */
    static Mailbox userMailbox(MailboxService service, String idOrAddress) {
        Mailbox mailbox = existing(service, idOrAddress);
        if (mailbox.kind() != MailboxKind.USER) {
            throw new MailboxException.OutOfScope(Problem.NOT_A_USER_MAILBOX, mailbox.displayName());
        }
        return mailbox;
    }

    /** The right as the mailbox holds it for the member; one it does not hold is refused. */
    static PermissionGrant held(MailboxService service, Mailbox mailbox, String memberId, Right right) {
        return rightsOf(service, mailbox, memberId).stream()
                .filter(grant -> grant.right() == right)
                .findFirst()
                .orElseThrow(() -> new MailboxException.OutOfScope(
                        Problem.RIGHT_NOT_HELD, mailbox.displayName(), nameOf(service, memberId)));
    }

    /** Every right the member holds on the mailbox; someone who holds none is refused. */
    static List<PermissionGrant> member(MailboxService service, Mailbox mailbox, String memberId) {
        List<PermissionGrant> held = rightsOf(service, mailbox, memberId);
        if (held.isEmpty()) {
            throw new MailboxException.OutOfScope(
                    Problem.NOT_A_MEMBER, mailbox.displayName(), nameOf(service, memberId));
        }
        return held;
    }

    /** The right if the mailbox holds it for the member. */
    static Optional<PermissionGrant> holding(MailboxService service, Mailbox mailbox, String memberId, Right right) {
        return rightsOf(service, mailbox, memberId).stream()
                .filter(grant -> grant.right() == right)
                .findFirst();
    }

    /** A member of the mailbox as the audit's target, filed under the mailbox. */
    static AuditEntry.Target member(Mailbox mailbox, PermissionGrant grant) {
        return new AuditEntry.Target(grant.trusteeId(), grant.trusteeName(), mailbox.primarySmtpAddress());
    }

    public static AuditEntry.Target target(Mailbox mailbox) {
        return AuditEntry.Target.mailbox(mailbox.id(), mailbox.displayName(), mailbox.primarySmtpAddress());
    }

    private static List<PermissionGrant> rightsOf(MailboxService service, Mailbox mailbox, String memberId) {
        return service.delegates(mailbox.id()).stream()
                .filter(grant -> grant.trusteeId().equalsIgnoreCase(memberId))
                .toList();
    }

    /** A mailbox by id or address; a person without one is no shared mailbox either. */
    private static Mailbox existing(MailboxService service, String idOrAddress) {
        Optional<Mailbox> mailbox = service.mailbox(idOrAddress);
        if (mailbox.isPresent()) {
            return mailbox.get();
        }
        Optional<Person> person = service.person(idOrAddress);
        if (person.isPresent()) {
            throw new MailboxException.OutOfScope(
                    Problem.NOT_A_SHARED_MAILBOX, person.get().displayName());
        }
        throw new MailboxException.NotFound(Problem.MAILBOX_NOT_FOUND, idOrAddress);
    }

    private static String nameOf(MailboxService service, String personId) {
        try {
            return service.person(personId).map(Person::displayName).orElse(personId);
        } catch (MailboxException unknown) {
            return personId;
        }
    }
}
