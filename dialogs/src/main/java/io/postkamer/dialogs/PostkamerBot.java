package io.postkamer.dialogs;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.Texts;
import io.postkamer.cards.WelcomeCard;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The bot: greets new members, answers help, and routes everything else to the conversation flows. */
public class PostkamerBot extends ActivityHandler {
    private static final Set<String> HELP_WORDS = Set.of("help", "hulp", "?", "menu", "start");

    @Override
    protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> membersAdded, TurnContext turnContext) {
        String botId = turnContext.getActivity().getRecipient().getId();
        boolean someoneElseJoined = membersAdded.stream().anyMatch(member -> !member.getId().equals(botId));
        return someoneElseJoined ? sendWelcome(turnContext, Optional.empty()) : CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
        String text = Optional.ofNullable(turnContext.getActivity().getText()).orElse("").strip();
        if (text.isEmpty() || HELP_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return sendWelcome(turnContext, Optional.empty());
        }
        return sendWelcome(turnContext, Optional.of(text));
    }

    private static CompletableFuture<Void> sendWelcome(TurnContext turnContext, Optional<String> notUnderstood) {
        Texts texts = Texts.forLocale(turnContext.getActivity().getLocale());
        return turnContext.sendActivity(MessageFactory.attachment(attachment(WelcomeCard.render(texts, notUnderstood))))
                .thenApply(sent -> null);
    }

    static Attachment attachment(AdaptiveCard card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
        attachment.setContent(card.content());
        return attachment;
    }
}
