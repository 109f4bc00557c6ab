package io.postkamer.dialogs.requests;

import io.postkamer.dialogs.common.TypedText;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What typed text can ask of the requests feature, in English and Dutch. */
public final class RequestIntents {
    private static final Pattern REQUEST_ACCESS = Pattern.compile(
            "^(?:please\\s+)?(?:request|ask\\s+for|i\\s+need|get)\\s+access(?:\\s+(?:to|for)\\s+(?<name>.+))?$"
                    + "|^(?:toegang\\s+(?:aanvragen|vragen)|vraag\\s+toegang\\s+aan|ik\\s+wil\\s+toegang)"
                    + "(?:\\s+(?:tot|voor)\\s+(?<naam>.+))?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEW_MAILBOX = Pattern.compile(
            "^(?:please\\s+)?(?:request|ask\\s+for)\\s+(?:a\\s+)?new\\s+shared\\s+mailbox$"
                    + "|^(?:een\\s+)?nieuw\\s+gedeeld\\s+postvak\\s+aanvragen$|^(?:een\\s+)?gedeeld\\s+postvak\\s+aanvragen$"
                    // "I need a new shared mailbox for the sales team": what it is for goes on the form.
                    + "|^(?:i|we)\\s+(?:need|want|would\\s+like)\\s+(?:a\\s+)?(?:new\\s+)?shared\\s+mailbox\\b.*$"
                    + "|^(?:ik|wij|we)\\s+(?:heb|hebben|wil|willen)\\s+(?:graag\\s+)?(?:een\\s+)?(?:nieuwe?\\s+)?"
                    + "gedeelde?\\s+postvak\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What a new mailbox is for, said after "for" or "voor": "… for the sales team", "… voor de afdeling Verkoop". */
    private static final Pattern FOR_WHAT = Pattern.compile(
            "\\s(?:for|voor)\\s+(?:the\\s+|de\\s+|het\\s+)?(?<what>\\S.*?)[.!]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern MY_REQUESTS =
            Pattern.compile("^(?:show\\s+)?my\\s+requests$|^(?:toon\\s+)?mijn\\s+aanvragen$", Pattern.CASE_INSENSITIVE);
    private static final Pattern APPROVALS = Pattern.compile(
            "^(?:my\\s+|pending\\s+)?approvals$|^requests\\s+to\\s+approve$"
                    + "|^(?:te\\s+beoordelen|goed\\s+te\\s+keuren|goedkeuringen|aanvragen\\s+om\\s+goed\\s+te\\s+keuren)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SET_OWNERS = Pattern.compile(
            "^set\\s+(?:the\\s+)?owners\\s+of\\s+(?<name>.+?)(?:\\s+to\\s+|\\s*:\\s*)(?<who>.+)$"
                    + "|^(?:stel\\s+)?(?:de\\s+)?eigenaren\\s+van\\s+(?<naam>.+?)(?:\\s+(?:instellen\\s+)?op\\s+|\\s*:\\s*)"
                    + "(?<wie>.+?)(?:\\s+in)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern QUEUE = Pattern.compile(
            "^(?:show\\s+)?(?:the\\s+)?(?:request\\s+queue|queue|open\\s+requests)$"
                    + "|^(?:toon\\s+)?(?:de\\s+)?(?:wachtrij|openstaande\\s+aanvragen|open\\s+aanvragen)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HELPDESK_CHANNEL = Pattern.compile(
            "^(?:set|use)\\s+(?:this\\s+as\\s+)?(?:the\\s+)?helpdesk\\s+channel(?:\\s+here)?$"
                    + "|^(?:stel\\s+)?(?:dit\\s+)?(?:als\\s+)?helpdeskkanaal(?:\\s+instellen|\\s+in)?$",
            Pattern.CASE_INSENSITIVE);
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    private static final Pattern EXPORT = Pattern.compile(
            "^export\\s+(?:the\\s+)?(?:request\\s+)?audit(?:\\s+(?:of|for)\\s+(?<name>.+?))?"
                    + "(?:\\s+(?:from|since)\\s+(?<from>" + DATE + "))?(?:\\s+(?:to|until)\\s+(?<until>" + DATE + "))?"
                    + "(?:\\s+as\\s+csv)?$"
                    + "|^(?:exporteer\\s+)?(?:de\\s+)?audit(?:\\s+van\\s+(?<naam>.+?))?"
                    + "(?:\\s+vanaf\\s+(?<vanaf>" + DATE + "))?(?:\\s+tot(?:\\s+en\\s+met)?\\s+(?<tot>" + DATE + "))?"
                    + "(?:\\s+exporteren)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern REQUEST_NUMBER = Pattern.compile(
            "^(?:(?:open|show)\\s+)?request\\s+(?:number\\s+|no\\.?\\s*)?#?\\s*(?<number>\\d{1,12})$"
                    + "|^(?:(?:open|toon)\\s+)?aanvraag\\s+(?:nummer\\s+|nr\\.?\\s*)?#?\\s*(?<nummer>\\d{1,12})"
                    + "(?:\\s+(?:openen|tonen))?$",
            Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> ALL = List.of(
            NEW_MAILBOX,
            REQUEST_ACCESS,
            REQUEST_NUMBER,
            MY_REQUESTS,
            APPROVALS,
            SET_OWNERS,
            QUEUE,
            HELPDESK_CHANNEL,
            EXPORT);
    private static final List<String> NOBODY = List.of("none", "nobody", "geen", "niemand");

    /** A mailbox and who should own it (empty: nobody). */
    public record SetOwners(String mailbox, List<String> owners) {}

    private RequestIntents() {}

    /** "request access", "request access to receptie32", "toegang aanvragen tot Ontvangstgebouw 32". */
    public static Optional<Optional<String>> requestAccess(String text) {
        Matcher matcher = REQUEST_ACCESS.matcher(TypedText.normal(text));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String name = Optional.ofNullable(matcher.group("name")).orElse(matcher.group("naam"));
        return Optional.of(Optional.ofNullable(name).map(TypedText::unquote).filter(n -> !n.isEmpty()));
    }

    /** "request 4", "request #4", "open request 4", "aanvraag 4", "aanvraag #4 openen": that request's number. */
    public static Optional<Long> requestNumber(String text) {
        Matcher matcher = REQUEST_NUMBER.matcher(TypedText.normal(text));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                Long.parseLong(Optional.ofNullable(matcher.group("number")).orElse(matcher.group("nummer"))));
    }

    /**
     * What the new mailbox is for, when the sentence asking for it says so ("I need a new shared mailbox for the sales
     * team": "Sales team"), to put on the form.
     */
    public static Optional<String> newMailboxFor(String text) {
        Matcher matcher = FOR_WHAT.matcher(TypedText.normal(text));
        if (!isNewMailbox(text) || !matcher.find()) {
            return Optional.empty();
        }
        String what = TypedText.unquote(matcher.group("what").strip());
        return what.isEmpty()
                ? Optional.empty()
                : Optional.of(what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1));
    }

    /** "request a new shared mailbox", "een nieuw gedeeld postvak aanvragen". */
    public static boolean isNewMailbox(String text) {
        return NEW_MAILBOX.matcher(TypedText.normal(text)).matches();
    }

    public static boolean isMyRequests(String text) {
        return MY_REQUESTS.matcher(TypedText.normal(text)).matches();
    }

    public static boolean isApprovals(String text) {
        return APPROVALS.matcher(TypedText.normal(text)).matches();
    }

    /** "set owners of receptie32@contoso.com to Pieter Jansen, Lotte de Vries"; "… to none" clears them. */
    public static Optional<SetOwners> setOwners(String text) {
        Matcher matcher = SET_OWNERS.matcher(TypedText.normal(text));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String mailbox =
                TypedText.unquote(Optional.ofNullable(matcher.group("name")).orElse(matcher.group("naam")));
        String who = Optional.ofNullable(matcher.group("who")).orElse(matcher.group("wie"));
        List<String> owners = Arrays.stream(who.split("\\s*(?:,|;|\\band\\b|\\ben\\b)\\s*"))
                .map(TypedText::unquote)
                .filter(name -> !name.isEmpty())
                .toList();
        boolean nobody = owners.size() == 1 && NOBODY.contains(owners.get(0).toLowerCase(Locale.ROOT));
        return Optional.of(new SetOwners(mailbox, nobody ? List.of() : owners));
    }

    public static boolean isQueue(String text) {
        return QUEUE.matcher(TypedText.normal(text)).matches();
    }

    public static boolean isSetHelpdeskChannel(String text) {
        return HELPDESK_CHANNEL.matcher(TypedText.normal(text)).matches();
    }

    /** Which part of the audit to export: one mailbox's or all, from a day until a day (both included). */
    public record Export(Optional<String> mailbox, Optional<LocalDate> from, Optional<LocalDate> until) {}

    /**
     * "export audit", "export audit of Facturen from 2026-11-01 to 2026-11-30", "exporteer audit van
     * Facturen vanaf 2026-11-01 tot 2026-11-30"; a date that is no date makes it no export.
     */
    public static Optional<Export> exportAudit(String text) {
        Matcher matcher = EXPORT.matcher(TypedText.normal(text));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Export(
                    Optional.ofNullable(
                                    Optional.ofNullable(matcher.group("name")).orElse(matcher.group("naam")))
                            .map(TypedText::unquote)
                            .filter(n -> !n.isEmpty()),
                    Optional.ofNullable(
                                    Optional.ofNullable(matcher.group("from")).orElse(matcher.group("vanaf")))
                            .map(LocalDate::parse),
                    Optional.ofNullable(
                                    Optional.ofNullable(matcher.group("until")).orElse(matcher.group("tot")))
                            .map(LocalDate::parse)));
        } catch (java.time.format.DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** Whether any request intent matches; the text is cleaned up once, as every message is tried here. */
    public static boolean any(String text) {
        String normal = TypedText.normal(text);
        for (Pattern intent : ALL) {
            if (intent.matcher(normal).matches()) {
                return true;
            }
        }
        return false;
    }
}
