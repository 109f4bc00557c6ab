package io.postkamer.mailbox.m365.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.mailbox.AutomaticReply;
import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.Created;
import io.postkamer.mailbox.DeletedAccounts;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.HealthScan;
import io.postkamer.mailbox.HeldPermission;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.SentItemsCopies;
import io.postkamer.mailbox.SharedMailboxFacts;
import io.postkamer.mailbox.TrusteeStatus;
import io.postkamer.mailbox.demo.DemoTenant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * Exchange Online's admin API ({@code InvokeCommand}) for the cmdlets the mailbox service runs,
 * answered from a {@link DemoTenant} in the shapes Exchange uses: results in {@code value[]}, refusals
 * as "code|ExceptionType|text" in {@code error.details[].message}. Trustees are shown the way Exchange
 * shows them: a person by user principal name, a group by name.
 */
final class FakeExchange {
    static final String NOT_FOUND = "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException";
    static final String PROXY_EXISTS = "Microsoft.Exchange.Data.Directory.ProxyAddressExistsException";
    static final String NO_MAILBOX_YET = "Microsoft.Exchange.Data.Storage.UserHasNoMailboxException";
    static final String INVALID = "Microsoft.Exchange.Data.DataValidationException";

    private final DemoTenant tenant;

    private static final java.util.regex.Pattern MAX_PAGE_SIZE =
            java.util.regex.Pattern.compile("odata\\.maxpagesize=(\\d+)");
    private static final java.util.regex.Pattern SKIP_TOKEN =
            java.util.regex.Pattern.compile("[?&]\\$skiptoken=(\\d+)");
    private static final java.util.regex.Pattern SELECT =
            java.util.regex.Pattern.compile("[?&](?:\\$|%24)select=([^&]+)");
    /** What the service's list of shared mailboxes asks for. */
    private static final List<String> LISTED =
            List.of("ExternalDirectoryObjectId", "DisplayName", "Alias", "PrimarySmtpAddress");

    FakeExchange(DemoTenant tenant) {
        this.tenant = tenant;
    }

    FakeAnswer handle(JsonNode body) {
        return handle(body, "", "");
    }

    /**
     * As the admin API pages: with {@code Prefer: odata.maxpagesize=N} an answer holds at most N results and
     * an {@code @odata.nextLink} to this URL with a {@code $skiptoken}, posted again with the same body.
     */
    FakeAnswer handle(JsonNode body, String absoluteUrl, String prefer) {
        JsonNode input = body.path("CmdletInput");
        String cmdlet = input.path("CmdletName").asText("");
        JsonNode p = input.path("Parameters");
        try {
            List<String> selected = selected(absoluteUrl);
            List<JsonNode> results =
                    cmdlet.equals("Get-Mailbox") && !p.has("Identity") ? listMailboxes(p, selected) : run(cmdlet, p);
            Matcher pageSize = MAX_PAGE_SIZE.matcher(prefer == null ? "" : prefer);
            if (!pageSize.find()) {
                return FakeAnswer.ok(FakeAnswer.values(results));
            }
            int size = Integer.parseInt(pageSize.group(1));
            Matcher skip = SKIP_TOKEN.matcher(absoluteUrl);
            int from = skip.find() ? Integer.parseInt(skip.group(1)) : 0;
            List<JsonNode> page =
                    results.subList(Math.min(from, results.size()), Math.min(from + size, results.size()));
            ObjectNode answer = FakeAnswer.values(page);
            if (from + size < results.size()) {
                String base = absoluteUrl.replaceAll("[?&]\\$skiptoken=\\d+", "");
                answer.put("@odata.nextLink", base + (base.contains("?") ? "&" : "?") + "$skiptoken=" + (from + size));
            }
            return FakeAnswer.ok(answer);
        } catch (MailboxException e) {
            return failure(e);
        } catch (CmdletFailure e) {
            return FakeAnswer.exchangeError(e.status, e.type, e.getMessage());
        }
    }

