package org.makemothersmatter.core.plugin;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import org.makemothersmatter.core.model.Language;

/** The UI strings of one site in one language, ready for templates: {@code ${t.get("news.readMore")}}. */
public final class Texts {

    private final Map<String, String> strings;
    private final ULocale locale;

    public Texts(Map<String, String> strings, Locale locale) {
        this.strings = Map.copyOf(strings);
        this.locale = ULocale.forLocale(locale);
    }

    /** The language's rules, for what the strings do not say: a capital letter, a sorting order. */
    public Locale locale() {
        return locale.toLocale();
    }

    /**
     * A language's name, by its tag, as a label in these strings' language: "Français" for "fr" in French, "French" in
     * English; the tag itself if ICU names no language by it.
     */
    public String languageLabel(String tag) {
        return Language.label(tag, locale.toLocale());
    }

    /** Whether there is a string of this key. */
    public boolean has(String key) {
        return strings.containsKey(key);
    }

    public String get(String key) {
        String value = strings.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No UI string '" + key + "'");
        }
        return value;
    }

    /**
     * A string with its arguments, as ICU's MessageFormat writes them: numbers and dates in the language's way, and
     * plural forms by the language's rules ({@code {0, plural, one {# article} other {# articles}}}).
     */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }
}
