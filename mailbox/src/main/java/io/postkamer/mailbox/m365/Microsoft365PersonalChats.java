package io.postkamer.mailbox.m365;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.PersonalChat;
import io.postkamer.mailbox.PersonalChats;
import io.postkamer.mailbox.Problem;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Personal chats through Microsoft Graph: the app is installed for the person
 * ({@code POST /users/{id}/teamwork/installedApps}, 409 when they have it), its installation found
 * ({@code GET …/installedApps?$filter=teamsApp/id eq …}) and the chat that comes with it read
 * ({@code GET …/installedApps/{installation}/chat}). Needs {@code TeamsAppInstallation.ReadWriteSelfForUser.All};
 * without a configured catalog id also {@code AppCatalog.Read.All}, to find the app by its manifest id.
 * Repeating any step is harmless, so a lost answer is simply asked again; 429s wait as every Graph call does.
 */
final class Microsoft365PersonalChats implements PersonalChats {
    private final GraphTeamsApps apps;
    private final Resilience resilience;
    private final Predicate<String> isDirectoryKey;
    private final Optional<String> configuredCatalogId;
    private final String manifestId;
    private final Cache<String, String> catalogId =
            Caffeine.newBuilder().maximumSize(1).build();
    /** A chat stays the person's as long as they have the app; kept a day, then asked again. */
    private final Cache<String, String> chats = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofDays(1))
            .build();

    Microsoft365PersonalChats(
            GraphClient graph,
            Resilience resilience,
            Predicate<String> isDirectoryKey,
            Optional<String> catalogId,
            String manifestId) {
        this.apps = new GraphTeamsApps(graph);
        this.resilience = resilience;
        this.isDirectoryKey = isDirectoryKey;
        this.configuredCatalogId = catalogId.map(String::strip).filter(id -> !id.isEmpty());
        this.manifestId = manifestId;
    }

    @Override
    public PersonalChat open(String personId) {
        if (!isDirectoryKey.test(personId)) {
            throw new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, String.valueOf(personId));
        }
        String known = chats.getIfPresent(personId);
        if (known != null) {
            return new PersonalChat(personId, known, false);
        }
        String app = catalogId();
        boolean installedNow = resilience
                .run(null, attempt -> apps.installApp(personId, app))
                .orElseThrow(() -> new MailboxException.NotFound(Problem.PERSON_NOT_FOUND, personId));
        String installation = resilience
                .run(null, attempt -> apps.installationId(personId, app))
                .orElseThrow(() -> unavailable(personId));
        String chat = resilience
                .run(null, attempt -> apps.installationChatId(personId, installation))
                .filter(id -> !id.isEmpty())
                .orElseThrow(() -> unavailable(personId));
        chats.put(personId, chat);
        return new PersonalChat(personId, chat, installedNow);
    }

    private String catalogId() {
        if (configuredCatalogId.isPresent()) {
            return configuredCatalogId.get();
        }
        return catalogId.get(
                manifestId,
                id -> resilience
                        .run(null, attempt -> apps.catalogAppId(id))
                        .orElseThrow(() -> new MailboxException.InvalidInput(Problem.PERSONAL_CHAT_UNAVAILABLE, id)));
    }

    private static MailboxException unavailable(String personId) {
        return new MailboxException.InvalidInput(Problem.PERSONAL_CHAT_UNAVAILABLE, personId);
    }
}
