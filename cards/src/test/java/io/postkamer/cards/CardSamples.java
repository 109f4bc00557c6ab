package io.postkamer.cards;

import io.postkamer.cards.create.AddressCard;
import io.postkamer.cards.create.ApplyingCard;
import io.postkamer.cards.create.ConfirmCard;
import io.postkamer.cards.create.GroupWarningCard;
import io.postkamer.cards.create.MailboxExistsCard;
import io.postkamer.cards.create.MembersCard;
import io.postkamer.cards.create.NameCard;
import io.postkamer.cards.create.NoticeCard;
import io.postkamer.cards.create.PermissionsCard;
import io.postkamer.cards.create.ProvisioningCard;
import io.postkamer.cards.create.ResultsCard;
import io.postkamer.cards.create.SignInCard;
import io.postkamer.cards.create.SummaryCard;
import io.postkamer.cards.manage.CalendarCard;
import io.postkamer.cards.manage.ConfirmChangeCard;
import io.postkamer.cards.manage.ConvertConfirmCard;
import io.postkamer.cards.manage.GuidanceCard;
import io.postkamer.cards.manage.HistoryCard;
import io.postkamer.cards.manage.MailboxListCard;
import io.postkamer.cards.manage.MailboxOverviewCard;
import io.postkamer.cards.manage.MailboxPublicCard;
import io.postkamer.cards.manage.UnblockConfirmCard;
import io.postkamer.cards.requests.ExportCard;
import io.postkamer.cards.requests.NewMailboxRequestCard;
import io.postkamer.cards.requests.RequestCard;
import io.postkamer.cards.requests.RequestFormCard;
import io.postkamer.cards.requests.RequestListCard;
import io.postkamer.cards.requests.RequestQueueCard;
import io.postkamer.cards.reviews.ReviewCard;
import io.postkamer.cards.reviews.ReviewListCard;
import io.postkamer.cards.reviews.ReviewStartCard;
import io.postkamer.mailbox.AutoMapping;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxAccount;
import io.postkamer.mailbox.MailboxEntry;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.MailboxPage;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.PermissionGrant;
import io.postkamer.mailbox.Problem;
import io.postkamer.mailbox.ProvisioningState;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.SentItemsCopies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Sample data for every card template, bound through the screens' own render methods so that the
 * samples test the real bindings. Each template needs at least one sample; variants show the parts that
 * {@code $when} hides. A new template without a sample here fails {@link CardTemplatesTest}.
 */
final class CardSamples {
    static final List<Texts> LANGUAGES = List.of(Texts.forLocale("en-US"), Texts.forLocale("nl-NL"));

    /** One way to fill a template; {@code variant} is empty for the main one. */
    record Sample(String template, String variant, Function<Texts, AdaptiveCard> card) {
        String label(Texts texts) {
            return template + (variant.isEmpty() ? "" : "-" + variant) + "."
                    + texts.locale().getLanguage();
        }
    }

    /** A sample in one language, as the parameter of a test. */
    record Case(Sample sample, Texts texts) {
        AdaptiveCard card() {
            return sample.card().apply(texts);
        }

        @Override
        public String toString() {
            return sample.label(texts);
        }
    }

    private CardSamples() {}

