package org.makemothersmatter.core.web;

import java.util.List;
import java.util.Locale;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;

/** Picks the language of a site that best matches a browser's Accept-Language header. */
final class LanguageNegotiation {

    private LanguageNegotiation() {
    }

    static Language best(Site site, String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return site.defaultLanguage();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return site.defaultLanguage();
        }
        List<String> codes = site.languages().stream().map(Language::code).toList();
        String match = Locale.lookupTag(ranges, codes);
        return match == null ? site.defaultLanguage() : Language.of(match);
    }
}