    private List<JsonNode> run(String cmdlet, JsonNode p) {
        return switch (cmdlet) {
            case "Get-AcceptedDomain" ->
                tenant.organisation().acceptedDomains().stream()
                        .map(d -> {
                            ObjectNode o = FakeAnswer.JSON.createObjectNode();
                            o.put("Name", d.name())
                                    .put("DomainName", d.name())
                                    .put("Default", d.isDefault())
                                    .put("DomainType", "Authoritative");
                            return (JsonNode) o;
                        })
                        .toList();
            case "Get-Mailbox" -> getMailbox(p);
            case "Get-MailboxStatistics" ->
                List.of(statistics(requireMailbox(p.path("Identity").asText())));
            case "Get-Recipient" ->
                List.of(recipient(p.path("Identity").asText())
                        .orElseThrow(() -> notFound(p.path("Identity").asText())));
            case "New-Mailbox" -> List.of(newMailbox(p));
            case "Set-Mailbox" -> setMailbox(p);
            case "Get-MailboxPermission" -> mailboxPermissions(p);
            case "Add-MailboxPermission" -> {
                Mailbox m = requireMailbox(p.path("Identity").asText());
                Principal trustee = requireTrustee(p.path("User").asText());
                requireRights(p, "FullAccess");
                tenant.grant(
                        m.id(),
                        trustee.id(),
                        Right.FULL_ACCESS,
                        p.path("AutoMapping").asBoolean(true));
                yield List.of(permission(m, identity(trustee), List.of("FullAccess")));
            }
            case "Remove-MailboxPermission" -> {
                Mailbox m = requireMailbox(p.path("Identity").asText());
                requireRights(p, "FullAccess");
                revokeHeld(m, trusteeIdOf(p.path("User").asText()), Right.FULL_ACCESS);
                yield List.of();
            }
            case "Get-MailboxAutoReplyConfiguration" ->
                List.of(autoReply(requireMailbox(p.path("Identity").asText())));
            case "Set-MailboxAutoReplyConfiguration" -> {
                Mailbox m = requireMailbox(p.path("Identity").asText());
                boolean enabled =
                        !"Disabled".equalsIgnoreCase(p.path("AutoReplyState").asText());
                tenant.setAutomaticReply(
                        m.id(),
                        enabled
                                ? new AutomaticReply(
                                        true,
                                        p.path("InternalMessage").asText(""),
                                        p.path("ExternalMessage").asText(""))
                                : AutomaticReply.OFF);
                yield List.of();
            }
            case "Get-RecipientPermission" -> recipientPermissions(p);
            case "Add-RecipientPermission" -> {
                Mailbox m = requireMailbox(p.path("Identity").asText());
                Principal trustee = requireTrustee(p.path("Trustee").asText());
                requireRights(p, "SendAs");
                tenant.grant(m.id(), trustee.id(), Right.SEND_AS, false);
                yield List.of(sendAs(m, identity(trustee)));
            }
            case "Remove-RecipientPermission" -> {
                Mailbox m = requireMailbox(p.path("Identity").asText());
                requireRights(p, "SendAs");
                revokeHeld(m, trusteeIdOf(p.path("Trustee").asText()), Right.SEND_AS);
                yield List.of();
            }
            default ->
                throw new CmdletFailure(
                        400,
                        "System.Management.Automation.CommandNotFoundException",
                        "The term '" + cmdlet + "' is not recognized as a cmdlet this fake knows.");
        };
    }

    // --- mailboxes

    private List<JsonNode> getMailbox(JsonNode p) {
        if (p.has("Identity")) {
            return List.of(mailbox(requireMailbox(p.path("Identity").asText())));
        }
        return listMailboxes(p, List.of());
    }

    /** The properties a {@code $select} asks for; none: all of them. */
    private static List<String> selected(String absoluteUrl) {
        Matcher select = SELECT.matcher(absoluteUrl == null ? "" : absoluteUrl);
        return select.find() ? List.of(select.group(1).split(",")) : List.of();
    }