    static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample(
                "welcome",
                "",
                texts -> WelcomeCard.render(texts, WelcomeCard.Audience.ADMINISTRATOR, Optional.empty())));
        samples.add(new Sample(
                "welcome", "staff", texts -> WelcomeCard.render(texts, WelcomeCard.Audience.STAFF, Optional.empty())));
        samples.add(new Sample(
                "welcome",
                "not-understood",
                texts -> WelcomeCard.render(
                        texts, WelcomeCard.Audience.STAFF, Optional.of("maak een postvak voor **Marketing**"))));
        samples.add(new Sample("not-authorised", "", NotAuthorisedCard::render));

        samples.add(new Sample("create-name", "", texts -> NameCard.render(texts, "t1", "", Optional.empty())));
        samples.add(new Sample(
                "create-name",
                "error",
                texts -> NameCard.render(
                        texts,
                        "t1",
                        "<Marketing>",
                        Optional.of(texts.get("problem." + Problem.DISPLAY_NAME_INVALID, "<Marketing>")))));
        samples.add(new Sample(
                "create-address",
                "",
                texts -> AddressCard.render(
                        texts,
                        "t1",
                        "Afdeling Marketing",
                        "marketing",
                        "contoso.com",
                        List.of("contoso.com", "contoso.nl", "contoso.onmicrosoft.com"),
                        Optional.of(texts.get("problem." + Problem.ADDRESS_TAKEN, "marketing@contoso.com")))));
        samples.add(new Sample(
                "create-confirm",
                "",
                texts -> ConfirmCard.render(texts, "t1", "Afdeling Marketing", "marketing@contoso.com")));
        samples.add(new Sample(
                "create-applying",
                "",
                texts -> ApplyingCard.render(texts, "t1", "Afdeling Marketing", 120, 1000, List.of("29:1megan"))));
        samples.add(new Sample("manage-public", "", texts -> MailboxPublicCard.render(texts, RECEPTIE32)));
        samples.add(new Sample(
                "create-provisioning",
                "",
                texts -> ProvisioningCard.render(
                        texts,
                        "t1",
                        "Afdeling Marketing",
                        "marketing@contoso.com",
                        0,
                        List.of("29:1megan", "29:1flip"))));
        samples.add(new Sample(
                "create-provisioning",
                "waiting",
                texts -> ProvisioningCard.render(
                        texts, "t1", "Afdeling Marketing", "marketing@contoso.com", 3, List.of("29:1megan"))));
        samples.add(new Sample(
                "create-members",
                "",
                texts -> MembersCard.render(
                        texts,
                        "t1",
                        "Afdeling Marketing",
                        List.of(
                                new MembersCard.Choice("Flip van Dijk", "id-flip"),
                                new MembersCard.Choice("Megan Bowen", "id-megan"),
                                new MembersCard.Choice("Marketing Team", "id-group")),
                        List.of("id-flip", "id-megan"),
                        Optional.empty())));
        samples.add(new Sample(
                "create-group",
                "",
                texts -> GroupWarningCard.render(
                        texts, "t1", "Marketing Team", io.postkamer.mailbox.Group.Kind.SECURITY, 12)));
        samples.add(new Sample(
                "create-group",
                "microsoft-365",
                texts -> GroupWarningCard.render(
                        texts, "t1", "Project Zuid", io.postkamer.mailbox.Group.Kind.MICROSOFT_365, 5)));
        samples.add(new Sample(
                "create-group",
                "mail-enabled-security",
                texts -> GroupWarningCard.render(
                        texts, "t1", "Marketing Team", io.postkamer.mailbox.Group.Kind.MAIL_ENABLED_SECURITY, 4)));
        samples.add(new Sample(
                "create-permissions",
                "group-no-copies",
                texts -> PermissionsCard.render(
                        texts,
                        "t1",
                        List.of(
                                new PermissionsCard.MemberRights("Flip van Dijk", true, true, true, false),
                                new PermissionsCard.MemberRights("Marketing Team", true, false, true, false, true)),
                        false,
                        false)));
        samples.add(new Sample(
                "create-permissions",
                "",
                texts -> PermissionsCard.render(
                        texts,
                        "t1",
                        List.of(
                                new PermissionsCard.MemberRights("Flip van Dijk", true, true, false, false),
                                new PermissionsCard.MemberRights("Megan Bowen", true, false, true, true)),
                        true)));
        samples.add(new Sample(
                "create-results",
                "",
                texts -> ResultsCard.render(
                        texts,
                        "t1",
                        List.of(
                                new ResultsCard.Line("Flip van Dijk", Right.FULL_ACCESS, ResultsCard.Outcome.MADE, ""),
                                new ResultsCard.Line(
                                        "Megan Bowen", Right.FULL_ACCESS, ResultsCard.Outcome.ALREADY_SO, ""),
                                new ResultsCard.Line(
                                        "Megan Bowen",
                                        Right.SEND_AS,
                                        ResultsCard.Outcome.FAILED,
                                        texts.get("problem." + Problem.THROTTLED, "Exchange Online", 30))),
                        Optional.of(new ResultsCard.SentItemsLine(
                                true,
                                ResultsCard.Outcome.FAILED,
                                texts.get("problem." + Problem.THROTTLED, "Exchange Online", 30))))));
        samples.add(new Sample(
                "create-results",
                "all-made",
                texts -> ResultsCard.render(
                        texts,
                        "t1",
                        List.of(new ResultsCard.Line(
                                "Flip van Dijk", Right.SEND_ON_BEHALF, ResultsCard.Outcome.MADE, "")),
                        Optional.of(new ResultsCard.SentItemsLine(true, ResultsCard.Outcome.MADE, "")))));
        samples.add(new Sample("create-signin", "", texts -> SignInCard.render(texts, "t1", false, Optional.empty())));
        samples.add(new Sample(
                "create-signin", "already-blocked", texts -> SignInCard.render(texts, "t1", true, Optional.empty())));
        samples.add(new Sample(
                "create-summary",
                "",
                texts -> SummaryCard.render(
                        texts,
                        "a1",
                        "Afdeling Marketing",
                        "marketing@contoso.com",
                        List.of(
                                new SummaryCard.Member(
                                        "Flip van Dijk", List.of(Right.FULL_ACCESS, Right.SEND_AS), AutoMapping.ON),
                                new SummaryCard.Member(
                                        "Lotte de Vries", List.of(Right.FULL_ACCESS), AutoMapping.UNKNOWN),
                                new SummaryCard.Member("Megan Bowen", List.of(Right.SEND_ON_BEHALF), AutoMapping.OFF),
                                new SummaryCard.Member(
                                        "Marketing Team",
                                        List.of(Right.FULL_ACCESS, Right.SEND_AS),
                                        AutoMapping.OFF,
                                        true)),
                        true,
                        SentItemsCopies.BOTH)));
        samples.add(new Sample(
                "create-summary",
                "no-members",
                texts -> SummaryCard.render(
                        texts, "a1", "Afdeling Marketing", "marketing@contoso.com", List.of(), false)));
        samples.add(new Sample(
                "create-summary",
                "send-only-not-blocked",
                texts -> SummaryCard.render(
                        texts,
                        "a1",
                        "Afdeling Marketing",
                        "marketing@contoso.com",
                        List.of(new SummaryCard.Member("Megan Bowen", List.of(Right.SEND_ON_BEHALF), AutoMapping.OFF)),
                        false)));
        samples.add(new Sample(
                "create-exists",
                "",
                texts -> MailboxExistsCard.render(
                        texts,
                        texts.get("flow.exists.title", RECEPTIE32.displayName()),
                        List.of(texts.get("flow.exists.text")),
                        RECEPTIE32)));
        samples.add(new Sample(
                "notice",
                "",
                texts -> NoticeCard.render(
                        texts,
                        NoticeCard.Tone.ATTENTION,
                        texts.get("problem." + Problem.NOT_AUTHORISED),
                        List.of(texts.get("problem." + Problem.HYBRID_ORGANISATION)))));
        samples.add(new Sample(
                "manage-list",
                "",
                texts -> MailboxListCard.render(
                        texts,
                        new MailboxPage(
                                List.of(MailboxEntry.of(RECEPTIE32), MailboxEntry.of(HIDDEN_MAILBOX)),
                                Optional.empty()))));
        samples.add(new Sample(
                "manage-list",
                "more",
                texts -> MailboxListCard.render(
                        texts, new MailboxPage(List.of(MailboxEntry.of(RECEPTIE32)), Optional.of("receptie32")))));
        samples.add(new Sample(
                "manage-list",
                "full-page",
                texts -> MailboxListCard.render(
                        texts,
                        new MailboxPage(
                                java.util.stream.IntStream.rangeClosed(1, 20)
                                        .mapToObj(i -> new MailboxEntry(
                                                String.format("a0000000-0000-4000-8000-%012d", i),
                                                "Afdeling Klantenservice en Nazorg Regio Noord-Holland Noord "
                                                        + "x".repeat(180) + " " + i,
                                                "klantenservice" + i,
                                                "klantenservice.nazorg.noord-holland." + "x".repeat(180) + i
                                                        + "@contoso.com"))
                                        .toList(),
                                Optional.of(
                                        "https://outlook.office365.com/adminapi/beta/tenant/InvokeCommand?$skiptoken="
                                                + "x".repeat(400))))));
        samples.add(new Sample("working", "", WorkingCard::render));
        samples.add(new Sample(
                "manage-list",
                "empty",
                texts -> MailboxListCard.render(texts, new MailboxPage(List.of(), Optional.empty()))));
        samples.add(new Sample(
                "manage-overview",
                "admin",
                texts -> MailboxOverviewCard.render(
                        texts,
                        RECEPTIE32,
                        DELEGATES_WITH_GROUP,
                        true,
                        Optional.of(new MailboxOverviewCard.Notice(
                                texts.get("manage.done.revoked", "Lotte de Vries"), false)))));
        samples.add(new Sample(
                "manage-overview",
                "hidden-staff",
                texts -> MailboxOverviewCard.render(
                        texts,
                        HIDDEN_MAILBOX,
                        List.of(),
                        false,
                        Optional.of(new MailboxOverviewCard.Notice(
                                texts.get("problem." + Problem.NOT_AUTHORISED), true)))));
        samples.add(new Sample(
                "manage-overview",
                "hidden-admin",
                texts -> MailboxOverviewCard.render(texts, HIDDEN_MAILBOX, DELEGATES, true, Optional.empty())));
        samples.add(new Sample(
                "manage-add-members",
                "",
                texts -> io.postkamer.cards.manage.AddMembersCard.render(
                        texts,
                        HIDDEN_MAILBOX,
                        io.postkamer.mailbox.MemberRights.of(DELEGATES_WITH_GROUP),
                        List.of(new io.postkamer.cards.manage.AddMembersCard.Choice(
                                "Bram de Boer", "b1b1b1b1-0000-4000-8000-000000000001")),
                        Optional.of(texts.get("manage.addMembers.nothing")))));
        samples.add(new Sample("manage-unblock", "", texts -> UnblockConfirmCard.render(texts, RECEPTIE32)));
        samples.add(
                new Sample("manage-convert", "", texts -> ConvertConfirmCard.render(texts, SMALL_USER_MAILBOX, false)));
        samples.add(new Sample(
                "manage-convert", "large-licensed", texts -> ConvertConfirmCard.render(texts, HIDDEN_MAILBOX, false)));
        samples.add(new Sample(
                "manage-convert", "own-mailbox", texts -> ConvertConfirmCard.render(texts, SMALL_USER_MAILBOX, true)));
        samples.add(new Sample(
                "manage-confirm",
                "revoke-one",
                texts -> ConfirmChangeCard.render(
                        texts,
                        new ConfirmChangeCard.Question(
                                RECEPTIE32.id(),
                                texts.get("manage.confirm.revokeOne.title", "Full Access", "Ger Verbeek"),
                                List.of(texts.get(
                                        "manage.confirm.lose.FULL_ACCESS", "Ger Verbeek", "Ontvangstgebouw 32")),
                                List.of(texts.get("manage.confirm.keepsSendOnly", "Ger Verbeek", "Send on Behalf")),
                                texts.get("manage.confirm.revokeOne.confirm", "Full Access", "Ger Verbeek"),
                                Verb.REVOKE,
                                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                        .objectNode()
                                        .put("mailbox", RECEPTIE32.id())
                                        .put("member", "fc654dab-7509-4ccd-b23e-187f1fd03e42")
                                        .put("right", "FULL_ACCESS")))));
        samples.add(new Sample(
                "manage-confirm",
                "hide",
                texts -> ConfirmChangeCard.render(
                        texts,
                        new ConfirmChangeCard.Question(
                                RECEPTIE32.id(),
                                texts.get("manage.confirm.hide.title", "Ontvangstgebouw 32"),
                                List.of(texts.get("manage.confirm.hide.what")),
                                List.of(texts.get("manage.confirm.hide.sendAs")),
                                texts.get("manage.confirm.hide.confirm"),
                                Verb.HIDE,
                                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                        .objectNode()
                                        .put("mailbox", RECEPTIE32.id())))));
        samples.add(new Sample(
                "manage-confirm",
                "no-warning",
                texts -> ConfirmChangeCard.render(
                        texts,
                        new ConfirmChangeCard.Question(
                                RECEPTIE32.id(),
                                texts.get("manage.confirm.licence.title", "Exchange Online (Plan 1)", "Directie"),
                                List.of(
                                        texts.get("manage.confirm.licence.size", "Directie", "2,1 GB"),
                                        texts.get("manage.confirm.licence.free")),
                                List.of(),
                                texts.get("manage.confirm.licence.confirm", "Exchange Online (Plan 1)"),
                                Verb.REMOVE_LICENCE,
                                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                        .objectNode()
                                        .put("mailbox", RECEPTIE32.id())
                                        .put("sku", "4b9405b0-7788-4568-add1-99614e613b69")))));
        samples.add(new Sample(
                "manage-calendar",
                "",
                texts -> CalendarCard.render(
                        texts,
                        RECEPTIE32.id(),
                        "Ontvangstgebouw 32",
                        List.of(
                                new CalendarEvent(
                                        "e1",
                                        "Klantbezoek Jansen BV",
                                        java.time.OffsetDateTime.parse("2026-11-25T10:00:00+01:00"),
                                        java.time.OffsetDateTime.parse("2026-11-25T11:30:00+01:00"),
                                        "Gebouw 32, zaal 2"),
                                new CalendarEvent(
                                        "e2",
                                        "Teamoverleg",
                                        java.time.OffsetDateTime.parse("2026-11-26T09:00:00+01:00"),
                                        java.time.OffsetDateTime.parse("2026-11-26T09:30:00+01:00"),
                                        "")),
                        java.time.ZoneId.of("Europe/Amsterdam"),
                        CalendarCard.Form.blank(java.time.LocalDate.parse("2026-11-24")),
                        Optional.of(new MailboxOverviewCard.Notice(
                                texts.get("manage.calendar.added", "Teamoverleg"), false)))));
        samples.add(new Sample(
                "manage-calendar",
                "not-added",
                texts -> CalendarCard.render(
                        texts,
                        RECEPTIE32.id(),
                        "Ontvangstgebouw 32",
                        List.of(),
                        java.time.ZoneOffset.UTC,
                        new CalendarCard.Form(
                                "Klantbezoek Jansen BV", "2026-11-27", "14:00", "15:30", "Gebouw 32, zaal 2"),
                        Optional.of(new MailboxOverviewCard.Notice(
                                texts.get("problem." + Problem.NOT_AUTHORISED), true)))));
        samples.add(new Sample(
                "manage-calendar",
                "empty",
                texts -> CalendarCard.render(
                        texts,
                        RECEPTIE32.id(),
                        "Ontvangstgebouw 32",
                        List.of(),
                        java.time.ZoneOffset.UTC,
                        CalendarCard.Form.blank(java.time.LocalDate.parse("2026-11-24")),
                        Optional.empty())));
        samples.add(new Sample(
                "manage-history",
                "",
                texts -> HistoryCard.render(
                        texts,
                        RECEPTIE32.id(),
                        "Ontvangstgebouw 32",
                        List.of(
                                new HistoryCard.Entry(
                                        texts.dateTime(java.time.ZonedDateTime.parse("2026-11-24T09:30:00Z")),
                                        "Megan Bowen",
                                        texts.get("history.action.hide", "Megan Bowen", "Ontvangstgebouw 32"),
                                        texts.get("manage.history.outcome.DONE"),
                                        false),
                                new HistoryCard.Entry(
                                        texts.dateTime(java.time.ZonedDateTime.parse("2026-11-24T09:31:00Z")),
                                        "Flip Schoonen",
                                        texts.get("history.action.removeAll", "Flip Schoonen", "Ger Verbeek"),
                                        texts.get("manage.history.outcome.REFUSED"),
                                        true)))));
        samples.add(new Sample(
                "manage-history",
                "empty",
                texts -> HistoryCard.render(texts, RECEPTIE32.id(), "Ontvangstgebouw 32", List.of())));
        for (GuidanceCard.Topic topic : GuidanceCard.Topic.values()) {
            samples.add(new Sample(
                    "guidance",
                    topic.name().toLowerCase(java.util.Locale.ROOT),
                    texts -> GuidanceCard.render(texts, topic)));
        }
        samples.addAll(requestSamples());
        samples.addAll(reviewSamples());
        samples.addAll(healthSamples());
        samples.addAll(OffboardingSamples.all());
        samples.addAll(CopyAccessSamples.all());
        return samples;
    }

    private static final java.time.Instant REPORT_MADE = java.time.Instant.parse("2026-12-07T09:00:00Z");
    private static final io.postkamer.mailbox.LicencePrices PRICES = new io.postkamer.mailbox.LicencePrices(
            java.util.Map.of("EXCHANGESTANDARD", new java.math.BigDecimal("4.00")),
            java.util.Currency.getInstance("EUR"));

    private static io.postkamer.cards.health.Concern concern(
            String id,
            String name,
            long bytes,
            List<Licence> licences,
            List<io.postkamer.mailbox.HeldPermission> permissions) {
        return new io.postkamer.cards.health.Concern(
                new MailboxEntry(
                        id, name, id, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@contoso.com"),
                new MailboxStorage(bytes, false, false),
                licences,
                permissions);
    }

    /** One of each finding, as on the demo tenant, with prices. */
    static io.postkamer.cards.health.HealthReport contosoHealth() {
        Licence standard = new Licence("4b9405b0-7788-4568-add1-99614e613b69", "EXCHANGESTANDARD", false);
        var klantenservice = concern("k1", "Klantenservice", 6_657_199_308L, List.of(standard), List.of());
        var facturen = concern("f1", "Facturen", 9_663_676_416L, List.of(), List.of());
        var archief = concern("p1", "Projectarchief", 51_002_736_640L, List.of(), List.of());
        java.util.Map<io.postkamer.cards.health.FindingKind, List<io.postkamer.cards.health.Concern>> findings =
                new java.util.EnumMap<>(io.postkamer.cards.health.FindingKind.class);
        findings.put(io.postkamer.cards.health.FindingKind.SIGN_IN_ENABLED, List.of(facturen, klantenservice, archief));
        findings.put(io.postkamer.cards.health.FindingKind.LICENCE_NOT_NEEDED, List.of(klantenservice));
        findings.put(io.postkamer.cards.health.FindingKind.LICENCE_NEEDED, List.of(archief));
        findings.put(
                io.postkamer.cards.health.FindingKind.NO_OWNER,
                List.of(
                        facturen,
                        klantenservice,
                        new io.postkamer.cards.health.Concern(
                                new MailboxEntry("r1", "Ontvangstgebouw 32", "r1", "receptie32@contoso.com"),
                                new MailboxStorage(1, false, false),
                                List.of(),
                                List.of(),
                                true),
                        archief));
        findings.put(
                io.postkamer.cards.health.FindingKind.INACTIVE_TRUSTEES,
                List.of(concern(
                        "k1",
                        "Klantenservice",
                        1,
                        List.of(),
                        List.of(
                                new io.postkamer.mailbox.HeldPermission(
                                        "s1",
                                        "Sanne Willems",
                                        Right.FULL_ACCESS,
                                        io.postkamer.mailbox.TrusteeStatus.DISABLED),
                                new io.postkamer.mailbox.HeldPermission(
                                        "S-1-5-21-1-2-3-1013",
                                        "S-1-5-21-1-2-3-1013",
                                        Right.SEND_AS,
                                        io.postkamer.mailbox.TrusteeStatus.DELETED)))));
        findings.put(
                io.postkamer.cards.health.FindingKind.SENDING_WHILE_HIDDEN,
                List.of(concern(
                        "f1",
                        "Facturen",
                        1,
                        List.of(),
                        List.of(new io.postkamer.mailbox.HeldPermission(
                                "p2", "Pradeep Gupta", Right.SEND_AS, io.postkamer.mailbox.TrusteeStatus.ENABLED)))));
        findings.put(
                io.postkamer.cards.health.FindingKind.GROUP_FULL_ACCESS,
                List.of(concern(
                        "k1",
                        "Klantenservice",
                        1,
                        List.of(),
                        List.of(new io.postkamer.mailbox.HeldPermission(
                                "g1",
                                "Marketing Team",
                                Right.FULL_ACCESS,
                                io.postkamer.mailbox.TrusteeStatus.GROUP)))));
        return new io.postkamer.cards.health.HealthReport(
                REPORT_MADE,
                4,
                List.of(),
                findings,
                PRICES,
                List.of(
                        new io.postkamer.mailbox.Person(
                                "a1", "Adele Vance", "adele.vance@contoso.com", "adele.vance@contoso.com", "", ""),
                        new io.postkamer.mailbox.Person(
                                "g1", "Ger Verbeek", "ger.verbeek@contoso.com", "ger.verbeek@contoso.com", "", ""),
                        new io.postkamer.mailbox.Person(
                                "l1",
                                "Lotte de Vries",
                                "lotte.devries@contoso.com",
                                "lotte.devries@contoso.com",
                                "",
                                "")));
    }

    /**
     * The most a report can hold: 2,000 mailboxes with names of 256 characters in every finding, each with 40
     * rights of people gone by names of 256 characters and two licences, and mailboxes that could not be read.
     */
    static io.postkamer.cards.health.HealthReport hugeHealth() {
        String longName = "Afdeling " + "x".repeat(247);
        List<Licence> licences = List.of(
                new Licence("4b9405b0-7788-4568-add1-99614e613b69", "EXCHANGESTANDARD", false),
                new Licence("19ec0d23-8335-4cbd-94ac-6050e30712fa", "EXCHANGEENTERPRISE", true));
        List<io.postkamer.mailbox.HeldPermission> gone = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            gone.add(new io.postkamer.mailbox.HeldPermission(
                    "b0000000-0000-4000-8000-" + String.format(java.util.Locale.ROOT, "%012d", i),
                    "Medewerker " + "y".repeat(245),
                    Right.values()[i % 3],
                    i % 2 == 0
                            ? io.postkamer.mailbox.TrusteeStatus.DISABLED
                            : io.postkamer.mailbox.TrusteeStatus.DELETED));
        }
        List<io.postkamer.cards.health.Concern> concerns = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            concerns.add(new io.postkamer.cards.health.Concern(
                    new MailboxEntry(
                            "a0000000-0000-4000-8000-" + String.format(java.util.Locale.ROOT, "%012d", i),
                            longName,
                            "x",
                            "a".repeat(64) + "@" + "d".repeat(250) + ".nl"),
                    new MailboxStorage(53_000_000_000L, true, true),
                    licences,
                    gone));
        }
        java.util.Map<io.postkamer.cards.health.FindingKind, List<io.postkamer.cards.health.Concern>> findings =
                new java.util.EnumMap<>(io.postkamer.cards.health.FindingKind.class);
        for (io.postkamer.cards.health.FindingKind kind : io.postkamer.cards.health.FindingKind.values()) {
            findings.put(kind, concerns);
        }
        return new io.postkamer.cards.health.HealthReport(
                REPORT_MADE,
                20_000,
                concerns.subList(0, 12).stream()
                        .map(io.postkamer.cards.health.Concern::mailbox)
                        .toList(),
                findings,
                PRICES,
                java.util.stream.IntStream.range(0, 5)
                        .mapToObj(i -> new io.postkamer.mailbox.Person(
                                "c0000000-0000-4000-8000-" + String.format(java.util.Locale.ROOT, "%012d", i),
                                "Medewerker " + "z".repeat(245),
                                "m" + i + "@contoso.com",
                                "b".repeat(64) + "@" + "d".repeat(250) + ".nl",
                                "",
                                ""))
                        .toList());
    }

    private static List<Sample> healthSamples() {
        java.time.Instant now = REPORT_MADE.plus(java.time.Duration.ofMinutes(3));
        return List.of(
                new Sample(
                        "health-report",
                        "",
                        texts -> io.postkamer.cards.health.HealthReportCard.render(
                                texts, contosoHealth(), now, Optional.of(texts.get("health.done.block", "Facturen")))),
                new Sample(
                        "health-report",
                        "all-clear",
                        texts -> io.postkamer.cards.health.HealthReportCard.render(
                                texts,
                                new io.postkamer.cards.health.HealthReport(
                                        REPORT_MADE,
                                        4,
                                        List.of(),
                                        java.util.Map.of(),
                                        io.postkamer.mailbox.LicencePrices.none()),
                                now,
                                Optional.empty())),
                new Sample(
                        "health-report",
                        "scheduled",
                        texts -> io.postkamer.cards.health.HealthReportCard.scheduled(
                                texts, contosoHealth(), now, java.time.Period.ofWeeks(1), LocalDate.of(2026, 11, 26))),
                new Sample(
                        "health-report",
                        "scheduled-huge",
                        texts -> io.postkamer.cards.health.HealthReportCard.scheduled(
                                texts, hugeHealth(), now, java.time.Period.ofMonths(1), LocalDate.of(2026, 12, 1))),
                new Sample(
                        "health-report",
                        "huge",
                        texts -> io.postkamer.cards.health.HealthReportCard.render(
                                texts, hugeHealth(), now, Optional.empty())),
                new Sample(
                        "health-finding",
                        "",
                        texts -> io.postkamer.cards.health.HealthFindingCard.render(
                                texts, contosoHealth(), io.postkamer.cards.health.FindingKind.SIGN_IN_ENABLED, 0, now)),
                new Sample(
                        "health-finding",
                        "huge",
                        texts -> io.postkamer.cards.health.HealthFindingCard.render(
                                texts, hugeHealth(), io.postkamer.cards.health.FindingKind.INACTIVE_TRUSTEES, 3, now)),
                new Sample(
                        "health-finding",
                        "owners",
                        texts -> io.postkamer.cards.health.HealthFindingCard.render(
                                texts, hugeHealth(), io.postkamer.cards.health.FindingKind.NO_OWNER, 0, now)),
                new Sample(
                        "health-finding",
                        "groups",
                        texts -> io.postkamer.cards.health.HealthFindingCard.render(
                                texts,
                                contosoHealth(),
                                io.postkamer.cards.health.FindingKind.GROUP_FULL_ACCESS,
                                0,
                                now)),
                new Sample(
                        "health-finding",
                        "licences",
                        texts -> io.postkamer.cards.health.HealthFindingCard.render(
                                texts, hugeHealth(), io.postkamer.cards.health.FindingKind.LICENCE_NOT_NEEDED, 0, now)),
                new Sample(
                        "health-progress",
                        "",
                        texts -> io.postkamer.cards.health.HealthProgressCard.render(
                                texts, io.postkamer.cards.health.HealthProgressCard.Work.REPORT, 120, 2_000)),
                new Sample(
                        "health-progress",
                        "listing",
                        texts -> io.postkamer.cards.health.HealthProgressCard.render(
                                texts, io.postkamer.cards.health.HealthProgressCard.Work.REPORT, 0, 0)),
                new Sample(
                        "health-progress",
                        "blocking",
                        texts -> io.postkamer.cards.health.HealthProgressCard.render(
                                texts, io.postkamer.cards.health.HealthProgressCard.Work.BLOCKING, 7, 30)),
                new Sample(
                        "health-confirm",
                        "",
                        texts -> io.postkamer.cards.health.HealthConfirmCard.render(
                                texts,
                                new io.postkamer.cards.health.HealthConfirmCard.Question(
                                        texts.get("health.confirm.blockAll.title", 3),
                                        List.of(texts.get(
                                                "health.confirm.blockAll.what",
                                                "Facturen, Klantenservice, Projectarchief")),
                                        texts.get("health.fix.blockAll", 3),
                                        Verb.HEALTH_BLOCK_ALL,
                                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                                .objectNode()
                                                .put("report", "1796547600000")))),
                new Sample("health-confirm", "group-members", CardSamples::groupMembersQuestion),
                new Sample(
                        "health-confirm",
                        "owners",
                        texts -> io.postkamer.cards.health.HealthConfirmCard.render(
                                texts,
                                new io.postkamer.cards.health.HealthConfirmCard.Question(
                                        texts.get("health.confirm.owners.title", "Facturen"),
                                        List.of(texts.get(
                                                "health.confirm.owners.what",
                                                "Lotte de Vries, Ger Verbeek",
                                                "Facturen")),
                                        texts.get("health.fix.setOwners"),
                                        Verb.HEALTH_SET_OWNERS,
                                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                                .objectNode()
                                                .put("mailbox", "f1")
                                                .put("owners.f1", "l1,g1")))));
    }

    /** The question before a group's members get Full Access in its place, for a group of 14 people. */
    private static io.postkamer.cards.AdaptiveCard groupMembersQuestion(Texts texts) {
        String named = "Miriam Graham, Émilie Sauvé, Fatima Ouali, Alex Wilber, Isaiah Langer, Lidia Holloway,"
                + " Pradeep Gupta, Lee Gu, Anouk Visser, Bram de Jong";
        return io.postkamer.cards.health.HealthConfirmCard.render(
                texts,
                new io.postkamer.cards.health.HealthConfirmCard.Question(
                        texts.get("health.confirm.groupMembers.title", "Klantenservice", "Marketing Team"),
                        List.of(
                                texts.get(
                                        "health.confirm.groupMembers.members",
                                        "Marketing Team",
                                        14,
                                        texts.get("health.row.namesAndMore", named, 4)),
                                texts.get("health.confirm.groupMembers.what", "Klantenservice"),
                                texts.get("health.confirm.groupMembers.heldNamed", "Isaiah Langer"),
                                texts.get("health.confirm.groupMembers.nested", "Marketing Team"),
                                texts.get("health.confirm.groupMembers.then", "Marketing Team", "Klantenservice")),
                        texts.get("health.fix.groupMembers"),
                        Verb.HEALTH_GROUP_MEMBERS,
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                .objectNode()
                                .put("mailbox", "k1")
                                .put("group", "g1")));
    }

    private static final Mailbox RECEPTIE32 = new Mailbox(
            "31652c84-4fd0-4b22-940a-9ce4af7611f1",
            "Ontvangstgebouw 32",
            "receptie32",
            "receptie32@contoso.com",
            MailboxKind.SHARED,
            false,
            ProvisioningState.READY,
            new MailboxAccount("31652c84-4fd0-4b22-940a-9ce4af7611f1", true, List.of()),
            new MailboxStorage(2_000_000_000L, false, false),
            SentItemsCopies.BOTH);
    private static final Mailbox HIDDEN_MAILBOX = new Mailbox(
            "a1",
            "Directie",
            "directie",
            "directie@contoso.com",
            MailboxKind.SHARED,
            true,
            ProvisioningState.READY,
            new MailboxAccount(
                    "a1",
                    false,
                    List.of(new Licence("4b9405b0-7788-4568-add1-99614e613b69", "EXCHANGESTANDARD", false))),
            new MailboxStorage(60L * 1024 * 1024 * 1024, true, false));
    private static final Mailbox SMALL_USER_MAILBOX = new Mailbox(
            "3698c9a7-0210-47ec-80eb-4360e0abd6f0",
            "Megan Bowen",
            "megan.bowen",
            "megan.bowen@contoso.com",
            MailboxKind.USER,
            false,
            ProvisioningState.READY,
            new MailboxAccount(
                    "3698c9a7-0210-47ec-80eb-4360e0abd6f0",
                    false,
                    List.of(new Licence("05e9a617-0261-4cee-bb44-138d3ef5d965", "SPE_E3", false))),
            new MailboxStorage(4_831_838_208L, false, false));
    private static final List<PermissionGrant> DELEGATES = List.of(
            new PermissionGrant("fc654dab-7509-4ccd-b23e-187f1fd03e42", "Ger Verbeek", Right.FULL_ACCESS, true),
            new PermissionGrant("fc654dab-7509-4ccd-b23e-187f1fd03e42", "Ger Verbeek", Right.SEND_ON_BEHALF, false),
            new PermissionGrant("b642bc1e-dc5f-47dc-8fb5-d89e618b023f", "Lotte de Vries", Right.SEND_AS, false),
            new PermissionGrant(
                    "d4f6a1c2-3b5e-4f70-9a81-2c3d4e5f6a7b", "Pieter Bakker", Right.FULL_ACCESS, AutoMapping.UNKNOWN));

    private static final List<PermissionGrant> DELEGATES_WITH_GROUP = Stream.concat(
                    DELEGATES.stream(),
                    Stream.of(
                            new PermissionGrant(
                                    "77e8780b-715a-48ea-97c2-b5b72a3f85df",
                                    "Marketing Team",
                                    Right.FULL_ACCESS,
                                    AutoMapping.OFF,
                                    true),
                            new PermissionGrant(
                                    "77e8780b-715a-48ea-97c2-b5b72a3f85df",
                                    "Marketing Team",
                                    Right.SEND_AS,
                                    AutoMapping.OFF,
                                    true)))
            .toList();

    private static List<Sample> reviewSamples() {
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample(
                "review-start",
                "one-mailbox",
                texts -> ReviewStartCard.render(
                        texts,
                        texts.get("review.start.titleOne", "Ontvangstgebouw 32"),
                        "31652c84-4fd0-4b22-940a-9ce4af7611f1",
                        LocalDate.of(2026, 12, 7),
                        LocalDate.of(2026, 11, 24))));
        samples.add(new Sample(
                "review-start",
                "all-mailboxes",
                texts -> ReviewStartCard.render(
                        texts,
                        texts.get("review.start.titleAll"),
                        "",
                        LocalDate.of(2026, 12, 7),
                        LocalDate.of(2026, 11, 24))));
        List<ReviewCard.Row> rows = List.of(
                new ReviewCard.Row(
                        11,
                        "Flip Schoonen · Full Access",
                        "Granted on Nov 3, 2026 by Megan Bowen",
                        "To keep (decided by Pieter Jansen)",
                        true),
                new ReviewCard.Row(12, "Ger Verbeek · Send As", "Granted outside Postkamer", "Not decided yet", true),
                new ReviewCard.Row(13, "Anouk Smit · Send on Behalf", "", "Removed", false));
        samples.add(new Sample(
                "review-card",
                "open",
                texts -> ReviewCard.render(
                        texts,
                        1,
                        "31652c84-4fd0-4b22-940a-9ce4af7611f1",
                        texts.get("review.card.title", 1, "Ontvangstgebouw 32"),
                        texts.get("review.card.intro", "Dec 7, 2026", texts.get("review.card.intro.keep")),
                        Optional.of(texts.get("review.reminder.title", 1)),
                        rows,
                        true,
                        List.of("29:30b96472-e613-420d-86ac-ef13e529ee20"))));
        samples.add(new Sample(
                "review-card",
                "closed",
                texts -> ReviewCard.render(
                        texts,
                        1,
                        "31652c84-4fd0-4b22-940a-9ce4af7611f1",
                        texts.get("review.card.title", 1, "Ontvangstgebouw 32"),
                        texts.get("review.card.closed", "Dec 8, 2026"),
                        Optional.empty(),
                        rows,
                        false,
                        List.of())));
        samples.add(new Sample(
                "review-card",
                "nothing-to-decide",
                texts -> ReviewCard.render(
                        texts,
                        2,
                        "dd7b3c26-5d1f-4ac1-afbb-3111892e8627",
                        texts.get("review.card.title", 2, "Facturen"),
                        texts.get("review.card.intro", "Dec 7, 2026", texts.get("review.card.intro.remove")),
                        Optional.empty(),
                        List.of(),
                        true,
                        List.of())));
        samples.add(new Sample(
                "review-list",
                "two",
                texts -> ReviewListCard.render(
                        texts,
                        List.of(
                                new ReviewListCard.Line(
                                        texts.get("review.list.heading", 2, texts.get("review.scope.all")),
                                        texts.get(
                                                "review.list.line",
                                                "Open",
                                                "Megan Bowen",
                                                "Nov 23, 2026",
                                                "Dec 7, 2026",
                                                3,
                                                0,
                                                12,
                                                0)),
                                new ReviewListCard.Line(
                                        texts.get("review.list.heading", 1, "Ontvangstgebouw 32"),
                                        texts.get(
                                                "review.list.line",
                                                "Finished on Nov 20, 2026",
                                                "Megan Bowen",
                                                "Nov 6, 2026",
                                                "Nov 19, 2026",
                                                1,
                                                4,
                                                0,
                                                0))))));
        samples.add(new Sample("review-list", "empty", texts -> ReviewListCard.render(texts, List.of())));
        return samples;
    }

    private static List<Sample> requestSamples() {
        List<RequestFormCard.Choice> mailboxes = List.of(
                new RequestFormCard.Choice(
                        "Ontvangstgebouw 32 (receptie32@contoso.com)", "31652c84-4fd0-4b22-940a-9ce4af7611f1"),
                new RequestFormCard.Choice("Facturen (facturen@contoso.com)", "dd7b3c26"));
        java.time.LocalDate monday = java.time.LocalDate.of(2026, 11, 23);
        Function<Texts, RequestCard.Facts> pending = texts -> new RequestCard.Facts(
                12,
                "Ontvangstgebouw 32",
                "Flip Schoonen",
                texts.get("right.SEND_AS.name"),
                "I take over the reception on Tuesdays",
                "2026-12-31",
                "Pieter Jansen",
                texts.get("request.status.PENDING"),
                RequestCard.Outcome.NONE,
                "",
                List.of("29:1flip", "29:1pieter"),
                false);
        Function<Texts, RequestCard.Facts> approved = texts -> new RequestCard.Facts(
                12,
                "Ontvangstgebouw 32",
                "Flip Schoonen",
                texts.get("right.FULL_ACCESS.name") + ", " + texts.get("right.SEND_AS.name"),
                "Reception",
                texts.get("request.card.noEnd"),
                "Pieter Jansen",
                texts.get("request.status.APPROVED", "Pieter Jansen", "2026-11-24"),
                RequestCard.Outcome.GOOD,
                texts.get("request.status.applied"),
                List.of("29:1flip", "29:1pieter"),
                false);
        Function<Texts, RequestCard.Facts> newMailbox = texts -> new RequestCard.Facts(
                15,
                "Afdeling Marketing",
                "Flip Schoonen",
                texts.get("request.new.members", "Flip Schoonen, Ger Verbeek"),
                "Campaign mail",
                texts.get("request.card.noEnd"),
                "Pieter Jansen",
                texts.get("request.status.PENDING"),
                RequestCard.Outcome.NONE,
                "",
                List.of("29:1flip"),
                true);
        return List.of(
                new Sample(
                        "request-export",
                        "",
                        texts -> ExportCard.render(
                                texts,
                                37,
                                java.net.URI.create("https://postkamer.contoso.com/downloads/3q2-7wEAAAB7kQ9R0XvJ5g"),
                                java.time.Duration.ofMinutes(10))),
                new Sample(
                        "request-form",
                        "",
                        texts -> RequestFormCard.render(
                                texts, mailboxes, RequestFormCard.Filled.empty(), monday, Optional.empty())),
                new Sample(
                        "request-form",
                        "error",
                        texts -> RequestFormCard.render(
                                texts,
                                mailboxes,
                                new RequestFormCard.Filled("dd7b3c26", Set.of(Right.SEND_AS), "", "2026-11-20"),
                                monday,
                                Optional.of(texts.get("request.invalid.until")))),
                new Sample(
                        "request-card",
                        "approver",
                        texts -> RequestCard.render(
                                texts,
                                pending.apply(texts),
                                RequestCard.View.APPROVER,
                                RequestCard.Options.note(texts.get("request.card.forYou")),
                                Optional.empty())),
                new Sample(
                        "request-card",
                        "rejecting",
                        texts -> RequestCard.render(
                                texts,
                                pending.apply(texts),
                                RequestCard.View.REJECTING,
                                RequestCard.Options.note(texts.get("request.footer.rejecting")),
                                Optional.of(texts.get("request.card.rejectRequired")))),
                new Sample(
                        "request-card",
                        "helpdesk-rejecting-may-approve",
                        texts -> RequestCard.render(
                                texts,
                                pending.apply(texts),
                                RequestCard.View.REJECTING,
                                new RequestCard.Options(
                                        texts.get("request.footer.rejecting"), false, true, true, List.of()),
                                Optional.empty())),
                new Sample(
                        "request-card",
                        "helpdesk-reassign",
                        texts -> RequestCard.render(
                                texts,
                                pending.apply(texts),
                                RequestCard.View.HELPDESK,
                                new RequestCard.Options(
                                        texts.get("request.footer.helpdesk", "Pieter Jansen"),
                                        false,
                                        false,
                                        true,
                                        List.of(
                                                new RequestFormCard.Choice("Pieter Jansen", "id-pieter"),
                                                new RequestFormCard.Choice("Ger Verbeek", "id-ger"))),
                                Optional.empty())),
                new Sample(
                        "request-card",
                        "helpdesk-decides",
                        texts -> RequestCard.render(
                                texts,
                                pending.apply(texts),
                                RequestCard.View.APPROVER,
                                new RequestCard.Options(
                                        texts.get("request.card.forYou"),
                                        false,
                                        false,
                                        true,
                                        List.of(new RequestFormCard.Choice("Ger Verbeek", "id-ger"))),
                                Optional.empty())),
                new Sample(
                        "request-card",
                        "requester-approved",
                        texts -> RequestCard.render(
                                texts,
                                approved.apply(texts),
                                RequestCard.View.REQUESTER,
                                RequestCard.Options.note(texts.get(
                                        "request.footer.approved", "Pieter Jansen", texts.date(monday.plusDays(1)))),
                                Optional.empty())),
                new Sample(
                        "request-card",
                        "approver-approved",
                        texts -> RequestCard.render(
                                texts,
                                approved.apply(texts),
                                RequestCard.View.SUMMARY,
                                RequestCard.Options.note(
                                        texts.get("request.footer.youApproved", texts.date(monday.plusDays(1)))),
                                Optional.empty())),
                new Sample(
                        "request-card",
                        "new-mailbox-admin",
                        texts -> RequestCard.render(
                                texts,
                                newMailbox.apply(texts),
                                RequestCard.View.APPROVER,
                                new RequestCard.Options(
                                        texts.get("request.card.forYou"), true, false, false, List.of()),
                                Optional.empty())),
                new Sample(
                        "request-new",
                        "",
                        texts -> NewMailboxRequestCard.render(
                                texts,
                                "",
                                "",
                                List.of(new RequestFormCard.Choice("Flip Schoonen", "id-flip")),
                                Optional.empty())),
                new Sample(
                        "request-new",
                        "error",
                        texts -> NewMailboxRequestCard.render(
                                texts,
                                "Afdeling Marketing",
                                "",
                                List.of(new RequestFormCard.Choice("Flip Schoonen", "id-flip")),
                                Optional.of(texts.get("request.new.invalid")))),
                new Sample(
                        "request-card",
                        "summary",
                        texts -> RequestCard.render(
                                texts,
                                pending.apply(texts),
                                RequestCard.View.SUMMARY,
                                RequestCard.Options.note(texts.get("request.footer.waiting", "Pieter Jansen")),
                                Optional.empty())),
                new Sample(
                        "request-list",
                        "",
                        texts -> RequestListCard.render(
                                texts,
                                texts.get("request.list.title"),
                                List.of(new RequestListCard.Line(
                                        12,
                                        texts.get(
                                                "request.list.line",
                                                12,
                                                texts.get(
                                                        "request.list.access",
                                                        texts.get("right.SEND_AS.name"),
                                                        "Ontvangstgebouw 32"),
                                                "Flip Schoonen",
                                                texts.ago(java.time.Duration.ofHours(5)),
                                                texts.get("request.list.waiting", "Pieter Jansen")))))),
                new Sample(
                        "request-list",
                        "admin-to-create",
                        texts -> RequestListCard.render(
                                texts,
                                texts.get("request.list.pendingTitle"),
                                List.of(new RequestListCard.Line(
                                        15,
                                        texts.get(
                                                "request.list.line",
                                                15,
                                                texts.get("request.list.newMailbox", "Afdeling Marketing"),
                                                "Flip Schoonen",
                                                texts.get("request.list.on", texts.date(monday)),
                                                texts.get(
                                                        "request.list.toCreate",
                                                        "Pieter Jansen",
                                                        texts.date(monday.plusDays(1)))),
                                        true)))),
                new Sample(
                        "request-queue",
                        "",
                        texts -> RequestQueueCard.render(
                                texts,
                                List.of(
                                        new RequestQueueCard.Line(
                                                12,
                                                texts.get(
                                                        "request.list.line",
                                                        12,
                                                        texts.get(
                                                                "request.list.access",
                                                                texts.get("right.SEND_AS.name"),
                                                                "Ontvangstgebouw 32"),
                                                        "Flip Schoonen",
                                                        texts.ago(java.time.Duration.ofDays(3)),
                                                        texts.get("request.list.waiting", "Pieter Jansen")),
                                                true,
                                                false,
                                                false),
                                        new RequestQueueCard.Line(
                                                14,
                                                texts.get(
                                                                "request.list.line",
                                                                14,
                                                                texts.get(
                                                                        "request.list.access",
                                                                        texts.get("right.FULL_ACCESS.name"),
                                                                        "Facturen"),
                                                                "Nestor Wilke",
                                                                texts.ago(java.time.Duration.ofHours(5)),
                                                                texts.get("request.list.waiting", "Lotte de Vries"))
                                                        + " · " + texts.get("request.queue.assigned", "Lotte de Vries"),
                                                true,
                                                true,
                                                false),
                                        new RequestQueueCard.Line(
                                                15,
                                                texts.get(
                                                        "request.list.line",
                                                        15,
                                                        texts.get("request.list.newMailbox", "Afdeling Marketing"),
                                                        "Flip Schoonen",
                                                        texts.get("request.list.on", texts.date(monday)),
                                                        texts.get(
                                                                "request.list.toCreate",
                                                                "Pieter Jansen",
                                                                texts.date(monday.plusDays(1)))),
                                                false,
                                                false,
                                                true)))),
                new Sample("request-queue", "empty", texts -> RequestQueueCard.render(texts, List.of())),
                new Sample(
                        "request-list",
                        "empty",
                        texts -> RequestListCard.render(texts, texts.get("request.list.pendingTitle"), List.of())));
    }

    static List<Case> cases() {
        return all().stream()
                .flatMap(sample -> LANGUAGES.stream().map(texts -> new Case(sample, texts)))
                .toList();
    }

    /** The names of the template files in the source tree, found by listing the folder. */
    static Set<String> templatesOnDisk() {
        Path folder = Path.of(System.getProperty("cards.templates", "src/main/resources/cards"));
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = new TreeSet<>();
            files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".json"))
                    .forEach(file -> names.add(file.substring(0, file.length() - ".json".length())));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the card templates in " + folder.toAbsolutePath(), e);
        }
    }
}
