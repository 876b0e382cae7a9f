package org.makemothersmatter.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.ArticleSummary;
import org.makemothersmatter.core.model.ArticleTranslation;
import org.makemothersmatter.core.model.FeaturedImage;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;

/**
 * Published articles and their translations, as the public pages read them. Every listing is one query
 * whatever its length: each row joins the requested translation if there is one and the original one
 * otherwise, and is read off an index that matches its filter and its newest-first order.
 */
@RegisterConstructorMapper(ArticleSummary.class)
@RegisterConstructorMapper(ArticleTranslation.class)
@RegisterConstructorMapper(ArticleDao.ArticleRow.class)
@RegisterConstructorMapper(ArticleDao.TranslatedRow.class)
public interface ArticleDao {

    /*
     * Every listing has the same shape, kept as compile-time constants (no SQL is assembled at run time):
     * the page of ids is read off the listing's index alone, then only those rows are joined to their text.
     * Each ORDER BY starts with the columns its filter fixes, so that it is the index's own order and the
     * database stops reading after one page instead of sorting every match.
     */
    /** The featured image's columns, from {@code image i} joined by {@link #WITH_IMAGE}. */
    String IMAGE = " i.id AS image_id, i.alt_text AS image_alt, i.width AS image_width, i.height AS image_height";
    String WITH_IMAGE = " LEFT JOIN image i ON i.id = a.image_id";
    /** The date of the text shown: the translation's own, or the original's when the language has none. */
    String PAGE_OF_IDS = "SELECT a.id, a.site, a.section,"
            + " COALESCE(CASE WHEN t.language IS NULL THEN o.dated_on ELSE t.dated_on END, a.published_on)"
            + " AS published_on,"
            + " COALESCE(t.language, o.language) AS language, COALESCE(t.title, o.title) AS title,"
            + " COALESCE(t.slug, o.slug) AS slug, COALESCE(t.excerpt, o.excerpt) AS excerpt," + IMAGE
            + " FROM (SELECT a.id FROM article a";
    String NEWEST_FIRST = " a.published_on DESC, a.id DESC LIMIT :limit OFFSET :offset) page"
            + " JOIN article a ON a.id = page.id"
            + " JOIN article_translation o ON o.article_id = a.id AND o.language = a.original_language"
            + " LEFT JOIN article_translation t ON t.article_id = a.id AND t.language = :language" + WITH_IMAGE
            + " ORDER BY a.published_on DESC, a.id DESC";

    String BY_SITE = PAGE_OF_IDS + " WHERE a.status = 'published' AND a.site = :site ORDER BY a.status, a.site,"
            + NEWEST_FIRST;
    String BY_SITE_AND_SECTION = PAGE_OF_IDS + " WHERE a.status = 'published' AND a.site = :site"
            + " AND a.section = :section ORDER BY a.status, a.site, a.section," + NEWEST_FIRST;
    String ON_NETWORK = PAGE_OF_IDS + " WHERE a.status = 'published' AND a.on_network = TRUE"
            + " ORDER BY a.status, a.on_network," + NEWEST_FIRST;

