package io.postkamer.cards.health;

import io.postkamer.cards.Texts;
import io.postkamer.mailbox.LicencePrices;
import java.math.BigDecimal;
import java.text.NumberFormat;

/** Sizes and money as the reader writes them: "6.2 GB", "6,2 GB"; "€4.00", "€ 4,00". */
public final class Amounts {
    private static final double GIGABYTE = 1024d * 1024 * 1024;

    private Amounts() {}

    public static String gigabytes(Texts texts, long bytes) {
        return String.format(texts.locale(), "%.1f GB", bytes / GIGABYTE);
    }

    public static String money(Texts texts, LicencePrices prices, BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(texts.locale());
        format.setCurrency(prices.currency());
        return format.format(amount);
    }
}
