package org.makemothersmatter.core.feeds;

import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.mapper.Nested;
import org.makemothersmatter.core.model.FeaturedImage;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;

/**
 * An article as a feed gives it, in one language: its text in full, and when that translation became public
 * ({@code translatedAt}, null if not recorded: the article's date stands for it).
 */
public record FeedArticle(long id, String site, Section section, LocalDate publishedOn, Language language, String title,
                   String slug, String excerpt, String bodyHtml, Instant translatedAt,
                   @Nested("image") FeaturedImage image) {
}
