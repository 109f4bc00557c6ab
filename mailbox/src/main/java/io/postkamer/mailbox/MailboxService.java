package io.postkamer.mailbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything the conversations read from or change in the tenant. Two implementations: the
 * Microsoft 365 client (Graph + Exchange Online admin API) and the embedded demo tenant; one contract
 * test suite runs against both.
 *
 * <p>Calls block and throw {@link MailboxException}. Every write is idempotent: asking for what is
 * already so returns {@link Change#ALREADY_SO} and changes nothing. Input is validated before any
 * remote write. The service acts with the application's own identity; whether the person in the chat
 * may ask for a change is checked by {@link MailboxAdministrators} before calling it.
 */
public interface MailboxService {

    Organisation organisation();

    // --- people, groups, roles

    Optional<Person> person(String id);

    /**
     * Everyone who may manage mailboxes now: the Global Administrators and Exchange Administrators, also those who hold
     * the role through a role-assignable group, by name.
     */
    List<Person> administrators();

    /** Directory roles of a user, transitive (a role held through a role-assignable group counts). */
    Set<DirectoryRole> rolesOf(String personId);

    Optional<Person> managerOf(String personId);

    /**
     * When each of these people last signed in, where the directory keeps it (Entra ID does with a premium licence,
     * and tells it to an app allowed to read sign-in activity); absent for the rest. Never a guess.
     */
    Map<String, Instant> lastSignIns(List<String> personIds);

    /** Prefix search over display name, mail and user principal name, people first, then groups. */
    List<Principal> searchPrincipals(String prefix, int limit);

    /**
     * The first people of the directory by display name, at most {@code limit}: the choices offered
     * where a client cannot search as the person types.
     */
    List<Person> people(int limit);

    /**
     * Whether this directory account is the own account of a shared (or room, or equipment) mailbox rather than a
     * person's: in Entra ID such a mailbox has a user account like anyone's. Nobody to give rights to.
     */
    default boolean isMailboxAccount(String id) {
        return mailbox(id).filter(Mailbox::isShared).isPresent();
    }

    Optional<Group> group(String id);

    List<Person> membersOf(String groupId);

    // --- mailboxes

    /**
     * A page of the tenant's shared mailboxes with what a list shows, {@code size} at most; {@code after}
     * is the {@link MailboxPage#next()} of the page before, empty for the first. What a page costs does not
     * grow with the tenant.
     */
    MailboxPage sharedMailboxes(int size, Optional<String> after);

    /**
     * Shared mailboxes whose name, alias or address starts with the text (the demo tenant also finds a
     * later word of the name), at most {@code limit}: asked of the service, never by listing the tenant.
     */
    List<MailboxEntry> findSharedMailboxes(String text, int limit);

    /**
     * Every shared mailbox, complete (sizes, sign-in, licences): calls grow with the tenant. For tools and
     * tests; a turn asks for a {@link #sharedMailboxes(int, Optional) page} or {@link #findSharedMailboxes finds}.
     */
    List<Mailbox> sharedMailboxes();

    /** A mailbox (shared or user) by id, primary SMTP address or alias. */
    Optional<Mailbox> mailbox(String idOrAddress);

    /** Whether any recipient (mailbox, group, contact, user) already uses this address. */
    boolean addressInUse(String address);

    /**
     * Creates a shared mailbox. Refuses an invalid alias, a domain that is not accepted, a taken
     * address and a hybrid organisation before anything is written. If an earlier attempt already
     * created exactly this mailbox, returns it with {@link Change#ALREADY_SO}.
     */
    Created createSharedMailbox(NewSharedMailbox request);

    /** Converts a user mailbox to a shared one (Set-Mailbox -Type Shared). */
    Change convertToShared(String mailboxId);

    Change setHiddenFromAddressLists(String mailboxId, boolean hidden);

    /**
     * Whether the shared mailbox keeps a copy of what is sent as it and on its behalf in its own Sent Items
     * (Set-Mailbox -MessageCopyForSentAsEnabled -MessageCopyForSendOnBehalfEnabled). Refuses a mailbox that is not
     * there or not shared.
     */
    Change setSentItemsCopies(String mailboxId, SentItemsCopies copies);

    // --- delegates

    List<PermissionGrant> delegates(String mailboxId);

    /** Grants one right; {@code autoMapping} only applies to Full Access. */
    Change grant(String mailboxId, String trusteeId, Right right, boolean autoMapping);

    /**
     * Grants many rights on one mailbox, one outcome per right in the order asked; one that fails
     * leaves the others standing. This one grants them one after another; an implementation on a
     * remote tenant reads what is held once and writes only what is missing, several at a time.
     */
    default List<GrantOutcome> grantAll(String mailboxId, List<RightToGrant> rights) {
        return grantAll(mailboxId, rights, settled -> {});
    }

    /**
     * As {@link #grantAll(String, List)}, telling {@code settled} of each right as soon as its outcome
     * is known (from any thread, in any order), so a long batch can show how far it is.
     */
    default List<GrantOutcome> grantAll(String mailboxId, List<RightToGrant> rights, Consumer<GrantOutcome> settled) {
        List<GrantOutcome> outcomes = new ArrayList<>(rights.size());
        for (RightToGrant asked : rights) {
            GrantOutcome outcome;
            try {
                outcome = new GrantOutcome.Applied(
                        asked, grant(mailboxId, asked.trusteeId(), asked.right(), asked.autoMapping()));
            } catch (MailboxException failed) {
                outcome = new GrantOutcome.Failed(asked, failed);
            }
            outcomes.add(outcome);
            settled.accept(outcome);
        }
        return outcomes;
    }

    /**
     * Takes a right away. {@code trusteeId} is a person's or group's id, or the security identifier by which a health
     * report names a deleted account ({@link DeletedAccounts}); revoking what is not held is {@link Change#ALREADY_SO}.
     */
    Change revoke(String mailboxId, String trusteeId, Right right);

    // --- the health of the shared mailboxes

    /**
     * What a health report is made from, read in bulk: each shared mailbox the scan covers (every one of the tenant,
     * or one) with its account's sign-in state and licences, its size, archive and hold, and every right held on it
     * with who stands behind the trustee now (a person who may sign in, one whose account is disabled, an account
     * that was deleted, a group). Calls grow with the tenant's shared mailboxes, never with a call per trustee where
     * one call can ask for many; a mailbox that cannot be read is listed as unread, unless none can be read at all.
     * A mailbox that is not there or not shared has no facts.
     */
    TenantHealthFacts healthFacts(HealthScan scan);

    // --- the mailbox's user account

    Change setSignInBlocked(String mailboxId, boolean blocked);

    /**
     * Signs the mailbox's account out everywhere: refresh tokens and browser sessions issued before now stop working
     * (Graph {@code revokeSignInSessions}). Always {@link Change#MADE}: asking again only moves the moment.
     */
    Change signOutEverywhere(String mailboxId);

    /** Refuses with {@link Problem#LICENCE_STILL_NEEDED} when the mailbox is over 50 GB, has an archive or a hold. */
    Change removeLicence(String mailboxId, String skuId);

    // --- automatic replies

    AutomaticReply automaticReply(String mailboxId);

    /** Sets the automatic reply; {@link Change#ALREADY_SO} when a reader would already see this one. */
    Change setAutomaticReply(String mailboxId, AutomaticReply reply);

    // --- the shared calendar

    CalendarEvent addEvent(String mailboxId, String subject, OffsetDateTime start, OffsetDateTime end, String location);

    List<CalendarEvent> upcomingEvents(String mailboxId, OffsetDateTime from, int limit);
}
