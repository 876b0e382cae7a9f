package org.makemothersmatter.core.editorial;

import org.makemothersmatter.core.model.Language;

/** One language an article or a page is written in: a row of the back-office lists' language column. */
public record LanguageOf(long id, Language language) {
}
