package org.makemothersmatter.core.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** URL slugs made from titles: accents folded, lower case, words joined by dashes ("Congé spécial" → "conge-special"). */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String of(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT)
                .replaceAll("[’'`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** The first of slug, slug-2, slug-3... that is not taken. */
    public static String unique(String slug, Predicate<String> taken) {
        String candidate = slug;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }
}
