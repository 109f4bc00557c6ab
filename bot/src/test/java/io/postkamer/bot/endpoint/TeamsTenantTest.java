package io.postkamer.bot.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.bot.testing.Activities;
import io.postkamer.bot.testing.App;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The tenant a Teams activity names reaches the turn as conversation.tenantId, wherever Teams put it. */
class TeamsTenantTest {
    private static final String CONTOSO = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    @Test
    @DisplayName(
            "a Teams activity naming its tenant only in channelData reaches the bot with conversation.tenantId set")
    void tenantFromChannelData(@TempDir Path data) {
        try (ConfigurableApplicationContext scripted =
                App.startWith(new Class<?>[] {ScriptedBot.Replacement.class}, "postkamer.data-dir=" + data)) {
            assertThat(tenantSeen(
                            scripted,
                            Activities.inTenant(
                                    Activities.message("tenant-1", "user-1", "tenant", "en-US"), CONTOSO, false)))
                    .containsExactly("tenant: " + CONTOSO);
            assertThat(tenantSeen(
                            scripted,
                            Activities.inTenant(
                                    Activities.message("tenant-2", "user-1", "tenant", "en-US"), CONTOSO, true)))
                    .containsExactly("tenant: " + CONTOSO);
            assertThat(tenantSeen(scripted, Activities.message("tenant-3", "user-1", "tenant", "en-US")))
                    .containsExactly("tenant: null");
        }
    }

    @Test
    @DisplayName("a tenant id that is not text is not copied to the conversation")
    void tenantOfAnotherShape(@TempDir Path data) {
        try (ConfigurableApplicationContext scripted =
                App.startWith(new Class<?>[] {ScriptedBot.Replacement.class}, "postkamer.data-dir=" + data)) {
            ObjectNode activity = Activities.message("tenant-4", "user-1", "tenant", "en-US");
            activity.putObject("channelData")
                    .putObject("tenant")
                    .putObject("id")
                    .put("nested", CONTOSO);
            assertThat(tenantSeen(scripted, activity))
                    .singleElement()
                    .asString()
                    .doesNotContain(CONTOSO);
        }
    }

    private static List<String> tenantSeen(ConfigurableApplicationContext app, ObjectNode activity) {
        HttpResponse<String> answer = App.post(
                app, "/api/messages", Activities.expectReplies(activity).toString(), null);
        return Activities.replies(answer.body()).stream()
                .map(reply -> reply.path("text").asText())
                .toList();
    }
}
