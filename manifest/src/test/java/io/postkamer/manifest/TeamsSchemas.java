package io.postkamer.manifest;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Microsoft's Teams JSON schemas (draft-04), as the npm package @microsoft/app-manifest ships them. */
final class TeamsSchemas {
    private static final Path FOLDER = Path.of(System.getProperty("teams.schemas", "target/npm/missing"));

    private TeamsSchemas() {}

    static Schema manifest() {
        return load("MicrosoftTeams.schema.json");
    }

    static Schema localization() {
        return load("MicrosoftTeams.Localization.schema.json");
    }

    /** The schema's complaints about a document, one line each; empty when it is valid. */
    static List<String> problems(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    private static Schema load(String file) {
        try (InputStream in = Files.newInputStream(FOLDER.resolve(file))) {
            // The schemas' patterns are ECMAScript regular expressions, as JSON Schema specifies.
            SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                    .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                    .build();
            return SchemaRegistry.withDefaultDialect(
                            SpecificationVersion.DRAFT_4, registry -> registry.schemaRegistryConfig(config))
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Microsoft's schema " + file + " was not installed by the build", e);
        }
    }
}
