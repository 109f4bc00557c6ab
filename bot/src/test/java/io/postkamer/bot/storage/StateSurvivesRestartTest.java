package io.postkamer.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.UserState;
import io.postkamer.bot.storage.JdbcStorageContract.Detail;
import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.Postgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Conversation and user state written by the running bot are there after it restarts. */
class StateSurvivesRestartTest {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("by default state is kept in an H2 file under postkamer.data-dir and survives a restart")
    void h2FileStateSurvivesRestart() {
        String dataDirProperty = "postkamer.data-dir=" + dataDir;

        try (ConfigurableApplicationContext app = App.start(dataDirProperty)) {
            writeState(app);
        }
        assertThat(dataDir.resolve("postkamer.mv.db")).isRegularFile();
        try (ConfigurableApplicationContext app = App.start(dataDirProperty)) {
            assertStateReadBack(app);
        }
    }

    @Test
    @DisplayName("with spring.datasource.url set to PostgreSQL, state is kept there and survives a restart")
    void postgresStateSurvivesRestart() throws Exception {
        try (EmbeddedPostgres postgres = Postgres.start()) {
            String[] properties = {
                "postkamer.data-dir=" + dataDir, "spring.datasource.url=" + Postgres.jdbcUrl(postgres)
            };

            try (ConfigurableApplicationContext app = App.start(properties)) {
                writeState(app);
            }
            try (ConfigurableApplicationContext app = App.start(properties)) {
                assertStateReadBack(app);
            }
        }
        assertThat(dataDir).isEmptyDirectory();
    }

    private static void writeState(ConfigurableApplicationContext app) {
        TurnContext turn = new Turns().message("conv-restart", "user-restart", "hello");
        ConversationState conversation = app.getBean(ConversationState.class);
        UserState user = app.getBean(UserState.class);
        conversation.load(turn).join();
        user.load(turn).join();
        conversation
                .<Detail>createProperty("draft")
                .set(turn, new Detail("Finance", 5))
                .join();
        user.<String>createProperty("language").set(turn, "nl").join();
        conversation.saveChanges(turn).join();
        user.saveChanges(turn).join();
    }

    private static void assertStateReadBack(ConfigurableApplicationContext app) {
        TurnContext turn = new Turns().message("conv-restart", "user-restart", "again");
        ConversationState conversation = app.getBean(ConversationState.class);
        UserState user = app.getBean(UserState.class);
        conversation.load(turn).join();
        user.load(turn).join();

        assertThat(conversation.<Detail>createProperty("draft").get(turn).join())
                .isEqualTo(new Detail("Finance", 5));
        assertThat(user.<String>createProperty("language").get(turn).join()).isEqualTo("nl");
    }
}
