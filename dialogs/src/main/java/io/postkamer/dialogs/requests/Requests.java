package io.postkamer.dialogs.requests;

import io.postkamer.dialogs.requests.memory.MemoryConversationReferences;
import io.postkamer.dialogs.requests.memory.MemoryDownloads;
import io.postkamer.dialogs.requests.memory.MemoryMailboxOwners;
import io.postkamer.dialogs.requests.memory.MemoryRequestHistory;
import io.postkamer.dialogs.requests.memory.MemoryRequestStore;
import io.postkamer.dialogs.requests.memory.MemoryScheduledJobs;
import io.postkamer.mailbox.PersonalChats;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * What the requests feature keeps and how it reaches people, as the application wires it.
 *
 * @param chats opens a chat with someone who never wrote to the bot
 */
public record Requests(RequestStore store, RequestHistory history, MailboxOwners owners,
                       ConversationReferences references, ScheduledJobs jobs, ProactiveMessenger messenger,
                       PersonalChats chats, Downloads downloads, RequestSettings settings, Clock clock) {

    /** Kept in memory, nobody reachable later: for conversations that do not use requests. */
    public static Requests inMemory() {
        return inMemory((to, message) -> CompletableFuture.completedFuture(null), RequestSettings.none(),
                Clock.systemUTC());
    }

    /** Kept in memory; only people who wrote to the bot can be reached. */
    public static Requests inMemory(ProactiveMessenger messenger, RequestSettings settings, Clock clock) {
        return inMemory(messenger, PersonalChats.none(), settings, clock);
    }

    public static Requests inMemory(ProactiveMessenger messenger, PersonalChats chats, RequestSettings settings,
                                    Clock clock) {
        return new Requests(new MemoryRequestStore(), new MemoryRequestHistory(), new MemoryMailboxOwners(),
                new MemoryConversationReferences(), new MemoryScheduledJobs(), messenger, chats,
                new MemoryDownloads(URI.create("https://postkamer.test/")), settings, clock);
    }
}
