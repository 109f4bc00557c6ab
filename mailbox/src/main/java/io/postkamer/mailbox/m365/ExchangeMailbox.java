package io.postkamer.mailbox.m365;

import com.fasterxml.jackson.databind.JsonNode;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.SentItemsCopies;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fields of a Get-Mailbox / Get-MailboxStatistics result the service reads. */
record ExchangeMailbox(
        String id,
        String displayName,
        String alias,
        String primarySmtpAddress,
        MailboxKind kind,
        boolean hidden,
        boolean archive,
        boolean litigationHold,
        List<String> sendOnBehalf,
        SentItemsCopies sentItemsCopies) {
    private static final Pattern BYTES = Pattern.compile("\\(([\\d,.\\s]+) bytes\\)");
    private static final String NO_GUID = "00000000-0000-0000-0000-000000000000";

    static ExchangeMailbox of(JsonNode m) {
        List<String> onBehalf = new ArrayList<>();
        m.path("GrantSendOnBehalfTo").forEach(t -> onBehalf.add(t.asText()));
        String archiveStatus = m.path("ArchiveStatus").asText("None");
        String archiveGuid = m.path("ArchiveGuid").asText(NO_GUID);
        return new ExchangeMailbox(
                m.path("ExternalDirectoryObjectId").asText(),
                m.path("DisplayName").asText(""),
                m.path("Alias").asText(""),
                m.path("PrimarySmtpAddress").asText("").toLowerCase(Locale.ROOT),
                "SharedMailbox".equalsIgnoreCase(m.path("RecipientTypeDetails").asText())
                        ? MailboxKind.SHARED
                        : MailboxKind.USER,
                m.path("HiddenFromAddressListsEnabled").asBoolean(false),
                "Active".equalsIgnoreCase(archiveStatus) || !(archiveGuid.isEmpty() || NO_GUID.equals(archiveGuid)),
                m.path("LitigationHoldEnabled").asBoolean(false),
                List.copyOf(onBehalf),
                new SentItemsCopies(
                        m.path("MessageCopyForSentAsEnabled").asBoolean(false),
                        m.path("MessageCopyForSendOnBehalfEnabled").asBoolean(false)));
    }

    /** TotalItemSize reads like "2.1 GB (2,254,857,830 bytes)"; a number is taken as bytes. */
    static long totalBytes(JsonNode statistics) {
        return bytes(statistics.path("TotalItemSize"));
    }

    private static long bytes(JsonNode size) {
        if (size.isNumber()) {
            return size.asLong();
        }
        if (size.isObject() && size.has("Value")) {
            return bytes(size.path("Value"));
        }
        Matcher matcher = BYTES.matcher(size.asText(""));
        return matcher.find() ? Long.parseLong(matcher.group(1).replaceAll("[^0-9]", "")) : 0L;
    }
}
