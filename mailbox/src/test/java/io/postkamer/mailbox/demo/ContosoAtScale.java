package io.postkamer.mailbox.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Contoso as a real tenant is: thousands of shared mailboxes and people, one group with hundreds of
 * members, next to the seed's own. The extra shared mailboxes are "Postvak 00001" … (alias
 * {@code postvak00001}), each with two of the extra people as members; the people are "Medewerker 00001" …
 * Built once per size into a temporary seed file.
 */
public final class ContosoAtScale {
    /** The group with {@link #GROUP_MEMBERS} members. */
    public static final String BIG_GROUP = "c0000000-0000-4000-8000-000000000001";

    public static final int GROUP_MEMBERS = 250;
    /** The directory role template of an Exchange Administrator. */
    public static final String EXCHANGE_ADMINISTRATOR = "29232cdf-9323-42fd-ade2-1d097af3e4de";

    private ContosoAtScale() {}

    public static String mailboxId(int number) {
        return String.format(Locale.ROOT, "a0000000-0000-4000-8000-%012d", number);
    }

    public static String personId(int number) {
        return String.format(Locale.ROOT, "b0000000-0000-4000-8000-%012d", number);
    }

    /** A tenant with this many extra shared mailboxes and people, ready at once, on a fixed clock. */
    public static DemoTenant tenant(int sharedMailboxes, int people) {
        return tenant(sharedMailboxes, people, 0);
    }

    /** As {@link #tenant(int, int)}, the first {@code administrators} of the extra people Exchange Administrators. */
    public static DemoTenant tenant(int sharedMailboxes, int people, int administrators) {
        return DemoTenant.load(DemoTenantSettings.contoso()
                .withSeed(seed(sharedMailboxes, people, administrators).toString())
                .withClock(MutableClock.monday())
                .withProvisioningDelay(java.time.Duration.ZERO));
    }

    public static Path seed(int sharedMailboxes, int people) {
        return seed(sharedMailboxes, people, 0);
    }

    public static Path seed(int sharedMailboxes, int people, int administrators) {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = DemoTenant.class.getResourceAsStream("/demo-tenant/contoso.json")) {
            ObjectNode contoso = (ObjectNode) json.readTree(in);
            ArrayNode persons = (ArrayNode) contoso.get("people");
            for (int i = 1; i <= people; i++) {
                String name = String.format(Locale.ROOT, "Medewerker %05d", i);
                String address = String.format(Locale.ROOT, "medewerker%05d@contoso.com", i);
                ObjectNode person = persons.addObject()
                        .put("id", personId(i))
                        .put("displayName", name)
                        .put("userPrincipalName", address)
                        .put("mail", address)
                        .put("department", "Afdeling " + (i % 40))
                        .put("jobTitle", "Medewerker");
                if (i <= administrators) {
                    person.putArray("roles").add(EXCHANGE_ADMINISTRATOR);
                }
            }
            ObjectNode group = ((ArrayNode) contoso.get("groups")).addObject();
            group.put("id", BIG_GROUP)
                    .put("displayName", "Alle Medewerkers")
                    .put("mail", "allemedewerkers@contoso.com")
                    .put("kind", "MAIL_ENABLED_SECURITY");
            ArrayNode members = group.putArray("members");
            for (int i = 1; i <= Math.min(GROUP_MEMBERS, people); i++) {
                members.add(personId(i));
            }
            ArrayNode mailboxes = (ArrayNode) contoso.get("mailboxes");
            for (int i = 1; i <= sharedMailboxes; i++) {
                String alias = String.format(Locale.ROOT, "postvak%05d", i);
                ObjectNode mailbox = mailboxes.addObject();
                mailbox.put("id", mailboxId(i))
                        .put("kind", "SHARED")
                        .put("displayName", String.format(Locale.ROOT, "Postvak %05d", i))
                        .put("alias", alias)
                        .put("primarySmtpAddress", alias + "@contoso.com")
                        .put("hiddenFromAddressLists", false);
                mailbox.putArray("otherAddresses");
                mailbox.putObject("account").put("signInBlocked", true).putArray("licences");
                mailbox.putObject("storage")
                        .put("totalBytes", 1_000_000L * i)
                        .put("archiveEnabled", false)
                        .put("litigationHoldEnabled", false);
                ArrayNode delegates = mailbox.putArray("delegates");
                if (people > 0) {
                    delegates
                            .addObject()
                            .put("trusteeId", personId(1 + (i % people)))
                            .put("right", "FULL_ACCESS")
                            .put("autoMapping", true);
                    delegates
                            .addObject()
                            .put("trusteeId", personId(1 + ((i + 1) % people)))
                            .put("right", "SEND_AS");
                }
                mailbox.putArray("events");
            }
            Path seed =
                    Files.createTempFile("contoso-" + sharedMailboxes + "-" + people + "-" + administrators, ".json");
            seed.toFile().deleteOnExit();
            Files.writeString(seed, json.writeValueAsString(contoso), StandardCharsets.UTF_8);
            return seed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
