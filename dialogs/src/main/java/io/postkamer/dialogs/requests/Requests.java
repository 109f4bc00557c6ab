package io.postkamer.dialogs.requests;

import io.postkamer.dialogs.audit.AuditTrail;
import io.postkamer.dialogs.audit.InMemoryAuditTrail;
import io.postkamer.dialogs.requests.memory.MemoryConversationReferences;
import io.postkamer.dialogs.requests.memory.MemoryDownloads;
import io.postkamer.dialogs.requests.memory.MemoryMailboxOwners;
import io.postkamer.dialogs.requests.memory.MemoryRequestStore;
import io.postkamer.dialogs.requests.memory.MemoryScheduledJobs;
import io.postkamer.mailbox.PersonalChats;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * What the requests feature keeps and how it reaches people, as the application wires it.
 *
 * @param audit the one audit, shared with every other change the bot makes
 * @param chats opens a chat with someone who never wrote to the bot
 */
public record Requests(
        RequestStore store,
        AuditTrail audit,
        MailboxOwners owners,
        ConversationReferences references,
        ScheduledJobs jobs,
        ProactiveMessenger messenger,
        PersonalChats chats,
        Downloads downloads,
        RequestSettings settings,
        Clock clock) {

    /** Kept in memory, nobody reachable later: for conversations that do not use requests. */
    public static Requests inMemory() {
        return inMemory(
                (to, message) -> CompletableFuture.completedFuture(null), RequestSettings.none(), Clock.systemUTC());
    }

    /** Kept in memory; only people who wrote to the bot can be reached. */
    public static Requests inMemory(ProactiveMessenger messenger, RequestSettings settings, Clock clock) {
        return inMemory(messenger, PersonalChats.none(), settings, clock);
    }

    /** The same, with this audit instead of its own. */
    public Requests withAudit(AuditTrail other) {
        return new Requests(store, other, owners, references, jobs, messenger, chats, downloads, settings, clock);
    }

    public static Requests inMemory(
            ProactiveMessenger messenger, PersonalChats chats, RequestSettings settings, Clock clock) {
        return new Requests(
                new MemoryRequestStore(),
                new InMemoryAuditTrail(),
                new MemoryMailboxOwners(),
                new MemoryConversationReferences(),
                new MemoryScheduledJobs(),
                messenger,
                chats,
                new MemoryDownloads(URI.create("https://postkamer.test/")),
                settings,
                clock);
    }
}