    /**
     * Shared mailboxes; with a $select only the properties asked for, and when those are what a list shows, the fake
     * builds no more (a list of 20,000 is asked for in the benchmarks).
     */
    private List<JsonNode> listMailboxes(JsonNode p, List<String> selected) {
        boolean light = !selected.isEmpty() && LISTED.containsAll(selected);
        List<String> types = new ArrayList<>();
        p.path("RecipientTypeDetails").forEach(t -> types.add(t.asText()));
        if (p.path("RecipientTypeDetails").isTextual()) {
            types.add(p.path("RecipientTypeDetails").asText());
        }
        if (!types.isEmpty() && !types.equals(List.of("SharedMailbox"))) {
            throw new CmdletFailure(400, INVALID, "This fake lists shared mailboxes only.");
        }
        if (p.has("Anr")) {
            int limit = p.path("ResultSize").asText("").matches("\\d+")
                    ? Integer.parseInt(p.path("ResultSize").asText())
                    : 1000;
            return tenant.findSharedMailboxes(p.path("Anr").asText(), limit).stream()
                    .map(this::listed)
                    .toList();
        }
        if (!light) {
            return tenant.sharedMailboxes().stream()
                    .map(this::mailbox)
                    .map(full -> selected.isEmpty() ? full : only(full, selected))
                    .toList();
        }
        return tenant.sharedMailboxes(Integer.MAX_VALUE - 1, java.util.Optional.empty()).mailboxes().stream()
                .map(this::listed)
                .toList();
    }

    private static JsonNode only(JsonNode full, List<String> properties) {
        ObjectNode o = FakeAnswer.JSON.createObjectNode();
        properties.stream().filter(full::has).forEach(property -> o.set(property, full.get(property)));
        return o;
    }

    /** A shared mailbox as Get-Mailbox lists it (the fake reads no more than a list needs). */
    private JsonNode listed(io.postkamer.mailbox.MailboxEntry entry) {
        ObjectNode o = FakeAnswer.JSON.createObjectNode();
        o.put("ExternalDirectoryObjectId", entry.id())
                .put("Guid", entry.id())
                .put("DisplayName", entry.displayName())
                .put("Name", entry.displayName())
                .put("Alias", entry.alias())
                .put("PrimarySmtpAddress", entry.primarySmtpAddress())
                .put("RecipientTypeDetails", "SharedMailbox");
        return o;
    }

    private JsonNode newMailbox(JsonNode p) {
        if (!p.path("Shared").asBoolean(false)) {
            throw new CmdletFailure(400, INVALID, "This fake creates shared mailboxes only (-Shared).");
        }
        String address = p.path("PrimarySmtpAddress").asText("");
        int at = address.indexOf('@');
        String alias = p.path("Alias").asText(at > 0 ? address.substring(0, at) : "");
        String displayName = p.path("DisplayName").asText(p.path("Name").asText(""));
        if (at < 0 || !address.substring(0, at).equalsIgnoreCase(alias)) {
            throw new CmdletFailure(400, INVALID, "PrimarySmtpAddress must be the alias at an accepted domain.");
        }
        Created created =
                tenant.createSharedMailbox(new NewSharedMailbox(displayName, alias, address.substring(at + 1)));
        if (created.change() == Change.ALREADY_SO) {
            throw proxyExists(address);
        }
        return mailbox(created.mailbox());
    }

    private List<JsonNode> setMailbox(JsonNode p) {
        Mailbox m = requireMailbox(p.path("Identity").asText());
        if (p.has("Type")) {
            if (!"Shared".equalsIgnoreCase(p.path("Type").asText())) {
                throw new CmdletFailure(400, INVALID, "This fake converts to Shared only.");
            }
            if (m.kind() != MailboxKind.SHARED) {
                tenant.convertToShared(m.id());
            }
        }
        if (p.has("HiddenFromAddressListsEnabled")) {
            tenant.setHiddenFromAddressLists(
                    m.id(), p.path("HiddenFromAddressListsEnabled").asBoolean());
        }
        if (p.has("MessageCopyForSentAsEnabled") || p.has("MessageCopyForSendOnBehalfEnabled")) {
            SentItemsCopies now = m.sentItemsCopies();
            tenant.setSentItemsCopies(
                    m.id(),
                    new SentItemsCopies(
                            p.path("MessageCopyForSentAsEnabled").asBoolean(now.sentAs()),
                            p.path("MessageCopyForSendOnBehalfEnabled").asBoolean(now.sentOnBehalf())));
        }
        JsonNode onBehalf = p.path("GrantSendOnBehalfTo");
        if (!onBehalf.isMissingNode()) {
            if (!"#Exchange.GenericHashTable"
                    .equals(onBehalf.path("@odata.type").asText())) {
                throw new CmdletFailure(400, INVALID, "GrantSendOnBehalfTo must be changed with Add/Remove.");
            }
            onBehalf.path("Add")
                    .forEach(
                            t -> tenant.grant(m.id(), requireTrustee(t.asText()).id(), Right.SEND_ON_BEHALF, false));
            onBehalf.path("Remove").forEach(t -> revokeHeld(m, trusteeIdOf(t.asText()), Right.SEND_ON_BEHALF));
        }
        return List.of();
    }

