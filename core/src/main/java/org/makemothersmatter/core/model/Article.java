package org.makemothersmatter.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An article with every translation it has. Date, section, owner and featured image (null if none) are shared by all
 * translations.
 */
public record Article(long id, String site, Section section, LocalDate publishedOn, Language originalLanguage,
                      boolean onNetwork, FeaturedImage image, List<ArticleTranslation> translations) {

    public Optional<ArticleTranslation> translation(Language language) {
        return translations.stream().filter(t -> t.language().equals(language)).findFirst();
    }

    /** The date a translation shows: its own if it went public on another day, else the article's. */
    public LocalDate dateOf(ArticleTranslation translation) {
        return translation.datedOn() != null ? translation.datedOn() : publishedOn;
    }

    /** The translation to show for a language: that language's if it exists, else the original. */
    public Translated<ArticleTranslation> in(Language language) {
        return translation(language)
                .map(t -> new Translated<>(t, language))
                .orElseGet(() -> new Translated<>(translation(originalLanguage).orElseThrow(), originalLanguage));
    }
}
