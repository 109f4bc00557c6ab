package io.postkamer.dialogs.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Proactive messages as Teams would receive them: to whom (the reference's user), and the card. Sent
 * through the test's channel (in connector mode the SDK's connector client posts them), and recorded
 * only once the channel took them.
 */
public final class RecordingMessenger implements ProactiveMessenger {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Sent(String aadObjectId, String conversationId, JsonNode card) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private ProactiveMessenger channel = (to, message) -> CompletableFuture.completedFuture(null);

    /** From now on messages go out through this channel's connector. */
    public void sendThrough(ProactiveMessenger channel) {
        this.channel = channel;
    }

    @Override
    public CompletableFuture<Void> send(ConversationReference to, Activity message) {
        Sent recorded = new Sent(
                to.getUser().getAadObjectId(),
                to.getConversation().getId(),
                JSON.valueToTree(message.getAttachments().get(0).getContent()));
        return channel.send(to, message).thenRun(() -> sent.add(recorded));
    }

    public List<Sent> to(String aadObjectId) {
        return sent.stream().filter(s -> aadObjectId.equals(s.aadObjectId())).toList();
    }

    public List<Sent> inConversation(String conversationId) {
        return sent.stream()
                .filter(s -> conversationId.equals(s.conversationId()))
                .toList();
    }

    public List<Sent> all() {
        return List.copyOf(sent);
    }
}
