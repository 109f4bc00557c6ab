package io.postkamer.cards.manage;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import io.postkamer.mailbox.MailboxStorage;
import java.util.stream.Collectors;

/**
 * What converting a user mailbox to a shared one changes, asked before it is done. Asked more firmly when the
 * mailbox is the administrator's own (they convert the mailbox they work in) or a licensed one over 50 GB or
 * with an archive (it keeps needing that licence, which is easy to remove by habit afterwards).
 */
public final class ConvertConfirmCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("manage-convert");
    private static final double GIGABYTE = 1024d * 1024 * 1024;

    record Data(
            String id,
            String title,
            String address,
            String size,
            String licences,
            boolean needsLicence,
            boolean ownMailbox,
            boolean large,
            String largeWarning,
            String confirmTitle,
            String confirmStyle) {}

    private ConvertConfirmCard() {}

    /** @param ownMailbox whether the mailbox is the account of the administrator who asks */
    public static AdaptiveCard render(Texts texts, Mailbox mailbox, boolean ownMailbox) {
        String licences = mailbox.account().licences().isEmpty()
                ? texts.get("manage.noLicences")
                : mailbox.account().licences().stream()
                        .map(Licence::productName)
                        .collect(Collectors.joining(", "));
        String size = String.format(texts.locale(), "%.1f GB", mailbox.storage().totalBytes() / GIGABYTE);
        boolean large = isLargeAndLicensed(mailbox);
        return TEMPLATE.bind(
                new Data(
                        mailbox.id(),
                        texts.get("manage.convert.title", mailbox.displayName()),
                        mailbox.primarySmtpAddress(),
                        size,
                        licences,
                        mailbox.storage().needsLicence(),
                        ownMailbox,
                        large,
                        texts.get(
                                mailbox.storage().archiveEnabled()
                                        ? "manage.convert.largeWithArchive"
                                        : "manage.convert.large",
                                size),
                        texts.get(
                                ownMailbox
                                        ? "manage.convert.confirmOwn"
                                        : large ? "manage.convert.confirmLarge" : "manage.convert.confirm"),
                        ownMailbox || large ? "destructive" : "positive"),
                texts);
    }

    /** A licensed mailbox over 50 GB or with an archive: as a shared mailbox it still needs that licence. */
    static boolean isLargeAndLicensed(Mailbox mailbox) {
        return !mailbox.account().licences().isEmpty()
                && (mailbox.storage().totalBytes() > MailboxStorage.FREE_LIMIT_BYTES
                        || mailbox.storage().archiveEnabled());
    }
}
