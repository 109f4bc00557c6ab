package io.postkamer.bot.chat;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ExpectedReplies;
import com.microsoft.bot.schema.Serialization;
import io.postkamer.dialogs.BotSettings;
import io.postkamer.dialogs.PostkamerBot;
import io.postkamer.mailbox.MailboxService;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Stands in for the bot's real {@code POST /api/messages} (packages endpoint/auth/wiring) until it
 * is on this branch: anonymous, the same contract (expectReplies answers {@code {"activities":[...]}},
 * an invoke answers its own result body). Imported only by the chat page tests, never scanned; delete
 * it once the real endpoint has landed.
 */
class StandInMessagesEndpoint {

    @Bean
    @Primary
    MailboxService chatTestTenant() {
        return new ChatTestTenant();
    }

    @Bean
    PostkamerBot standInBot(MailboxService tenant, ConversationState conversationState, UserState userState) {
        return new PostkamerBot(tenant, conversationState, userState, BotSettings.defaults());
    }

    @Bean
    RouterFunction<ServerResponse> standInMessages(PostkamerBot bot) {
        BotFrameworkHttpAdapter adapter =
                new BotFrameworkHttpAdapter(new SimpleCredentialProvider(), new SimpleChannelProvider());
        return RouterFunctions.route().POST("/api/messages", request -> {
            Activity activity = Serialization.getAs(Serialization.jsonToTree(request.body(String.class)), Activity.class);
            String auth = request.headers().firstHeader("Authorization");
            InvokeResponse response = adapter.processIncomingActivity(auth == null ? "" : auth, activity, bot).join();
            if (response == null) {
                return ServerResponse.accepted().build();
            }
            Object body = activity.isType(ActivityTypes.INVOKE) ? invokeResult(response.getBody()) : response.getBody();
            return ServerResponse.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON)
                    .body(Serialization.toString(body));
        }).build();
    }

    /** Under expectReplies the SDK buffers the invoke's answer among the replies; the contract returns it alone. */
    private static Object invokeResult(Object body) {
        if (!(body instanceof ExpectedReplies replies)) {
            return body;
        }
        Optional<Object> answer = replies.getActivities().stream()
                .filter(reply -> reply.isType(ActivityTypes.INVOKE_RESPONSE))
                .map(reply -> (Object) Serialization.objectToTree(reply.getValue()).path("body"))
                .findFirst();
        return answer.orElse(null);
    }
}
