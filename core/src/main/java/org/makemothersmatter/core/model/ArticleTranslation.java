package org.makemothersmatter.core.model;

/** One language of an article: the text, its URL slug, and its body as sanitized HTML. */
public record ArticleTranslation(long articleId, Language language, String title, String slug, String excerpt,
                                 String bodyMarkdown, String bodyHtml) {
}
