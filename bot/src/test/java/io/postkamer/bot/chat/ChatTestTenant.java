package io.postkamer.bot.chat;

import io.postkamer.mailbox.AcceptedDomain;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAccount;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Organisation;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people of the demo tenant (two administrators, four colleagues) and what the first screens of
 * the create conversation read; enough to drive the chat page, nothing more.
 */
final class ChatTestTenant implements MailboxService {
    static final String MEGAN = "3698c9a7-0210-47ec-80eb-4360e0abd6f0";
    static final String ADELE = "bd75e33f-b00e-435d-b35b-689a52020b58";
    static final String FLIP = "291d3957-a94a-4d01-b0be-52a317710a3d";

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Set<DirectoryRole>> roles = new LinkedHashMap<>();
    private final Map<String, Mailbox> mailboxes = new ConcurrentHashMap<>();

    ChatTestTenant() {
        person("fc654dab-7509-4ccd-b23e-187f1fd03e42", "Ger Verbeek", "ger.verbeek", "Facilitair medewerker");
        person(FLIP, "Flip Schoonen", "flip.schoonen", "Medewerker receptie");
        person("b642bc1e-dc5f-47dc-8fb5-d89e618b023f", "Lotte de Vries", "lotte.devries", "Helpdeskmedewerker");
        person(ADELE, "Adele Vance", "adele.vance", "Systeembeheerder", DirectoryRole.EXCHANGE_ADMINISTRATOR);
        person("30b96472-e613-420d-86ac-ef13e529ee20", "Pieter Jansen", "pieter.jansen", "Hoofd Facilitaire Dienst");
        person(MEGAN, "Megan Bowen", "megan.bowen", "IT-manager", DirectoryRole.GLOBAL_ADMINISTRATOR);
    }

    private void person(String id, String name, String alias, String jobTitle, DirectoryRole... held) {
        people.put(id, new Person(id, name, alias + "@contoso.com", alias + "@contoso.com", "", jobTitle));
        roles.put(id, Set.of(held));
    }

    @Override
    public Organisation organisation() {
        return new Organisation("4a34b50b-bfd4-4b04-92cf-507e4375d569", "Contoso", false,
                List.of(new AcceptedDomain("contoso.com", true), new AcceptedDomain("contoso.nl", false)));
    }

    @Override
    public Optional<Person> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public Set<DirectoryRole> rolesOf(String personId) {
        return roles.getOrDefault(personId, Set.of());
    }

    @Override
    public Optional<Person> managerOf(String personId) {
        return Optional.empty();
    }

    /** Like the demo tenant: a word of the name or the start of the address; an empty prefix finds nobody. */
    @Override
    public List<Principal> searchPrincipals(String prefix, int limit) {
        String wanted = prefix.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return people.values().stream()
                .filter(p -> p.mail().startsWith(wanted)
                        || List.of(p.displayName().toLowerCase(Locale.ROOT).split(" ")).stream().anyMatch(w -> w.startsWith(wanted)))
                .limit(limit).map(Principal.class::cast).toList();
    }

    @Override
    public Optional<Group> group(String id) {
        return Optional.empty();
    }

    @Override
    public List<Person> membersOf(String groupId) {
        return List.of();
    }

    @Override
    public List<Mailbox> sharedMailboxes() {
        return List.copyOf(mailboxes.values());
    }

    @Override
    public Optional<Mailbox> mailbox(String idOrAddress) {
        return mailboxes.values().stream()
                .filter(m -> m.id().equals(idOrAddress) || m.primarySmtpAddress().equalsIgnoreCase(idOrAddress))
                .findFirst();
    }

    @Override
    public boolean addressInUse(String address) {
        return people.values().stream().anyMatch(p -> p.mail().equalsIgnoreCase(address)) || mailbox(address).isPresent();
    }

    @Override
    public Created createSharedMailbox(NewSharedMailbox request) {
        Mailbox mailbox = new Mailbox("mailbox-" + request.alias(), request.displayName(), request.alias(),
                request.address(), MailboxKind.SHARED, false, ProvisioningState.READY,
                new MailboxAccount("user-" + request.alias(), false, List.of()), new MailboxStorage(0, false, false));
        mailboxes.put(mailbox.id(), mailbox);
        return new Created(mailbox, Change.MADE);
    }

    @Override
    public Change convertToShared(String mailboxId) {
        throw new UnsupportedOperationException("not needed by the chat page tests");
    }

    @Override
    public Change setHiddenFromAddressLists(String mailboxId, boolean hidden) {
        throw new UnsupportedOperationException("not needed by the chat page tests");
    }

    @Override
    public List<PermissionGrant> delegates(String mailboxId) {
        return List.of();
    }

    @Override
    public Change grant(String mailboxId, String trusteeId, Right right, boolean autoMapping) {
        throw new UnsupportedOperationException("not needed by the chat page tests");
    }

    @Override
    public Change revoke(String mailboxId, String trusteeId, Right right) {
        throw new UnsupportedOperationException("not needed by the chat page tests");
    }

    @Override
    public Change setSignInBlocked(String mailboxId, boolean blocked) {
        throw new UnsupportedOperationException("not needed by the chat page tests");
    }

    @Override
    public Change removeLicence(String mailboxId, String skuId) {
        throw new UnsupportedOperationException("not needed by the chat page tests");
    }

    @Override
    public CalendarEvent addEvent(String mailboxId, String subject, OffsetDateTime start, OffsetDateTime end,
                                  String location) {
        throw new UnsupportedOperationException("not needed by the chat page tests");
    }

    @Override
    public List<CalendarEvent> upcomingEvents(String mailboxId, OffsetDateTime from, int limit) {
        return List.of();
    }
}
