package org.makemothersmatter.core.themes;

import java.util.List;
import java.util.Optional;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Translated;

/**
 * One of the network's themes, with every translation it has; {@code retired}: kept for its tags, but off the public
 * pages and the editors' choices.
 */
public record Theme(long id, int position, Language originalLanguage, boolean retired, int version,
                    List<Translation> translations) {

    /** A theme's name, address and short description in one language. */
    public record Translation(long themeId, Language language, String name, String slug, String description) {
    }

    public Optional<Translation> translation(Language language) {
        return translations.stream().filter(t -> t.language().equals(language)).findFirst();
    }

    /** The translation to show for a language: that language's if it exists, else the original. */
    public Translated<Translation> in(Language language) {
        return translation(language).map(t -> new Translated<>(t, language))
                .orElseGet(() -> new Translated<>(translation(originalLanguage).orElseThrow(), originalLanguage));
    }
}
