package io.postkamer.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The zip that an admin uploads to Teams, checked as Teams would check it. */
class TeamsAppPackageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, byte[]> FILES = new LinkedHashMap<>();

    @BeforeAll
    static void openPackage() throws IOException {
        try (ZipFile zip =
                new ZipFile(Path.of(System.getProperty("teams.package")).toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                FILES.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
    }

    private static String text(String name) {
        return new String(FILES.get(name), StandardCharsets.UTF_8);
    }

    private static BufferedImage image(String name) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(FILES.get(name)));
    }

    @Test
    @DisplayName("the package holds the manifest, both icons and the Dutch texts at its root, nothing else")
    void filesAtTheRoot() {
        assertThat(FILES.keySet()).containsExactlyInAnyOrder("manifest.json", "nl.json", "color.png", "outline.png");
    }

    @Test
    @DisplayName("the manifest is valid against Microsoft's Teams schema for its version")
    void manifestIsValid() throws IOException {
        JsonNode manifest = JSON.readTree(text("manifest.json"));

        assertThat(manifest.path("manifestVersion").asText()).isEqualTo("1.24");
        assertThat(TeamsSchemas.problems(TeamsSchemas.manifest(), text("manifest.json")))
                .isEmpty();
    }

    @Test
    @DisplayName("the bot id is filled in at packaging time and nothing is left unfilled")
    void botIdIsFilledIn() throws IOException {
        JsonNode manifest = JSON.readTree(text("manifest.json"));

        assertThat(text("manifest.json")).doesNotContain("@MicrosoftAppId@").doesNotContain("@postkamer.host@");
        assertThat(manifest.path("bots").get(0).path("botId").asText())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .isEqualTo(manifest.path("id").asText());
        assertThat(manifest.path("bots").get(0).path("scopes")).hasSize(3);
    }

    @Test
    @DisplayName("the Dutch localisation is valid and translates every command the manifest lists")
    void dutchIsValidAndComplete() throws IOException {
        assertThat(TeamsSchemas.problems(TeamsSchemas.localization(), text("nl.json")))
                .isEmpty();
        JsonNode manifest = JSON.readTree(text("manifest.json"));
        JsonNode dutch = JSON.readTree(text("nl.json"));
        JsonNode lists = manifest.path("bots").get(0).path("commandLists");
        for (int list = 0; list < lists.size(); list++) {
            for (int command = 0; command < lists.get(list).path("commands").size(); command++) {
                String key = "bots[0].commandLists[" + list + "].commands[" + command + "]";
                assertThat(dutch.has(key + ".title")).as(key).isTrue();
                assertThat(dutch.has(key + ".description")).as(key).isTrue();
            }
        }
        assertThat(manifest.path("localizationInfo")
                        .path("additionalLanguages")
                        .get(0)
                        .path("file")
                        .asText())
                .isEqualTo("nl.json");
    }

    @Test
    @DisplayName("the colour icon is 192x192 and the outline icon 32x32, white on transparency only")
    void iconsAreAsTeamsRequires() throws IOException {
        BufferedImage color = image("color.png");
        BufferedImage outline = image("outline.png");

        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        assertThat(outline.getColorModel().hasAlpha()).isTrue();
        int transparent = 0;
        int white = 0;
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int argb = outline.getRGB(x, y);
                int alpha = argb >>> 24;
                if (alpha == 0) {
                    transparent++;
                } else {
                    assertThat(argb & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
                    white++;
                }
            }
        }
        assertThat(transparent).isGreaterThan(32 * 32 / 2);
        assertThat(white).isGreaterThan(20);
    }

    @Test
    @DisplayName("a manifest without its bot id fails the schema, with the schema's message")
    void brokenManifestFails() throws IOException {
        ObjectNode broken = (ObjectNode) JSON.readTree(text("manifest.json"));
        ((ObjectNode) broken.path("bots").get(0)).remove("botId");

        assertThat(TeamsSchemas.problems(TeamsSchemas.manifest(), broken.toString()))
                .anySatisfy(problem -> assertThat(problem).contains("botId"));
    }

    @Test
    @DisplayName("a manifest with a wrongly typed field or an unknown scope fails the schema")
    void wronglyTypedManifestFails() throws IOException {
        ObjectNode broken = (ObjectNode) JSON.readTree(text("manifest.json"));
        broken.put("accentColor", 5);
        ((ObjectNode) broken.path("bots").get(0)).putArray("scopes").add("everyone");

        assertThat(TeamsSchemas.problems(TeamsSchemas.manifest(), broken.toString()))
                .anySatisfy(problem -> assertThat(problem).contains("accentColor"))
                .anySatisfy(problem -> assertThat(problem).contains("scopes"));
    }

    @Test
    @DisplayName("a localisation file with a key Teams does not know fails the schema")
    void brokenLocalisationFails() throws IOException {
        ObjectNode broken = (ObjectNode) JSON.readTree(text("nl.json"));
        broken.put("bots[0].nonsense", "x");

        assertThat(TeamsSchemas.problems(TeamsSchemas.localization(), broken.toString()))
                .anySatisfy(problem -> assertThat(problem).contains("nonsense"));
    }
}
