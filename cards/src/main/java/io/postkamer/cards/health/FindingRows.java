package io.postkamer.cards.health;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.postkamer.cards.Texts;
import io.postkamer.cards.Verb;
import io.postkamer.mailbox.HeldPermission;
import io.postkamer.mailbox.LicencePrices;
import io.postkamer.mailbox.MailboxStorage;
import io.postkamer.mailbox.Right;
import io.postkamer.mailbox.TrusteeStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A finding's mailboxes as the rows of a card, in the reader's words: what about each one is wrong, and the button
 * that fixes it where one can (each press carries only the mailbox and what it is about; the handler reads the rest
 * again). Names and addresses are cut to {@value #SHOWN} characters, so that a card of many rows stays within Teams'
 * card size; the overview shows them whole.
 */
final class FindingRows {
    static final int SHOWN = 100;
    /** The names of a right's holders a row lists before it counts the rest. */
    private static final int NAMES = 3;

    /**
     * A press: its verb, title and data, and which of the card's inputs it sends ({@code none}, or {@code auto} for a
     * row's own people picker).
     */
    record Button(String verb, String title, ObjectNode data, String inputs) {
        Button(String verb, String title, ObjectNode data) {
            this(verb, title, data, "none");
        }
    }

    /** One person offered by a picker before anything is typed. */
    record Choice(String title, String value) {}

    /**
     * A row's people picker: the input's id, its label, the people offered before anything is typed, and the dataset
     * Teams asks as the administrator types.
     */
    record Picker(String id, String label, List<Choice> choices, String dataset) {}

    record Row(String name, String detail, List<Button> buttons, Optional<Picker> picker) {
        Row(String name, String detail, List<Button> buttons) {
            this(name, detail, buttons, Optional.empty());
        }
    }

    /** The dataset of people the bot answers as the administrator types (the add-members card's too). */
    static final String PEOPLE = "postkamer.people";

    record Section(String title, String why, String cost, List<Row> rows, String more, List<Button> actions) {}

    private FindingRows() {}

    /**
     * Every row of a finding: one per mailbox, one per right for the rights of accounts that are gone, one per group for
     * Full Access given to groups.
     */
    static List<Row> of(Texts texts, FindingKind kind, HealthReport report) {
        List<Concern> concerns = report.concerns(kind);
        LicencePrices prices = report.prices();
        List<Choice> people = report.people().stream()
                .map(person -> new Choice(
                        cut(
                                person.mail().isEmpty()
                                        ? person.displayName()
                                        : person.displayName() + " (" + person.mail() + ")"),
                        person.id()))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (Concern concern : concerns) {
            String name = cut(concern.mailbox().displayName());
            String address = cut(concern.mailbox().primarySmtpAddress());
            ObjectNode mailbox = data("mailbox", concern.mailbox().id());
            switch (kind) {
                case SIGN_IN_ENABLED ->
                    rows.add(new Row(
                            name,
                            address,
                            List.of(new Button(Verb.HEALTH_BLOCK.id(), texts.get("manage.action.block"), mailbox))));
                case LICENCE_NOT_NEEDED -> rows.add(licences(texts, name, concern, prices));
                case LICENCE_NEEDED -> rows.add(new Row(name, size(texts, concern.storage()), List.of()));
                case NO_OWNER -> rows.add(owners(texts, name, address, concern, people));
                case INACTIVE_TRUSTEES ->
                    concern.permissions()
                            .forEach(held -> rows.add(new Row(
                                    name,
                                    inactive(texts, held),
                                    List.of(new Button(
                                            Verb.HEALTH_REMOVE_PERMISSION.id(),
                                            texts.get("manage.action.revoke", rightName(texts, held.right())),
                                            mailbox.deepCopy()
                                                    .put("member", held.trusteeId())
                                                    .put("right", held.right().name()))))));
                case SENDING_WHILE_HIDDEN ->
                    rows.add(new Row(
                            name,
                            holders(texts, concern.permissions()),
                            List.of(new Button(Verb.HEALTH_SHOW.id(), texts.get("manage.action.show"), mailbox))));
                case GROUP_FULL_ACCESS ->
                    concern.permissions()
                            .forEach(held -> rows.add(new Row(
                                    name,
                                    holders(texts, List.of(held)),
                                    List.of(
                                            new Button(
                                                    Verb.HEALTH_GROUP_MEMBERS.id(),
                                                    texts.get("health.fix.groupMembers"),
                                                    mailbox.deepCopy().put("group", held.trusteeId())),
                                            new Button(Verb.OPEN.id(), texts.get("manage.list.open"), mailbox)))));
            }
        }
        return rows;
    }

    /** A finding's heading, what it means and what to do, and for licences what they cost together. */
    static Section section(
            Texts texts,
            FindingKind kind,
            List<Concern> concerns,
            LicencePrices prices,
            List<Row> shown,
            int total,
            List<Button> actions) {
        String cost = kind == FindingKind.LICENCE_NOT_NEEDED
                ? total(concerns, prices)
                        .map(sum -> texts.get("health.finding.cost", Amounts.money(texts, prices, sum)))
                        .orElse("")
                : "";
        return new Section(
                texts.get("health.finding.title", texts.get("health.kind." + kind), total),
                texts.get("health.finding.why." + kind),
                cost,
                shown,
                total > shown.size() ? texts.get("health.report.more", total - shown.size()) : "",
                actions);
    }

    /** What the licences of a finding cost a month together, when a price is configured for any of them. */
    static Optional<BigDecimal> total(List<Concern> concerns, LicencePrices prices) {
        List<BigDecimal> priced = concerns.stream()
                .flatMap(concern -> concern.licences().stream())
                .map(prices::monthly)
                .flatMap(Optional::stream)
                .toList();
        return priced.isEmpty()
                ? Optional.empty()
                : Optional.of(priced.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    static String size(Texts texts, MailboxStorage storage) {
        List<String> parts = new ArrayList<>();
        parts.add(texts.get("health.row.size", Amounts.gigabytes(texts, storage.totalBytes())));
        if (storage.archiveEnabled()) {
            parts.add(texts.get("health.row.archive"));
        }
        if (storage.litigationHoldEnabled()) {
            parts.add(texts.get("health.row.hold"));
        }
        return String.join(", ", parts);
    }

    static String rightName(Texts texts, Right right) {
        return texts.get("right." + right + ".name");
    }

    /** Who it was and what they still hold: "Sanne Willems, account disabled: Full Access". */
    static String inactive(Texts texts, HeldPermission held) {
        return held.trustee() == TrusteeStatus.DELETED
                ? texts.get("health.row.deleted", rightName(texts, held.right()))
                : texts.get("health.row.disabled", cut(held.trusteeName()), rightName(texts, held.right()));
    }

    static ObjectNode data(String key, String value) {
        return JsonNodeFactory.instance.objectNode().put(key, value);
    }

    static String cut(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 1).stripTrailing() + "…";
    }

    /** A mailbox without owners: why, when it has owners who are all gone, and a people picker to name them. */
    private static Row owners(Texts texts, String name, String address, Concern concern, List<Choice> people) {
        String id = concern.mailbox().id();
        String detail = concern.ownersGone() ? address + " · " + texts.get("health.row.ownersGone") : address;
        if (people.isEmpty()) {
            return new Row(name, detail, List.of());
        }
        return new Row(
                name,
                detail,
                List.of(new Button(
                        Verb.HEALTH_SET_OWNERS.id(), texts.get("health.fix.setOwners"), data("mailbox", id), "auto")),
                Optional.of(
                        new Picker(HealthReportCard.ownersInput(id), texts.get("health.row.owners"), people, PEOPLE)));
    }

    private static Row licences(Texts texts, String name, Concern concern, LicencePrices prices) {
        List<String> parts = new ArrayList<>();
        parts.add(concern.licences().stream()
                .map(licence -> licence.assignedByGroup()
                        ? texts.get("health.row.byGroup", licence.productName())
                        : licence.productName())
                .collect(Collectors.joining(", ")));
        parts.add(Amounts.gigabytes(texts, concern.storage().totalBytes()));
        total(List.of(concern), prices)
                .ifPresent(sum -> parts.add(texts.get("health.row.perMonth", Amounts.money(texts, prices, sum))));
        List<Button> buttons = concern.licences().stream()
                .filter(licence -> !licence.assignedByGroup())
                .map(licence -> new Button(
                        Verb.HEALTH_REMOVE_LICENCE.id(),
                        texts.get("health.fix.removeLicence", licence.productName()),
                        data("mailbox", concern.mailbox().id()).put("sku", licence.skuId())))
                .toList();
        return new Row(name, String.join(" · ", parts), buttons);
    }

    /** The holders of the rights concerned, by right: "Send As: Pradeep Gupta; Send on Behalf: …". */
    private static String holders(Texts texts, List<HeldPermission> permissions) {
        Map<Right, List<String>> byRight = new EnumMap<>(Right.class);
        permissions.forEach(held -> byRight.computeIfAbsent(held.right(), right -> new ArrayList<>())
                .add(cut(held.trusteeName())));
        return byRight.entrySet().stream()
                .map(entry -> texts.get(
                        "health.row.holders", rightName(texts, entry.getKey()), names(texts, entry.getValue())))
                .collect(Collectors.joining("; "));
    }

    private static String names(Texts texts, List<String> names) {
        if (names.size() <= NAMES) {
            return String.join(", ", names);
        }
        return texts.get("health.row.namesAndMore", String.join(", ", names.subList(0, NAMES)), names.size() - NAMES);
    }
}
