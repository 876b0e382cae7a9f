package org.makemothersmatter.core.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** A language the network publishes in: its code (the URL segment), its locale for dates, its writing direction. */
public record Language(String code, Locale locale, boolean rightToLeft) {

    private static final Map<String, Language> KNOWN = Map.of(
            "en", new Language("en", Locale.forLanguageTag("en-GB"), false),
            "fr", new Language("fr", Locale.forLanguageTag("fr-FR"), false),
            "nl", new Language("nl", Locale.forLanguageTag("nl-BE"), false),
            "ar", new Language("ar", Locale.forLanguageTag("ar-LB"), true));

    public static final Language ENGLISH = KNOWN.get("en");
    public static final Language FRENCH = KNOWN.get("fr");

    public static Optional<Language> find(String code) {
        return Optional.ofNullable(code == null ? null : KNOWN.get(code));
    }

    /** The codes of every language the network knows, for messages. */
    public static String codes() {
        return String.join(", ", new TreeSet<>(KNOWN.keySet()));
    }

    /** Every language the network knows. */
    public static Collection<Language> known() {
        return KNOWN.values();
    }

    public static Language of(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown language code: " + code));
    }

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    @Override
    public String toString() {
        return code;
    }
}
