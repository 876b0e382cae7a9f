package org.makemothersmatter.core.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/** The UI strings of one site in one language, ready for templates: {@code ${t.get("news.readMore")}}. */
public final class Texts {

    private final Map<String, String> strings;
    private final Locale locale;

    Texts(Map<String, String> strings, Locale locale) {
        this.strings = Map.copyOf(strings);
        this.locale = locale;
    }

    public String get(String key) {
        String value = strings.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No UI string '" + key + "'");
        }
        return value;
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    boolean has(String key) {
        return strings.containsKey(key);
    }
}
