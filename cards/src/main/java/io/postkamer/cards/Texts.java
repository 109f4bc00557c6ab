package io.postkamer.cards;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The bot's words in English and Dutch, from the {@code i18n/messages} bundles. The activity's locale
 * decides: any Dutch locale (nl, nl-NL, nl-BE) gets Dutch, everything else English.
 */
public final class Texts {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n/messages", locale, NO_FALLBACK);
    }

    public static Texts forLocale(String activityLocale) {
        boolean dutch = activityLocale != null
                && Locale.forLanguageTag(activityLocale.replace('_', '-'))
                        .getLanguage()
                        .equals("nl");
        return dutch ? DUTCH_TEXTS : ENGLISH_TEXTS;
    }

    private static final Texts ENGLISH_TEXTS = new Texts(ENGLISH);
    private static final Texts DUTCH_TEXTS = new Texts(DUTCH);

    public Locale locale() {
        return locale;
    }

    /**
     * The text for a key, with {0}, {1} … filled in. Plain substitution, not MessageFormat, so that
     * apostrophes in Dutch texts need no escaping. A missing key is a defect, so it throws.
     */
    public String get(String key, Object... arguments) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text '" + key + "' for " + locale, e);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** A day as this language writes it ("Dec 31, 2026", "31 dec 2026"), never ISO. */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(day);
    }

    /** A moment as this language writes it, in the reader's time zone: "Dec 31, 2026, 9:05 AM", "31 dec 2026, 09:05". */
    public String dateTime(ZonedDateTime at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(at);
    }

    /** How long ago, in words: "less than an hour ago", "1 hour ago", "5 hours ago", "3 days ago". */
    public String ago(Duration age) {
        long hours = Math.max(0, age.toHours());
        if (hours < 1) {
            return get("time.ago.underAnHour");
        }
        if (hours < 48) {
            return get(hours == 1 ? "time.ago.hour" : "time.ago.hours", hours);
        }
        return get("time.ago.days", age.toDays());
    }

    /**
     * How long ago to the minute within the hour, for what goes stale in minutes (a report of the tenant): "just
     * now", "1 minute ago", "3 minutes ago"; from an hour on as {@link #ago}.
     */
    public String agoInMinutes(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 1) {
            return get("time.ago.justNow");
        }
        if (minutes < 60) {
            return get(minutes == 1 ? "time.ago.minute" : "time.ago.minutes", minutes);
        }
        return ago(age);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
