package io.postkamer.mailbox.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.postkamer.mailbox.Contoso;
import io.postkamer.mailbox.DirectoryRole;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.Person;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTenantSeedTest {
    private final DemoTenant tenant = DemoTenant.contoso();

    @Test
    @DisplayName("Every field of the seed file is explained in DEMO-TENANT.md")
    void everyFieldDocumented() throws IOException {
        JsonNode seed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo-tenant/contoso.json")) {
            seed = new ObjectMapper().readTree(in);
        }
        String doc = Files.readString(Path.of("DEMO-TENANT.md"));
        Set<String> fields = new TreeSet<>();
        collectFields(seed, fields);

        assertThat(fields).hasSizeGreaterThan(30)
                .allSatisfy(field -> assertThat(doc).as("DEMO-TENANT.md explains " + field).contains("| `" + field + "` |"));
    }

    @Test
    @DisplayName("Contoso holds about 25 people, the admins with their roles, and no marketing@contoso.com")
    void contents() {
        assertThat(tenant.snapshot().people()).hasSizeBetween(22, 30);
        assertThat(tenant.rolesOf(Contoso.MEGAN)).containsExactly(DirectoryRole.GLOBAL_ADMINISTRATOR);
        assertThat(tenant.addressInUse("marketing@contoso.com")).isFalse();
        assertThat(tenant.managerOf(Contoso.PIETER)).isPresent();
        assertThat(tenant.snapshot().people()).filteredOn(p -> Contoso.PIETER.equals(p.managerId())).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("The Contoso constants name the seeded people, group and mailboxes")
    void constantsMatchTheSeed() {
        Map<String, String> people = Map.of(Contoso.MEGAN, "Megan Bowen", Contoso.ADELE, "Adele Vance",
                Contoso.FLIP, "Flip Schoonen", Contoso.GER, "Ger Verbeek", Contoso.LOTTE, "Lotte de Vries",
                Contoso.PIETER, "Pieter Jansen", Contoso.ISAIAH, "Isaiah Langer", Contoso.RENEE, "Renée Mulder",
                Contoso.ZOE, "Zoë Brouwer", Contoso.PATTI, "Patti Fernandez");
        people.forEach((id, name) -> assertThat(tenant.person(id)).map(Person::displayName).contains(name));
        assertThat(tenant.group(Contoso.MARKETING_TEAM)).isPresent();
        assertThat(tenant.group(Contoso.LICENCE_GROUP_E3)).isPresent();
        assertThat(tenant.group(Contoso.FACILITAIRE_DIENST)).isPresent();
        assertThat(tenant.mailbox(Contoso.RECEPTIE32)).map(Mailbox::primarySmtpAddress).contains(Contoso.RECEPTIE32_ADDRESS);
        assertThat(tenant.mailbox(Contoso.RECEPTIE32)).map(Mailbox::displayName).contains("Ontvangstgebouw 32");
        assertThat(tenant.mailbox(Contoso.CREDITEUREN)).isPresent();
        assertThat(tenant.mailbox(Contoso.MEGAN_MAILBOX)).isPresent();
        assertThat(tenant.organisation().tenantId()).isEqualTo(Contoso.TENANT_ID);
    }

    @Test
    @DisplayName("A seed file is read from a path; a broken reference is refused with what is wrong")
    void brokenSeedFromFile(@TempDir Path dir) throws IOException {
        String seed = DemoTenantJson.write(tenant.snapshot())
                .replace("\"managerId\":\"" + Contoso.PIETER + "\"", "\"managerId\":\"no-such-person\"");
        Path file = dir.resolve("broken.json");
        Files.writeString(file, seed);

        assertThatThrownBy(() -> DemoTenant.load(DemoTenantSettings.contoso().withSeed(file.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("manager no-such-person of Flip Schoonen is not a person");
    }

    @Test
    @DisplayName("A seed with an unknown field, or another format version, is refused")
    void unknownFieldOrVersion() {
        String json = DemoTenantJson.write(tenant.snapshot());

        assertThatThrownBy(() -> DemoTenantJson.read(json.replace("\"jobTitle\"", "\"jobTitel\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jobTitel");
        assertThatThrownBy(() -> DemoTenantJson.read(json.replace("\"formatVersion\":1", "\"formatVersion\":2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format version 2");
    }

    @Test
    @DisplayName("A seed whose shared mailbox uses an address outside the accepted domains is refused")
    void addressOutsideDomains() {
        String json = DemoTenantJson.write(tenant.snapshot()).replace("receptie32@contoso.nl", "receptie32@fabrikam.com");

        assertThatThrownBy(() -> DemoTenant.load(DemoTenantSettings.contoso().withSnapshotStore(new FixedStore(json))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("receptie32@fabrikam.com is not on an accepted domain");
    }

    private static void collectFields(JsonNode node, Set<String> fields) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                fields.add(entry.getKey());
                collectFields(entry.getValue(), fields);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectFields(child, fields));
        }
    }

    private record FixedStore(String json) implements DemoTenantSnapshotStore {
        @Override
        public java.util.Optional<String> load() {
            return java.util.Optional.of(json);
        }

        @Override
        public void save(String snapshotJson) {
        }
    }
}
