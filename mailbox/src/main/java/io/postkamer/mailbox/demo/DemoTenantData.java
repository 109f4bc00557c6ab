package io.postkamer.mailbox.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.postkamer.mailbox.Group;
import io.postkamer.mailbox.MailboxKind;
import io.postkamer.mailbox.Right;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The whole state of a demo tenant as JSON: the seed file ({@code demo-tenant/contoso.json}) and every
 * snapshot use this one format, so a snapshot is simply a later seed. Every field is explained in
 * {@code mailbox/DEMO-TENANT.md}.
 */
public record DemoTenantData(int formatVersion, OrganisationData organisation, List<PersonData> people,
                             List<GroupData> groups, List<MailboxData> mailboxes) {
    public static final int FORMAT_VERSION = 1;

    public DemoTenantData {
        Objects.requireNonNull(organisation, "organisation");
        people = listOrEmpty(people);
        groups = listOrEmpty(groups);
        mailboxes = listOrEmpty(mailboxes);
    }

    public record OrganisationData(String tenantId, String displayName, boolean hybrid, List<DomainData> acceptedDomains) {
        public OrganisationData {
            Objects.requireNonNull(tenantId, "organisation.tenantId");
            Objects.requireNonNull(displayName, "organisation.displayName");
            acceptedDomains = listOrEmpty(acceptedDomains);
        }
    }

    public record DomainData(String name, @JsonProperty("default") boolean isDefault) {
        public DomainData {
            Objects.requireNonNull(name, "acceptedDomains.name");
        }
    }

    public record PersonData(String id, String displayName, String userPrincipalName, String mail, String department,
                             String jobTitle, String managerId, List<String> roleTemplateIds) {
        public PersonData {
            Objects.requireNonNull(id, "people.id");
            roleTemplateIds = listOrEmpty(roleTemplateIds);
        }
    }

    public record GroupData(String id, String displayName, String mail, Group.Kind kind, List<String> memberIds,
                            List<String> roleTemplateIds) {
        public GroupData {
            Objects.requireNonNull(id, "groups.id");
            memberIds = listOrEmpty(memberIds);
            roleTemplateIds = listOrEmpty(roleTemplateIds);
        }
    }

    /** {@code readyAt} is null once the mailbox is ready; {@code id} is also the id of its user account. */
    public record MailboxData(String id, String displayName, String alias, String primarySmtpAddress,
                              List<String> otherAddresses, MailboxKind kind, boolean hiddenFromAddressLists,
                              Instant readyAt, boolean signInBlocked, List<LicenceData> licences, StorageData storage,
                              List<DelegateData> delegates, List<EventData> calendar) {
        public MailboxData {
            Objects.requireNonNull(id, "mailboxes.id");
            otherAddresses = listOrEmpty(otherAddresses);
            licences = listOrEmpty(licences);
            storage = storage == null ? new StorageData(0, false, false) : storage;
            delegates = listOrEmpty(delegates);
            calendar = listOrEmpty(calendar);
        }

        MailboxData withKind(MailboxKind newKind) {
            return new MailboxData(id, displayName, alias, primarySmtpAddress, otherAddresses, newKind,
                    hiddenFromAddressLists, readyAt, signInBlocked, licences, storage, delegates, calendar);
        }

        MailboxData withHidden(boolean hidden) {
            return new MailboxData(id, displayName, alias, primarySmtpAddress, otherAddresses, kind, hidden, readyAt,
                    signInBlocked, licences, storage, delegates, calendar);
        }

        MailboxData withReadyAt(Instant newReadyAt) {
            return new MailboxData(id, displayName, alias, primarySmtpAddress, otherAddresses, kind,
                    hiddenFromAddressLists, newReadyAt, signInBlocked, licences, storage, delegates, calendar);
        }

        MailboxData withSignInBlocked(boolean blocked) {
            return new MailboxData(id, displayName, alias, primarySmtpAddress, otherAddresses, kind,
                    hiddenFromAddressLists, readyAt, blocked, licences, storage, delegates, calendar);
        }

        MailboxData withLicences(List<LicenceData> newLicences) {
            return new MailboxData(id, displayName, alias, primarySmtpAddress, otherAddresses, kind,
                    hiddenFromAddressLists, readyAt, signInBlocked, newLicences, storage, delegates, calendar);
        }

        MailboxData withDelegates(List<DelegateData> newDelegates) {
            return new MailboxData(id, displayName, alias, primarySmtpAddress, otherAddresses, kind,
                    hiddenFromAddressLists, readyAt, signInBlocked, licences, storage, newDelegates, calendar);
        }

        MailboxData withCalendar(List<EventData> newCalendar) {
            return new MailboxData(id, displayName, alias, primarySmtpAddress, otherAddresses, kind,
                    hiddenFromAddressLists, readyAt, signInBlocked, licences, storage, delegates, newCalendar);
        }
    }

    /** {@code assignedByGroupId} is the group that assigns the licence, null when assigned to the account itself. */
    public record LicenceData(String skuId, String skuPartNumber, String assignedByGroupId) {
        public LicenceData {
            Objects.requireNonNull(skuId, "licences.skuId");
            Objects.requireNonNull(skuPartNumber, "licences.skuPartNumber");
        }
    }

    public record StorageData(long totalBytes, boolean archiveEnabled, boolean litigationHoldEnabled) {
    }

    public record DelegateData(String trusteeId, Right right, boolean autoMapping) {
        public DelegateData {
            Objects.requireNonNull(trusteeId, "delegates.trusteeId");
            Objects.requireNonNull(right, "delegates.right");
            autoMapping = right == Right.FULL_ACCESS && autoMapping;
        }
    }

    public record EventData(String id, String subject, OffsetDateTime start, OffsetDateTime end, String location) {
        public EventData {
            Objects.requireNonNull(id, "calendar.id");
            location = location == null ? "" : location;
        }
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
