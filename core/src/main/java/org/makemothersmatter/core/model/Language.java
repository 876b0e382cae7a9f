package org.makemothersmatter.core.model;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A language a site publishes in, named by its BCP 47 tag ({@code es}, {@code ca}, {@code pt-BR}, {@code sr-Latn}):
 * its code, the tag in lower case, is the URL segment and the suffix of its strings' files; its locale gives
 * dates, numbers and plural forms; its writing direction comes from its script, the likely one for a bare tag
 * (Arabic, Hebrew, Persian or Urdu are written right to left, {@code az-Arab} too). Any language the locale data
 * knows may be used: none is listed here.
 */
public record Language(String code, Locale locale, boolean rightToLeft) {

    /**
     * A language subtag of two or three letters, then an optional script and an optional region: the tags a
     * site's URLs use. Longer or extended tags (variants, extensions, private use) are refused.
     */
    private static final Pattern TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-(?:[a-zA-Z]{2}|[0-9]{3}))?");

    /**
     * The region whose conventions the network's readers of a bare tag expect where the locale data's default
     * differs: English dates as in Britain ("7 April 2020"), Dutch as in Belgium, Arabic as in Lebanon.
     */
    private static final Map<String, String> READERS_REGION = Map.of("en", "en-GB", "nl", "nl-BE", "ar", "ar-LB");

    /** Languages already parsed; a few hundred at most, as only tags the locale data knows are kept. */
    private static final Map<String, Language> PARSED = new ConcurrentHashMap<>();
    private static final int PARSED_AT_MOST = 1_000;

    public static final Language ENGLISH = of("en");
    public static final Language FRENCH = of("fr");

    /** The language of a well-formed tag of a language the locale data knows, in any case; empty otherwise. */
    public static Optional<Language> find(String tag) {
        if (tag == null || !TAG.matcher(tag).matches()) {
            return Optional.empty();
        }
        String code = tag.toLowerCase(Locale.ROOT);
        Language parsed = PARSED.get(code);
        if (parsed != null) {
            return Optional.of(parsed);
        }
        ULocale locale = ULocale.forLanguageTag(code);
        // The locale data names every language it knows; for any other code it gives the code back.
        String name = locale.getDisplayLanguage(ULocale.ENGLISH);
        if (name.isEmpty() || name.equalsIgnoreCase(locale.getLanguage())) {
            return Optional.empty();
        }
        Language language = new Language(code, Locale.forLanguageTag(READERS_REGION.getOrDefault(code, code)),
                locale.isRightToLeft());
        if (PARSED.size() < PARSED_AT_MOST) {
            PARSED.putIfAbsent(code, language);
        }
        return Optional.of(language);
    }

    public static Language of(String tag) {
        return find(tag).orElseThrow(() -> new IllegalArgumentException(refusal(tag)));
    }

    /** Why a tag is not a language, for messages. */
    public static String refusal(String tag) {
        return "'" + tag + "' is not a language tag the locale data knows: give a BCP 47 tag such as es, ca, "
                + "pt-BR or sr-Latn";
    }

    /**
     * Whether a path segment has the shape of a language tag, known or not: no site may take such a code, as a
     * language segment could be mistaken for it.
     */
    public static boolean looksLikeTag(String segment) {
        return TAG.matcher(segment).matches();
    }

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /**
     * The direction of text in the language of a tag, for the {@code dir} beside a {@code lang}: text of another
     * language than its page's keeps its own direction, English in an Arabic page read left to right. Null for no
     * tag (text in its page's language), so that no {@code dir} is written either.
     */
    public static String dirOf(String tag) {
        return find(tag).map(Language::dir).orElse(null);
    }

    /** The language's name in itself, capitalised as a menu entry: "Español", "Nederlands", "العربية". */
    public String nativeName() {
        return labelIn(this);
    }

    /** The language's name as another language writes it, capitalised as a label: "Néerlandais" in French. */
    public String labelIn(Language other) {
        return label(code, other.locale);
    }

    /** A language's name by its tag, capitalised as a label in the language of {@code in}: see {@link #nameIn}. */
    public static String label(String tag, Locale in) {
        String name = ULocale.forLanguageTag(tag).getDisplayName(ULocale.forLocale(in));
        String shown = name.isEmpty() ? tag : name;
        return shown.substring(0, 1).toUpperCase(in) + shown.substring(1);
    }

    /**
     * The language's name as another language writes it, from ICU's locale data (the one source of language names):
     * "Catalan" in English, "catalan" in French, "Portuguese (Brazil)" for pt-BR; the tag itself if unnamed.
     */
    public String nameIn(Language other) {
        String name = ULocale.forLanguageTag(code).getDisplayName(ULocale.forLocale(other.locale));
        return name.isEmpty() ? code : name;
    }

    @Override
    public String toString() {
        return code;
    }
}
