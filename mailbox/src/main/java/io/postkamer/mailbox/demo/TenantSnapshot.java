package io.postkamer.mailbox.demo;

import io.postkamer.mailbox.demo.TenantState.MailboxState;
import java.util.List;

/** The demo tenant's state as its file is written: what a snapshot keeps, so a restart finds it as it was. */
final class TenantSnapshot {
    private TenantSnapshot() {}

    static TenantFile of(TenantState s) {
        TenantFile.OrganisationEntry org = new TenantFile.OrganisationEntry(
                s.organisation.tenantId(),
                s.organisation.displayName(),
                s.organisation.hybrid(),
                s.timeZone.getId(),
                s.organisation.acceptedDomains().stream()
                        .map(d -> new TenantFile.DomainEntry(d.name(), d.isDefault()))
                        .toList());
        List<TenantFile.PersonEntry> personEntries = s.people.values().stream()
                .map(p -> new TenantFile.PersonEntry(
                        p.person().id(),
                        p.person().displayName(),
                        p.person().userPrincipalName(),
                        p.person().mail(),
                        p.person().department(),
                        p.person().jobTitle(),
                        p.managerId(),
                        List.copyOf(p.roleTemplateIds()),
                        p.lastSignIn(),
                        null))
                .toList();
        List<TenantFile.GroupEntry> groupEntries = s.groups.values().stream()
                .map(g -> new TenantFile.GroupEntry(
                        g.group().id(),
                        g.group().displayName(),
                        g.group().mail(),
                        g.group().kind(),
                        List.copyOf(g.memberIds()),
                        List.copyOf(g.roleTemplateIds()),
                        g.licenceSkuIds().stream().map(s::partNumber).toList()))
                .toList();
        List<TenantFile.MailboxEntry> mailboxEntries =
                s.mailboxes.values().stream().map(m -> entry(s, m)).toList();
        return new TenantFile(
                TenantFile.FORMAT_VERSION,
                org,
                List.copyOf(s.skusById.values()),
                personEntries,
                groupEntries,
                mailboxEntries);
    }

    private static TenantFile.MailboxEntry entry(TenantState s, MailboxState m) {
        List<TenantFile.DelegateEntry> delegates = m.delegates.entrySet().stream()
                .map(d -> new TenantFile.DelegateEntry(
                        d.getKey().trusteeId(), d.getKey().right(), d.getValue()))
                .toList();
        List<TenantFile.EventEntry> events = m.events.stream()
                .map(e -> new TenantFile.EventEntry(
                        e.id(), e.subject(), e.start(), e.end(), null, null, null, e.location()))
                .toList();
        return new TenantFile.MailboxEntry(
                m.id,
                m.kind,
                m.displayName,
                m.alias,
                m.primarySmtpAddress,
                m.otherAddresses,
                m.hidden,
                m.readyAt,
                new TenantFile.AccountEntry(
                        m.signInBlocked,
                        m.directLicenceSkuIds.stream().map(s::partNumber).toList(),
                        m.signedOutAt),
                new TenantFile.StorageEntry(
                        m.storage.totalBytes(), m.storage.archiveEnabled(), m.storage.litigationHoldEnabled()),
                delegates,
                events,
                m.automaticReply.enabled() ? m.automaticReply : null,
                m.sentItemsCopies.any()
                        ? new TenantFile.SentItemsEntry(m.sentItemsCopies.sentAs(), m.sentItemsCopies.sentOnBehalf())
                        : null);
    }
}
