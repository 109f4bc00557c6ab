package io.postkamer.bot.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ExpectedReplies;
import com.microsoft.bot.schema.Serialization;
import io.postkamer.bot.auth.AnonymousReplyGuard;
import io.postkamer.bot.auth.BotCredentials;
import io.postkamer.bot.testing.Activities;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the adapter leaves behind once a turn has been answered. */
class PostkamerAdapterTest {

    @Test
    @DisplayName(
            "a finished turn's context holds neither its state nor its replies, and the answer still carries the replies")
    void finishedTurnReleased() throws Exception {
        BotCredentials anonymous = new BotCredentials("", "", Optional.empty(), BotCredentials.AppType.MULTI_TENANT);
        PostkamerAdapter adapter = new PostkamerAdapter(anonymous, "", new AnonymousReplyGuard(anonymous));
        AtomicReference<TurnContext> seen = new AtomicReference<>();
        Bot bot = turn -> {
            seen.set(turn);
            turn.getTurnState().add("state read by the turn", new StringBuilder("a large state"));
            return turn.sendActivity(MessageFactory.text("the reply")).thenApply(sent -> null);
        };
        Activity help = Serialization.treeToValue(
                Activities.expectReplies(Activities.message("released-1", "user-1", "help", "en-US")), Activity.class);

        InvokeResponse answer = adapter.authenticate(null, help)
                .thenCompose(identity -> adapter.process(identity, help, bot))
                .get();

        assertThat(((ExpectedReplies) answer.getBody()).getActivities())
                .extracting(Activity::getText)
                .containsExactly("the reply");
        assertThat(seen.get().getTurnState().getTurnStateServices()).isEmpty();
        assertThat(((TurnContextImpl) seen.get()).getBufferedReplyActivities()).isEmpty();
    }
}
