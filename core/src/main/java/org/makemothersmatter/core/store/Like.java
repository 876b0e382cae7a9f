package org.makemothersmatter.core.store;

import java.util.Locale;

/** Text searched with SQL's LIKE: the queries match lower-cased columns with '!' as the escape character. */
public final class Like {

    private Like() {
    }

    /** The pattern of a column containing the text, whatever its case; null for no text (which matches anything). */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
