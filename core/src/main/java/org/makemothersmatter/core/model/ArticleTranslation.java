package org.makemothersmatter.core.model;

import java.time.LocalDate;

/**
 * One language of an article as the public pages show it: the text, its URL slug, and its body as sanitized
 * HTML; its own date when it went public on another day than the article (null: the article's). Its Markdown is
 * the editors' (see the back office's texts).
 */
public record ArticleTranslation(long articleId, Language language, String title, String slug, String excerpt,
                                 String bodyHtml, LocalDate datedOn) {
}
