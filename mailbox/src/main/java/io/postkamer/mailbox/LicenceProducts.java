package io.postkamer.mailbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Licences by the product names people buy them under ("Exchange Online (Plan 1)", not {@code EXCHANGESTANDARD}):
 * Microsoft's published table for the licences a shared mailbox meets, shipped as
 * {@code licences/product-names.csv}. A licence the table does not list is named by its string id.
 */
public final class LicenceProducts {
    private static final Map<String, String> NAMES = load();

    private LicenceProducts() {}

    /** The product name of the licence, by its GUID, else its string id; else the string id itself. */
    public static String nameOf(Licence licence) {
        String byId = NAMES.get(licence.skuId().strip().toLowerCase(Locale.ROOT));
        if (byId != null) {
            return byId;
        }
        return Objects.requireNonNullElse(
                NAMES.get(licence.skuPartNumber().strip().toUpperCase(Locale.ROOT)), licence.skuPartNumber());
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = LicenceProducts.class.getResourceAsStream("/licences/product-names.csv")) {
            if (in == null) {
                throw new IllegalStateException("licences/product-names.csv is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("skuId,"))
                    .forEach(line -> {
                        int first = line.indexOf(',');
                        int second = line.indexOf(',', first + 1);
                        String product = line.substring(second + 1).strip();
                        names.put(line.substring(0, first).strip().toLowerCase(Locale.ROOT), product);
                        names.put(line.substring(first + 1, second).strip().toUpperCase(Locale.ROOT), product);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
