package org.makemothersmatter.core.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Page;

/**
 * Static pages of the sites, read in the requested language or, failing that, their original one. The
 * public side reads published pages only.
 */
@RegisterConstructorMapper(Page.class)
public interface PageDao {

    String IN_LANGUAGE = """
            SELECT p.id, p.site, p.page_key, p.position,
                   COALESCE(t.language, o.language) AS language,
                   COALESCE(t.title, o.title) AS title,
                   COALESCE(t.slug, o.slug) AS slug,
                   COALESCE(t.body_html, o.body_html) AS body_html
              FROM page p
              JOIN page_translation o ON o.page_id = p.id AND o.language = p.original_language
              LEFT JOIN page_translation t ON t.page_id = p.id AND t.language = :language
            """;

    @SqlQuery(IN_LANGUAGE + " WHERE p.status = 'published' AND p.site = :site ORDER BY p.position, p.id")
    List<Page> bySite(@Bind("site") String site, @Bind("language") Language language);

    @SqlQuery(IN_LANGUAGE + " WHERE p.status = 'published' AND p.site = :site AND p.page_key = :key")
    Optional<Page> byKey(@Bind("site") String site, @Bind("key") String key, @Bind("language") Language language);

    /** Every translation of a page, for the language switcher. */
    @SqlQuery("""
            SELECT p.id, p.site, p.page_key, p.position, t.language, t.title, t.slug, t.body_html
              FROM page p JOIN page_translation t ON t.page_id = p.id
             WHERE p.id = :id ORDER BY t.language
            """)
    List<Page> translations(@Bind("id") long id);

    /**
     * The published pages of a site whose slug, now or before a change, is this one, in any language:
     * current slugs first, then the requested language first.
     */
    @SqlQuery("""
            SELECT page_id FROM (
                SELECT page_id, language, 0 AS old FROM page_translation WHERE site = :site AND slug = :slug
                UNION ALL
                SELECT page_id, language, 1 AS old FROM page_slug_history WHERE site = :site AND slug = :slug
            ) s
             WHERE EXISTS (SELECT 1 FROM page p WHERE p.id = s.page_id AND p.status = 'published')
             ORDER BY old, CASE WHEN language = :language THEN 0 ELSE 1 END, page_id
            """)
    List<Long> idsBySlug(@Bind("site") String site, @Bind("slug") String slug, @Bind("language") Language language);

    @SqlQuery("SELECT id FROM page WHERE site = :site AND page_key = :key")
    Optional<Long> idByKey(@Bind("site") String site, @Bind("key") String key);

    /** The slug of a page's text in a language; empty if it has no text in that language. */
    @SqlQuery("SELECT slug FROM page_translation WHERE page_id = :id AND language = :language")
    Optional<String> slug(@Bind("id") long id, @Bind("language") Language language);

    @SqlQuery("""
            SELECT COUNT(*) > 0 FROM page_translation
             WHERE site = :site AND language = :language AND slug = :slug AND page_id <> :id
            """)
    boolean slugTakenByOther(@Bind("site") String site, @Bind("language") Language language, @Bind("slug") String slug,
                             @Bind("id") long id);

    @SqlUpdate("INSERT INTO page (site, page_key, position, original_language) VALUES (:site, :key, :position, :language)")
    @GetGeneratedKeys("id")
    long insert(@Bind("site") String site, @Bind("key") String key, @Bind("position") int position,
                @Bind("language") Language originalLanguage);

    @SqlUpdate("""
            INSERT INTO page_translation (page_id, language, site, title, slug, body_markdown, body_html)
            VALUES (:pageId, :language, :site, :title, :slug, :bodyMarkdown, :bodyHtml)
            """)
    void insertTranslation(@Bind("pageId") long pageId, @Bind("language") Language language, @Bind("site") String site,
                           @Bind("title") String title, @Bind("slug") String slug,
                           @Bind("bodyMarkdown") String bodyMarkdown, @Bind("bodyHtml") String bodyHtml);

    /*
     * Replacing what a content file wrote, in development mode (see ContentLoader.reload). Each replacement counts
     * as a new version, so that an editor who opened the page before it is told that it changed.
     */

    @SqlUpdate("""
            UPDATE page SET position = :position, original_language = :language, version = version + 1
             WHERE id = :id
            """)
    void replaceShared(@Bind("id") long id, @Bind("position") int position,
                       @Bind("language") Language originalLanguage);

    @SqlUpdate("""
            UPDATE page_translation SET title = :title, slug = :slug, body_markdown = :bodyMarkdown,
                   body_html = :bodyHtml, version = version + 1
             WHERE page_id = :pageId AND language = :language
            """)
    void replaceTranslation(@Bind("pageId") long pageId, @Bind("language") Language language,
                            @Bind("title") String title, @Bind("slug") String slug,
                            @Bind("bodyMarkdown") String bodyMarkdown, @Bind("bodyHtml") String bodyHtml);

    /** Lets an address with the slug a page had lead to it, rather than to whatever it led to before. */
    default void keepOldSlug(String site, Language language, String slug, long pageId) {
        forgetOldSlug(site, language, slug);
        insertOldSlug(site, language, slug, pageId);
    }

    @SqlUpdate("INSERT INTO page_slug_history (site, language, slug, page_id) VALUES (:site, :language, :slug, :id)")
    void insertOldSlug(@Bind("site") String site, @Bind("language") Language language, @Bind("slug") String slug,
                       @Bind("id") long pageId);

    /** A slug a page has now is no old slug of another. */
    @SqlUpdate("DELETE FROM page_slug_history WHERE site = :site AND language = :language AND slug = :slug")
    void forgetOldSlug(@Bind("site") String site, @Bind("language") Language language, @Bind("slug") String slug);
}
