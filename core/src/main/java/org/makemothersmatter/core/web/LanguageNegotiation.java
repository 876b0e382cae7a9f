package org.makemothersmatter.core.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;

/** Picks, among the languages offered, the one that best matches a browser's Accept-Language header. */
public final class LanguageNegotiation {

    private LanguageNegotiation() {
    }

    static Language best(Site site, String acceptLanguage) {
        return best(acceptLanguage, site::publishesIn).orElse(site.defaultLanguage());
    }

    /**
     * The language offered that the browser prefers, by the weights of its header, a regional range also taking its
     * language ("fr-BE" takes "fr"); empty when it prefers none of them or the header cannot be read. {@code offered}
     * is asked only about the tags the header names and their shorter forms.
     */
    public static Optional<Language> best(String acceptLanguage, Predicate<Language> offered) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<String> candidates = ranges.stream().flatMap(range -> shorter(range.getRange())).distinct()
                .filter(tag -> Language.find(tag).filter(offered).isPresent()).toList();
        return Optional.ofNullable(Locale.lookupTag(ranges, candidates)).map(Language::of);
    }

    /** A range and the shorter ones a lookup falls back to: fr-be, fr. */
    private static Stream<String> shorter(String range) {
        return Stream.iterate(range, tag -> !tag.isEmpty(),
                tag -> tag.contains("-") ? tag.substring(0, tag.lastIndexOf('-')) : "");
    }
}
