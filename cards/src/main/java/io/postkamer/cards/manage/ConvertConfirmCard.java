package io.postkamer.cards.manage;

import io.postkamer.cards.AdaptiveCard;
import io.postkamer.cards.CardTemplate;
import io.postkamer.cards.Texts;
import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.Mailbox;
import java.util.stream.Collectors;

/** What converting a user mailbox to a shared one changes, asked before it is done. */
public final class ConvertConfirmCard {
    private static final CardTemplate TEMPLATE = CardTemplate.named("manage-convert");
    private static final double GIGABYTE = 1024d * 1024 * 1024;

    record Data(String id, String title, String address, String size, String licences, boolean needsLicence) {}

    private ConvertConfirmCard() {}

    public static AdaptiveCard render(Texts texts, Mailbox mailbox) {
        String licences = mailbox.account().licences().isEmpty()
                ? texts.get("manage.noLicences")
                : mailbox.account().licences().stream()
                        .map(Licence::skuPartNumber)
                        .collect(Collectors.joining(", "));
        return TEMPLATE.bind(
                new Data(
                        mailbox.id(),
                        texts.get("manage.convert.title", mailbox.displayName()),
                        mailbox.primarySmtpAddress(),
                        String.format(
                                texts.locale(), "%.1f GB", mailbox.storage().totalBytes() / GIGABYTE),
                        licences,
                        mailbox.storage().needsLicence()),
                texts);
    }
}
