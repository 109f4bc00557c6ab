package io.postkamer.dialogs.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import io.postkamer.mailbox.Person;
import java.time.Duration;
import java.util.Optional;

/**
 * The names the audit writes beside ids, as the directory and Exchange have them now: never the names
 * a card carried, which anyone can change. Kept ten minutes; when the directory cannot be asked, the id
 * stands for the name.
 */
public final class DirectoryNames {
    private final MailboxService service;
    private final Cache<String, AuditEntry.Party> people = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .recordStats()
            .build();

    public DirectoryNames(MailboxService service) {
        this.service = service;
    }

    /** The names kept, for their hit ratio. */
    public Cache<String, AuditEntry.Party> cache() {
        return people;
    }

    /** A person (or group) by id; the bot itself as {@link AuditEntry.Party#BOT}. */
    public AuditEntry.Party party(String id) {
        if (id == null || id.isBlank() || id.equals(AuditEntry.Party.BOT.id())) {
            return AuditEntry.Party.BOT;
        }
        AuditEntry.Party known = people.getIfPresent(id);
        if (known != null) {
            return known;
        }
        try {
            Optional<String> name = service.person(id)
                    .map(Person::displayName)
                    .or(() -> service.group(id).map(Group::displayName));
            AuditEntry.Party party = new AuditEntry.Party(id, name.orElse(id));
            people.put(id, party);
            return party;
        } catch (MailboxException unreachable) {
            return new AuditEntry.Party(id, id);
        }
    }

    /** A person's name, or their id. */
    public String nameOf(String id) {
        return party(id).name();
    }

    /** A mailbox by id or address, filed under its primary address; a target that is no mailbox by what it is. */
    public AuditEntry.Target target(String idOrAddress) {
        String given = idOrAddress == null ? "" : idOrAddress.strip();
        if (given.isEmpty()) {
            return AuditEntry.Target.NONE;
        }
        try {
            Optional<Mailbox> mailbox = service.mailbox(given);
            if (mailbox.isPresent()) {
                Mailbox m = mailbox.get();
                return AuditEntry.Target.mailbox(m.id(), m.displayName(), m.primarySmtpAddress());
            }
            return service.person(given)
                    .map(p -> new AuditEntry.Target(p.id(), p.displayName(), ""))
                    .orElse(new AuditEntry.Target(given, given, given.contains("@") ? given : ""));
        } catch (MailboxException unreachable) {
            return new AuditEntry.Target(given, given, given.contains("@") ? given : "");
        }
    }
}
