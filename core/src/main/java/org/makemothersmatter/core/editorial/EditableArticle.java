package org.makemothersmatter.core.editorial;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.makemothersmatter.core.model.Article;
import org.makemothersmatter.core.model.ArticleTranslation;
import org.makemothersmatter.core.model.FeaturedImage;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;

/**
 * An article as the back office sees it: every translation, whatever its status, with versions; its featured image,
 * null if it has none.
 */
public record EditableArticle(long id, String site, Section section, LocalDate publishedOn, Language originalLanguage,
                              boolean onNetwork, FeaturedImage image, Status status, Instant publishAt, int version,
                              List<Text> texts) implements Editable<EditableArticle.Text> {

    /** One language's text and the version it was read at. */
    public record Text(Language language, String title, String slug, String excerpt, String bodyMarkdown,
                       String bodyHtml, int version, Instant publishedAt) implements EditableText {
    }

    /** The article as the public pages show it, whatever its status: for previews. */
    public Article asArticle() {
        return new Article(id, site, section, publishedOn, originalLanguage, onNetwork, image, texts.stream()
                .map(t -> new ArticleTranslation(id, t.language(), t.title(), t.slug(), t.excerpt(), t.bodyHtml(),
                        null))
                .toList());
    }
}