    // --- permissions

    private List<JsonNode> mailboxPermissions(JsonNode p) {
        Mailbox m = requireMailbox(p.path("Identity").asText());
        Optional<String> only =
                p.has("User") ? Optional.of(trusteeIdOf(p.path("User").asText())) : Optional.empty();
        List<HeldPermission> grants = held(m, Right.FULL_ACCESS);
        List<JsonNode> entries = new ArrayList<>();
        if (only.isEmpty()) {
            entries.add(permission(m, "NT AUTHORITY\\SELF", List.of("FullAccess", "ReadPermission")));
        }
        grants.stream()
                .filter(g -> only.map(g::isHeldBy).orElse(true))
                .forEach(g -> entries.add(permission(m, identity(g.trusteeId()), List.of("FullAccess"))));
        return entries;
    }

    private List<JsonNode> recipientPermissions(JsonNode p) {
        Mailbox m = requireMailbox(p.path("Identity").asText());
        Optional<String> only =
                p.has("Trustee") ? Optional.of(trusteeIdOf(p.path("Trustee").asText())) : Optional.empty();
        List<JsonNode> entries = new ArrayList<>();
        if (only.isEmpty()) {
            entries.add(sendAs(m, "NT AUTHORITY\\SELF"));
        }
        held(m, Right.SEND_AS).stream()
                .filter(g -> only.map(g::isHeldBy).orElse(true))
                .forEach(g -> entries.add(sendAs(m, identity(g.trusteeId()))));
        return entries;
    }

    /**
     * The rights of one kind held on a mailbox, deleted accounts' included: Exchange keeps those until someone
     * removes them, and shows them by their SID.
     */
    private List<HeldPermission> held(Mailbox m, Right right) {
        return tenant
                .healthFacts(HealthScan.of(m.id()))
                .of(m.id())
                .map(SharedMailboxFacts::permissions)
                .orElseGet(() -> tenant.delegates(m.id()).stream()
                        .map(g -> new HeldPermission(g.trusteeId(), g.trusteeName(), g.right(), TrusteeStatus.OTHER))
                        .toList())
                .stream()
                .filter(g -> g.right() == right)
                .toList();
    }

    /** Exchange warns and changes nothing when the permission is not there; so does the fake. */
    private void revokeHeld(Mailbox m, String trusteeId, Right right) {
        tenant.revoke(m.id(), trusteeId, right);
    }

    /** The trustee a cmdlet names: a person or group by any identity, or a deleted account by its SID. */
    private String trusteeIdOf(String identity) {
        return DeletedAccounts.isSecurityIdentifier(identity)
                ? identity.strip()
                : requireTrustee(identity).id();
    }

    private static void requireRights(JsonNode p, String right) {
        JsonNode rights = p.path("AccessRights");
        boolean ok = rights.isArray()
                ? rights.size() == 1 && right.equals(rights.get(0).asText())
                : right.equals(rights.asText());
        if (!ok) {
            throw new CmdletFailure(400, INVALID, "AccessRights must be [\"" + right + "\"] here, not " + rights);
        }
    }

    // --- recipients

    private Optional<JsonNode> recipient(String identity) {
        if (identity.isBlank()) {
            return Optional.empty();
        }
        Optional<Mailbox> mailbox = tenant.mailbox(identity);
        if (mailbox.isPresent()) {
            Mailbox m = mailbox.get();
            return Optional.of(recipientShape(
                    m.id(),
                    m.displayName(),
                    m.alias(),
                    m.primarySmtpAddress(),
                    m.kind() == MailboxKind.SHARED ? "SharedMailbox" : "UserMailbox"));
        }
        return principal(identity)
                .map(p -> p instanceof Person person
                        ? recipientShape(
                                person.id(), person.displayName(), alias(person.mail()), person.mail(), "MailUser")
                        : recipientShape(
                                p.id(),
                                p.displayName(),
                                alias(((Group) p).mail()),
                                ((Group) p).mail(),
                                groupType((Group) p)));
    }

