package org.makemothersmatter.core.model;

import java.time.LocalDate;
import org.jdbi.v3.core.mapper.Nested;

/**
 * What a listing shows of an article, in the requested language or, failing that, its original one, with its
 * featured image (null if it has none).
 */
public record ArticleSummary(long id, String site, Section section, LocalDate publishedOn,
                             Language language, String title, String slug, String excerpt,
                             @Nested("image") FeaturedImage image) {
}
