package io.postkamer.mailbox.demo;

import static io.postkamer.mailbox.Contoso.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A seed with a mistake fails when the tenant starts, saying what is wrong. */
class DemoTenantSeedTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("the Contoso seed has about 25 people, each with a manager except the director")
    void contosoSeed() {
        DemoTenant tenant = DemoTenant.contoso();
        assertThat(tenant.person(PIETER).orElseThrow().displayName()).isEqualTo("Pieter Jansen");
        assertThat(tenant.snapshot()).contains("\"people\"");
        assertThat(countPeople(tenant)).isBetween(25L, 30L);
    }

    @Test
    @DisplayName("a manager id that points nowhere is refused at start")
    void unknownManager() throws Exception {
        String broken = contoso()
                .replace(
                        "\"managerId\": \"" + PIETER + "\"", "\"managerId\": \"00000000-dead-beef-0000-000000000000\"");
        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown manager 00000000-dead-beef-0000-000000000000");
    }

    @Test
    @DisplayName("a misspelt field is refused at start")
    void unknownField() throws Exception {
        String broken = contoso().replaceFirst("\"hybrid\"", "\"hybird\"");
        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hybird");
    }

    @Test
    @DisplayName("a licence that is not in the catalogue is refused at start")
    void unknownLicence() throws Exception {
        String broken = contoso().replace("\"licences\": [\"EXCHANGESTANDARD\"]", "\"licences\": [\"EXCHANGE_PLAN9\"]");
        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EXCHANGE_PLAN9");
    }

    @Test
    @DisplayName("a seed that is not on the classpath is named in the error")
    void missingSeed() {
        assertThatThrownBy(
                        () -> DemoTenant.load(DemoTenantSettings.contoso().withSeed("classpath:demo-tenant/nope.json")))
                .hasMessageContaining("demo-tenant/nope.json");
    }

    private static long countPeople(DemoTenant tenant) {
        return "abcdefghijklmnopqrstuvwxyz"
                .chars()
                .mapToObj(c -> String.valueOf((char) c))
                .flatMap(letter -> tenant.searchPrincipals(letter, 100).stream())
                .filter(p -> p instanceof io.postkamer.mailbox.Person)
                .map(p -> p.id())
                .distinct()
                .count();
    }

    private static String contoso() throws Exception {
        try (var in = DemoTenantSeedTest.class.getClassLoader().getResourceAsStream("demo-tenant/contoso.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private void load(String json) throws Exception {
        Path file = dir.resolve("seed.json");
        Files.writeString(file, json);
        DemoTenant.load(DemoTenantSettings.contoso().withSeed(file.toString()));
    }
}
