package io.postkamer.mailbox;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the organisation pays a month for a licence, by its part number ({@code EXCHANGESTANDARD}), as an
 * administrator configured it: Microsoft's prices differ by agreement and country, so none is assumed. Without
 * prices a report names the licences and says nothing of their cost.
 */
public record LicencePrices(Map<String, BigDecimal> monthlyByPartNumber, Currency currency) {
    public LicencePrices {
        Objects.requireNonNull(currency, "currency");
        Map<String, BigDecimal> prices = new HashMap<>();
        monthlyByPartNumber.forEach((part, price) -> {
            if (price.signum() < 0) {
                throw new IllegalArgumentException("a licence's price cannot be negative: " + part + " " + price);
            }
            prices.put(part.strip().toUpperCase(Locale.ROOT), price);
        });
        monthlyByPartNumber = Map.copyOf(prices);
    }

    /** No prices configured. */
    public static LicencePrices none() {
        return new LicencePrices(Map.of(), Currency.getInstance("EUR"));
    }

    public boolean isConfigured() {
        return !monthlyByPartNumber.isEmpty();
    }

    /** The licence's price a month, when one is configured for its part number. */
    public Optional<BigDecimal> monthly(Licence licence) {
        return Optional.ofNullable(
                monthlyByPartNumber.get(licence.skuPartNumber().toUpperCase(Locale.ROOT)));
    }
}
