package io.postkamer.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.bot.testing.App;
import io.postkamer.bot.testing.Postgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** GET /actuator/health follows the database. */
class DatabaseHealthTest {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("health is UP on the default H2 database, without details")
    void upOnH2() {
        try (ConfigurableApplicationContext app = App.start("postkamer.data-dir=" + dataDir)) {
            HttpResponse<String> health = App.get(app, "/actuator/health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    @DisplayName("health turns DOWN with 503 when PostgreSQL goes away, and the application keeps answering")
    void downWhenPostgresStops() throws Exception {
        EmbeddedPostgres postgres = Postgres.start();
        try (ConfigurableApplicationContext app = App.start(
                "postkamer.data-dir=" + dataDir,
                "spring.datasource.url=" + Postgres.jdbcUrl(postgres),
                "spring.datasource.hikari.connection-timeout=1000")) {
            assertThat(App.get(app, "/actuator/health").statusCode()).isEqualTo(200);

            postgres.close();

            HttpResponse<String> down = App.get(app, "/actuator/health");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\"}");
            HttpResponse<String> stillDown = App.get(app, "/actuator/health");
            assertThat(stillDown.statusCode()).isEqualTo(503);
        } finally {
            postgres.close();
        }
    }
}