    @SqlQuery(BY_SITE)
    List<ArticleSummary> bySite(@Bind("site") String site, @Bind("language") Language language,
                                @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM article a WHERE a.status = 'published' AND a.site = :site")
    long countBySite(@Bind("site") String site);

    @SqlQuery(BY_SITE_AND_SECTION)
    List<ArticleSummary> bySiteAndSection(@Bind("site") String site, @Bind("section") Section section,
                                          @Bind("language") Language language,
                                          @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM article a WHERE a.status = 'published' AND a.site = :site"
            + " AND a.section = :section")
    long countBySiteAndSection(@Bind("site") String site, @Bind("section") Section section);

    @SqlQuery(ON_NETWORK)
    List<ArticleSummary> onNetwork(@Bind("language") Language language,
                                   @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM article a WHERE a.status = 'published' AND a.on_network = TRUE")
    long countOnNetwork();

    /*
     * The same listings read as they come, for writing every page of a listing in one pass: on a handle kept
     * open by the caller (see Transactions.reading), which the stream needs until it is closed.
     */

    @SqlQuery(BY_SITE_AND_SECTION)
    Stream<ArticleSummary> streamBySiteAndSection(@Bind("site") String site, @Bind("section") Section section,
                                                  @Bind("language") Language language,
                                                  @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery(ON_NETWORK)
    Stream<ArticleSummary> streamOnNetwork(@Bind("language") Language language,
                                           @Bind("limit") int limit, @Bind("offset") long offset);

    /**
     * Every published article of a site, a row per translation, newest first off the listing's index: the rows
     * of one article come together. On a handle kept open by the caller, as the listings above.
     */
    @SqlQuery("SELECT a.id, a.site, a.section, a.published_on, a.original_language, a.on_network,"
            + " t.language, t.title, t.slug, t.excerpt, t.body_html, t.dated_on," + IMAGE
            + " FROM article a JOIN article_translation t ON t.article_id = a.id" + WITH_IMAGE
            + " WHERE a.status = 'published' AND a.site = :site"
            + " ORDER BY a.status, a.site, a.published_on DESC, a.id DESC")
    Stream<TranslatedRow> streamTranslatedBySite(@Bind("site") String site);

    @SqlQuery(PAGE_OF_IDS + " WHERE a.status = 'published' AND a.section = :section AND a.on_network = TRUE"
            + " ORDER BY a.status, a.section, a.on_network," + NEWEST_FIRST)
    List<ArticleSummary> bySectionOnNetwork(@Bind("section") Section section, @Bind("language") Language language,
                                            @Bind("limit") int limit, @Bind("offset") long offset);

    /**
     * The published articles of a site whose slug, now or before a change, is this one, in any language:
     * current slugs first, then the requested language first.
     */
    @SqlQuery("""
            SELECT article_id FROM (
                SELECT article_id, language, 0 AS old FROM article_translation WHERE site = :site AND slug = :slug
                UNION ALL
                SELECT article_id, language, 1 AS old FROM article_slug_history WHERE site = :site AND slug = :slug
            ) s
             WHERE EXISTS (SELECT 1 FROM article a WHERE a.id = s.article_id AND a.status = 'published')
             ORDER BY old, CASE WHEN language = :language THEN 0 ELSE 1 END, article_id
            """)
    List<Long> idsBySlug(@Bind("site") String site, @Bind("slug") String slug, @Bind("language") Language language);

    @SqlQuery("SELECT a.id, a.site, a.section, a.published_on, a.original_language, a.on_network," + IMAGE
            + " FROM article a" + WITH_IMAGE + " WHERE a.id = :id")
    Optional<ArticleRow> find(@Bind("id") long id);

    @SqlQuery("""
            SELECT article_id, language, title, slug, excerpt, body_html, dated_on
              FROM article_translation WHERE article_id = :id ORDER BY language
            """)
    List<ArticleTranslation> translations(@Bind("id") long id);

    @SqlQuery("SELECT id FROM article WHERE content_key = :key")
    Optional<Long> idByContentKey(@Bind("key") String contentKey);

    @SqlQuery("""
            SELECT COUNT(*) > 0 FROM article_translation
             WHERE site = :site AND language = :language AND slug = :slug AND article_id <> :id
            """)
    boolean slugTakenByOther(@Bind("site") String site, @Bind("language") Language language, @Bind("slug") String slug,
                             @Bind("id") long id);

    /** The slug of an article's text in a language; empty if it has no text in that language. */
    @SqlQuery("SELECT slug FROM article_translation WHERE article_id = :id AND language = :language")
    Optional<String> slug(@Bind("id") long id, @Bind("language") Language language);

    @SqlUpdate("""
            INSERT INTO article (site, section, published_on, original_language, on_network, content_key)
            VALUES (:site, :section, :publishedOn, :originalLanguage, :onNetwork, :contentKey)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("site") String site, @Bind("section") Section section, @Bind("publishedOn") LocalDate publishedOn,
                @Bind("originalLanguage") Language originalLanguage, @Bind("onNetwork") boolean onNetwork,
                @Bind("contentKey") String contentKey);

    /**
     * A translation with its Markdown, which is kept apart (see the article_source migration), public since the
     * start of {@code publishedAt}, and dated {@code datedOn} if not the article's date (else null).
     */
    default void insertTranslation(long articleId, Language language, String site, String title, String slug,
                                   String excerpt, String bodyMarkdown, String bodyHtml, LocalDate datedOn,
                                   Instant publishedAt) {
        insertText(articleId, language, site, title, slug, excerpt, bodyHtml, datedOn, publishedAt);
        insertSource(articleId, language, bodyMarkdown);
    }

    @SqlUpdate("""
            INSERT INTO article_translation (article_id, language, site, title, slug, excerpt, body_html, dated_on,
                                             published_at)
            VALUES (:articleId, :language, :site, :title, :slug, :excerpt, :bodyHtml, :datedOn, :publishedAt)
            """)
    void insertText(@Bind("articleId") long articleId, @Bind("language") Language language,
                    @Bind("site") String site, @Bind("title") String title, @Bind("slug") String slug,
                    @Bind("excerpt") String excerpt, @Bind("bodyHtml") String bodyHtml,
                    @Bind("datedOn") LocalDate datedOn, @Bind("publishedAt") Instant publishedAt);

    @SqlUpdate("INSERT INTO article_source (article_id, language, body_markdown) VALUES (:articleId, :language, :body)")
    void insertSource(@Bind("articleId") long articleId, @Bind("language") Language language,
                      @Bind("body") String bodyMarkdown);

    /*
     * Replacing what a content file wrote, in development mode (see ContentLoader.reload). Each replacement counts
     * as a new version, so that an editor who opened the text before it is told that it changed.
     */

    @SqlUpdate("""
            UPDATE article SET section = :section, original_language = :originalLanguage, on_network = :onNetwork,
                   version = version + 1
             WHERE id = :id
            """)
    void replaceShared(@Bind("id") long id, @Bind("section") Section section,
                       @Bind("originalLanguage") Language originalLanguage, @Bind("onNetwork") boolean onNetwork);

    default void replaceTranslation(long articleId, Language language, String title, String slug, String excerpt,
                                    String bodyMarkdown, String bodyHtml, LocalDate datedOn) {
        replaceText(articleId, language, title, slug, excerpt, bodyHtml, datedOn);
        replaceSource(articleId, language, bodyMarkdown);
    }

    @SqlUpdate("""
            UPDATE article_translation SET title = :title, slug = :slug, excerpt = :excerpt, body_html = :bodyHtml,
                   dated_on = :datedOn, version = version + 1
             WHERE article_id = :articleId AND language = :language
            """)
    void replaceText(@Bind("articleId") long articleId, @Bind("language") Language language,
                     @Bind("title") String title, @Bind("slug") String slug, @Bind("excerpt") String excerpt,
                     @Bind("bodyHtml") String bodyHtml, @Bind("datedOn") LocalDate datedOn);

    @SqlUpdate("UPDATE article_source SET body_markdown = :body WHERE article_id = :articleId AND language = :language")
    void replaceSource(@Bind("articleId") long articleId, @Bind("language") Language language,
                       @Bind("body") String bodyMarkdown);

    /** Lets an address with the slug an article had lead to it, rather than to whatever it led to before. */
    default void keepOldSlug(String site, Language language, String slug, long articleId) {
        forgetOldSlug(site, language, slug);
        insertOldSlug(site, language, slug, articleId);
    }

    @SqlUpdate("""
            INSERT INTO article_slug_history (site, language, slug, article_id) VALUES (:site, :language, :slug, :id)
            """)
    void insertOldSlug(@Bind("site") String site, @Bind("language") Language language, @Bind("slug") String slug,
                       @Bind("id") long articleId);

    /** A slug an article has now is no old slug of another. */
    @SqlUpdate("DELETE FROM article_slug_history WHERE site = :site AND language = :language AND slug = :slug")
    void forgetOldSlug(@Bind("site") String site, @Bind("language") Language language, @Bind("slug") String slug);

    /** The shared fields of an article, without its text. */
    record ArticleRow(long id, String site, Section section, LocalDate publishedOn, Language originalLanguage,
                      boolean onNetwork, @Nested("image") FeaturedImage image) {
    }

    /** An article's shared fields with one of its translations. */
    record TranslatedRow(long id, String site, Section section, LocalDate publishedOn, Language originalLanguage,
                         boolean onNetwork, Language language, String title, String slug, String excerpt,
                         String bodyHtml, LocalDate datedOn, @Nested("image") FeaturedImage image) {

        public ArticleTranslation translation() {
            return new ArticleTranslation(id, language, title, slug, excerpt, bodyHtml, datedOn);
        }
    }
}