    /** A person or group by object id, UPN, mail address or (groups) name, as Exchange's identity resolution does. */
    private Optional<Principal> principal(String identity) {
        String wanted = identity.strip().toLowerCase(Locale.ROOT);
        Optional<Principal> byId = FakeGraph.principal(tenant, wanted);
        if (byId.isPresent()) {
            return byId;
        }
        for (Person p : tenant.people()) {
            if (p.userPrincipalName().equalsIgnoreCase(wanted) || p.mail().equalsIgnoreCase(wanted)) {
                return Optional.of(p);
            }
        }
        return tenant.searchPrincipals(identity, 1000).stream()
                .filter(p -> p instanceof Group g
                        && (g.mail().equalsIgnoreCase(wanted) || g.displayName().equalsIgnoreCase(wanted)))
                .findFirst();
    }

    private Principal requireTrustee(String identity) {
        return principal(identity).orElseThrow(() -> notFound(identity));
    }

    /** As Exchange shows it: the messages wrapped in HTML, whatever was sent. */
    private JsonNode autoReply(Mailbox m) {
        AutomaticReply reply = tenant.automaticReply(m.id());
        return FakeAnswer.JSON
                .createObjectNode()
                .put("Identity", m.alias())
                .put("AutoReplyState", reply.enabled() ? "Enabled" : "Disabled")
                .put("InternalMessage", wrapped(reply.internalMessage()))
                .put("ExternalMessage", wrapped(reply.externalMessage()))
                .put("ExternalAudience", "All");
    }

    private static String wrapped(String message) {
        if (message.isEmpty() || message.startsWith("<html>")) {
            return message;
        }
        return "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
                + "<body>\n" + message + "\n</body>\n</html>\n";
    }

    private Mailbox requireMailbox(String identity) {
        return tenant.mailbox(identity).orElseThrow(() -> notFound(identity));
    }

    /** A person or group as Exchange names it; a deleted account by its security identifier, in capitals. */
    private String identity(String principalId) {
        return FakeGraph.principal(tenant, principalId)
                .map(FakeExchange::identity)
                .orElse(principalId.toUpperCase(Locale.ROOT));
    }

    private static String identity(Principal p) {
        return p instanceof Person person ? person.userPrincipalName() : p.displayName();
    }

    // --- shapes

    private JsonNode mailbox(Mailbox m) {
        ObjectNode o = FakeAnswer.JSON.createObjectNode();
        o.put("Identity", m.alias())
                .put("Name", m.alias())
                .put("DisplayName", m.displayName())
                .put("Alias", m.alias());
        o.put("PrimarySmtpAddress", m.primarySmtpAddress()).put("UserPrincipalName", m.primarySmtpAddress());
        o.putArray("EmailAddresses").add("SMTP:" + m.primarySmtpAddress());
        o.put("RecipientType", "UserMailbox");
        o.put("RecipientTypeDetails", m.kind() == MailboxKind.SHARED ? "SharedMailbox" : "UserMailbox");
        o.put("ExternalDirectoryObjectId", m.id());
        o.put(
                "Guid",
                UUID.nameUUIDFromBytes(("guid " + m.id()).getBytes(StandardCharsets.UTF_8))
                        .toString());
        o.put("HiddenFromAddressListsEnabled", m.hiddenFromAddressLists());
        o.put("MessageCopyForSentAsEnabled", m.sentItemsCopies().sentAs());
        o.put("MessageCopyForSendOnBehalfEnabled", m.sentItemsCopies().sentOnBehalf());
        ArrayNode onBehalf = o.putArray("GrantSendOnBehalfTo");
        tenant.delegates(m.id()).stream()
                .filter(g -> g.right() == Right.SEND_ON_BEHALF)
                .forEach(g -> onBehalf.add(identity(g.trusteeId())));
        o.put("ArchiveStatus", m.storage().archiveEnabled() ? "Active" : "None");
        o.put(
                "ArchiveGuid",
                m.storage().archiveEnabled()
                        ? UUID.nameUUIDFromBytes(("archive " + m.id()).getBytes(StandardCharsets.UTF_8))
                                .toString()
                        : "00000000-0000-0000-0000-000000000000");
        o.put("LitigationHoldEnabled", m.storage().litigationHoldEnabled());
        return o;
    }

