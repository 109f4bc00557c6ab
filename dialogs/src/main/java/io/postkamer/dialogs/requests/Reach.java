package io.postkamer.dialogs.requests;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import io.postkamer.dialogs.common.Actor;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.PersonalChat;
import io.postkamer.mailbox.Problem;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the bot reaches people outside the conversation they are in: the personal chat it last saw
 * them in, the helpdesk channel, and for someone who never wrote to the bot a personal chat opened for
 * them ({@link io.postkamer.mailbox.PersonalChats}: the app installed for them once), remembered from
 * then on like any other.
 */
public final class Reach {
    private static final Logger LOG = LoggerFactory.getLogger(Reach.class);
    /** Where the helpdesk channel's reference is kept among the people's. */
    public static final String HELPDESK_CHANNEL = "#helpdesk-channel";

    private final Requests requests;
    /** What was last written per key, so an ordinary turn costs no write. */
    private final Map<String, String> written = new ConcurrentHashMap<>();

    public Reach(Requests requests) {
        this.requests = requests;
    }

    /** Remembers where the sender of this turn can be reached later: their personal chat with the bot. */
    public void seen(TurnContext turn) {
        try {
            Activity activity = turn.getActivity();
            if (activity.getConversation() != null
                    && requests.settings()
                            .helpdeskChannelId()
                            .filter(id -> id.equals(channelId(activity)))
                            .isPresent()) {
                rememberOnce(HELPDESK_CHANNEL, channelReference(activity));
            }
            String type = activity.getConversation() == null
                    ? null
                    : activity.getConversation().getConversationType();
            if (activity.getFrom() == null
                    || activity.getConversation() == null
                    || (type != null && !type.equals("personal"))) {
                return;
            }
            ConversationReference reference = activity.getConversationReference();
            reference.setActivityId(null);
            reference.setLocale(activity.getLocale());
            rememberOnce(Actor.idOf(turn), reference);
        } catch (RuntimeException failure) {
            // The turn itself still works; the person is only not reachable later.
            LOG.warn(
                    "Could not remember where to reach the sender of {}",
                    turn.getActivity().getId(),
                    failure);
        }
    }

    /** This channel becomes the helpdesk channel. */
    public void makeHelpdeskChannel(Activity activity) {
        requests.references().remember(HELPDESK_CHANNEL, channelReference(activity));
        written.remove(HELPDESK_CHANNEL);
    }

    public Optional<ConversationReference> remembered(String key) {
        return requests.references().of(key);
    }

    /**
     * The person's personal chat with the bot: the one they last wrote from, else one opened for them
     * now, on the service URL, channel and bot account of a conversation the bot has in the tenant.
     *
     * @throws MailboxException when the chat cannot be opened (unknown person, Teams or Graph refusing)
     */
    public ConversationReference personalChat(String personId, Optional<ConversationReference> like) {
        Optional<ConversationReference> known = remembered(personId);
        if (known.isPresent()) {
            return known.get();
        }
        ConversationReference template =
                like.orElseThrow(() -> new MailboxException.InvalidInput(Problem.PERSONAL_CHAT_UNAVAILABLE, personId));
        PersonalChat chat = requests.chats().open(personId);
        ConversationReference opened = new ConversationReference();
        opened.setChannelId(template.getChannelId());
        opened.setServiceUrl(template.getServiceUrl());
        opened.setBot(template.getBot());
        ConversationAccount conversation = new ConversationAccount(
                false,
                "personal",
                chat.chatId(),
                null,
                null,
                null,
                template.getConversation() == null
                        ? null
                        : template.getConversation().getTenantId());
        opened.setConversation(conversation);
        ChannelAccount user = new ChannelAccount(chat.personId());
        user.setAadObjectId(chat.personId());
        opened.setUser(user);
        requests.references().remember(personId, opened);
        return opened;
    }

    private void rememberOnce(String key, ConversationReference reference) {
        String fingerprint = reference.getConversation().getId() + "|" + reference.getServiceUrl() + "|"
                + reference.getLocale() + "|"
                + (reference.getUser() == null ? "" : reference.getUser().getId());
        if (fingerprint.equals(written.get(key))) {
            return;
        }
        requests.references().remember(key, reference);
        written.put(key, fingerprint);
    }

    /** The channel itself, not the thread of the message (Teams adds ";messageid=…" to a channel reply). */
    static String channelId(Activity activity) {
        return activity.getConversation().getId().replaceFirst(";messageid=.*$", "");
    }

    private static ConversationReference channelReference(Activity activity) {
        ConversationReference reference = activity.getConversationReference();
        reference.setActivityId(null);
        reference.setLocale(activity.getLocale());
        // A copy: the reference shares the activity's conversation, and the turn still answers in the thread.
        ConversationAccount channel = (ConversationAccount) Serialization.clone(activity.getConversation());
        channel.setId(channelId(activity));
        reference.setConversation(channel);
        return reference;
    }
}
