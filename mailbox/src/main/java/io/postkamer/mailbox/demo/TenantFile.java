package io.postkamer.mailbox.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.postkamer.mailbox.AutomaticReply;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.Right;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The JSON format of the demo tenant: the seed file and every snapshot use it (see DEMO-TENANT.md).
 * Only data, no rules; {@link TenantState} checks and interprets it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TenantFile(
        int formatVersion,
        OrganisationEntry organisation,
        List<SkuEntry> skus,
        List<PersonEntry> people,
        List<GroupEntry> groups,
        List<MailboxEntry> mailboxes) {
    static final int FORMAT_VERSION = 1;

    TenantFile {
        skus = orEmpty(skus);
        people = orEmpty(people);
        groups = orEmpty(groups);
        mailboxes = orEmpty(mailboxes);
    }

    record OrganisationEntry(
            String tenantId, String displayName, boolean hybrid, String timeZone, List<DomainEntry> acceptedDomains) {
        OrganisationEntry {
            acceptedDomains = orEmpty(acceptedDomains);
        }
    }

    record DomainEntry(String name, @JsonProperty("default") boolean isDefault) {}

    record SkuEntry(String skuId, String skuPartNumber, String name) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PersonEntry(
            String id,
            String displayName,
            String userPrincipalName,
            String mail,
            String department,
            String jobTitle,
            String managerId,
            List<String> roles,
            Instant lastSignIn,
            Integer lastSignInDaysAgo) {
        PersonEntry {
            roles = orEmpty(roles);
        }

        /** A seed says "three days ago" so the demo stays current; a snapshot keeps the moment itself. Null: none. */
        Instant lastSignInAt(Clock clock) {
            if (lastSignIn != null || lastSignInDaysAgo == null) {
                return lastSignIn;
            }
            return clock.instant().minus(Duration.ofDays(lastSignInDaysAgo)).truncatedTo(ChronoUnit.MINUTES);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GroupEntry(
            String id,
            String displayName,
            String mail,
            Group.Kind kind,
            List<String> members,
            List<String> roles,
            List<String> licences) {
        GroupEntry {
            members = orEmpty(members);
            roles = orEmpty(roles);
            licences = orEmpty(licences);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MailboxEntry(
            String id,
            MailboxKind kind,
            String displayName,
            String alias,
            String primarySmtpAddress,
            List<String> otherAddresses,
            boolean hiddenFromAddressLists,
            Instant readyAt,
            AccountEntry account,
            StorageEntry storage,
            List<DelegateEntry> delegates,
            List<EventEntry> events,
            AutomaticReply automaticReply,
            SentItemsEntry sentItemsCopies) {
        MailboxEntry {
            otherAddresses = orEmpty(otherAddresses);
            delegates = orEmpty(delegates);
            events = orEmpty(events);
        }
    }

    record AccountEntry(boolean signInBlocked, List<String> licences, Instant signedOutAt) {
        AccountEntry {
            licences = orEmpty(licences);
        }
    }

    record StorageEntry(long totalBytes, boolean archiveEnabled, boolean litigationHoldEnabled) {}

    /** Absent: neither copy kept, as Exchange makes a mailbox. */
    record SentItemsEntry(boolean sentAs, boolean sentOnBehalf) {}

    record DelegateEntry(String trusteeId, Right right, boolean autoMapping) {}

    /** Either {@code start} and {@code end}, or {@code inDays}, {@code at} and {@code minutes} counted from the day the tenant loads. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventEntry(
            String id,
            String subject,
            OffsetDateTime start,
            OffsetDateTime end,
            Integer inDays,
            LocalTime at,
            Integer minutes,
            String location) {}

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