    private static JsonNode statistics(Mailbox m) {
        if (m.state() == ProvisioningState.PROVISIONING) {
            throw new CmdletFailure(
                    400,
                    NO_MAILBOX_YET,
                    "The user \"" + m.primarySmtpAddress()
                            + "\" doesn't have an Exchange mailbox yet; provisioning is in progress.");
        }
        long bytes = m.storage().totalBytes();
        ObjectNode o = FakeAnswer.JSON.createObjectNode();
        o.put("DisplayName", m.displayName());
        o.put("TotalItemSize", String.format(Locale.ROOT, "%.1f GB (%,d bytes)", bytes / 1073741824.0, bytes));
        o.put("ItemCount", bytes / 75_000);
        o.put(
                "MailboxGuid",
                UUID.nameUUIDFromBytes(("mailbox " + m.id()).getBytes(StandardCharsets.UTF_8))
                        .toString());
        return o;
    }

    private static JsonNode permission(Mailbox m, String user, List<String> rights) {
        ObjectNode o = FakeAnswer.JSON.createObjectNode();
        o.put("Identity", m.alias()).put("User", user);
        ArrayNode r = o.putArray("AccessRights");
        rights.forEach(r::add);
        o.put("IsInherited", false).put("Deny", false).put("InheritanceType", "All");
        return o;
    }

    private static JsonNode sendAs(Mailbox m, String trustee) {
        ObjectNode o = FakeAnswer.JSON.createObjectNode();
        o.put("Identity", m.alias()).put("Trustee", trustee).put("AccessControlType", "Allow");
        o.putArray("AccessRights").add("SendAs");
        o.put("IsInherited", false).put("InheritanceType", "None");
        return o;
    }

    private static JsonNode recipientShape(String id, String name, String alias, String address, String type) {
        ObjectNode o = FakeAnswer.JSON.createObjectNode();
        o.put("Identity", name).put("Name", name).put("DisplayName", name).put("Alias", alias);
        o.put("PrimarySmtpAddress", address).put("RecipientTypeDetails", type).put("ExternalDirectoryObjectId", id);
        return o;
    }

    private static String groupType(Group g) {
        return switch (g.kind()) {
            case MICROSOFT_365 -> "GroupMailbox";
            case MAIL_ENABLED_SECURITY -> "MailUniversalSecurityGroup";
            case DISTRIBUTION -> "MailUniversalDistributionGroup";
            case SECURITY -> "UniversalSecurityGroup";
        };
    }

    private static String alias(String address) {
        int at = address.indexOf('@');
        return at > 0 ? address.substring(0, at) : address;
    }

    // --- errors

    private static CmdletFailure notFound(String identity) {
        return new CmdletFailure(
                404,
                NOT_FOUND,
                "The operation couldn't be performed because object '" + identity
                        + "' couldn't be found on 'AM0PR01A001DC01.EURPR01A001.prod.outlook.com'.");
    }

    private static CmdletFailure proxyExists(String address) {
        return new CmdletFailure(
                400,
                PROXY_EXISTS,
                "The proxy address \"SMTP:" + address
                        + "\" is already being used by the proxy addresses or LegacyExchangeDN.");
    }

    private static FakeAnswer failure(MailboxException e) {
        return switch (e.problem()) {
            case MAILBOX_NOT_FOUND, PERSON_NOT_FOUND, GROUP_NOT_FOUND ->
                FakeAnswer.exchangeError(
                        404,
                        NOT_FOUND,
                        "The operation couldn't be performed because object '" + String.join(",", e.arguments())
                                + "' couldn't be found.");
            case ADDRESS_TAKEN ->
                FakeAnswer.exchangeError(
                        400,
                        PROXY_EXISTS,
                        "The proxy address \"SMTP:" + String.join(",", e.arguments()) + "\" is already being used.");
            case MAILBOX_NOT_READY -> FakeAnswer.exchangeError(400, NO_MAILBOX_YET, e.getMessage());
            default -> FakeAnswer.exchangeError(e.isTransient() ? 503 : 400, INVALID, e.getMessage());
        };
    }

    private static final class CmdletFailure extends RuntimeException {
        private final int status;
        private final String type;

        CmdletFailure(int status, String type, String message) {
            super(message);
            this.status = status;
            this.type = type;
        }
    }
}
