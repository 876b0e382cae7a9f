package org.makemothersmatter.core.model;

import java.time.LocalDate;

/** What a listing shows of an article, in the requested language or, failing that, its original one. */
public record ArticleSummary(long id, String site, Section section, LocalDate publishedOn,
                             Language language, String title, String slug, String excerpt) {
}
