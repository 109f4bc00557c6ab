package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.mailbox.CalendarEvent;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.Person;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Graph JSON to domain records. */
final class GraphMapping {
    private GraphMapping() {}

    static Person person(JsonNode user) {
        return new Person(
                user.path("id").asText(),
                user.path("displayName").asText(""),
                user.path("userPrincipalName").asText(""),
                text(user, "mail"),
                text(user, "department"),
                text(user, "jobTitle"));
    }

    static Group group(JsonNode group) {
        return new Group(
                group.path("id").asText(), group.path("displayName").asText(""), text(group, "mail"), kind(group));
    }

    /** Microsoft 365 groups carry "Unified"; the others are told apart by being mail- and/or security-enabled. */
    static Group.Kind kind(JsonNode group) {
        for (JsonNode type : group.path("groupTypes")) {
            if ("Unified".equalsIgnoreCase(type.asText())) {
                return Group.Kind.MICROSOFT_365;
            }
        }
        boolean security = group.path("securityEnabled").asBoolean(false);
        boolean mail = group.path("mailEnabled").asBoolean(false);
        if (security) {
            return mail ? Group.Kind.MAIL_ENABLED_SECURITY : Group.Kind.SECURITY;
        }
        return Group.Kind.DISTRIBUTION;
    }

    /** Events are asked for in UTC ({@code Prefer: outlook.timezone="UTC"}). */
    static CalendarEvent event(JsonNode event) {
        return new CalendarEvent(
                event.path("id").asText(),
                event.path("subject").asText(""),
                time(event.path("start")),
                time(event.path("end")),
                event.path("location").path("displayName").asText(""));
    }

    private static OffsetDateTime time(JsonNode dateTimeTimeZone) {
        LocalDateTime local =
                LocalDateTime.parse(dateTimeTimeZone.path("dateTime").asText());
        return local.atOffset(ZoneOffset.UTC);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? "" : value.asText();
    }
}
