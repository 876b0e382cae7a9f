package org.makemothersmatter.core.editorial;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.FeaturedImage;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;

/** Articles as the back office reads and writes them. Updates check the version they were read at. */
@RegisterConstructorMapper(ArticleEditorDao.Row.class)
@RegisterConstructorMapper(EditableArticle.Text.class)
@RegisterConstructorMapper(Revision.class)
@RegisterConstructorMapper(ArticleEditorDao.Listed.class)
@RegisterConstructorMapper(LanguageOf.class)
@RegisterConstructorMapper(ArticleEditorDao.Due.class)
public interface ArticleEditorDao extends EditorDao {

    /** The scheduled articles whose time has come, locked until the transaction ends so that one node moves them. */
    @SqlQuery("SELECT id, site FROM article WHERE status = 'scheduled' AND publish_at <= :now ORDER BY id FOR UPDATE")
    List<Due> due(@Bind("now") Instant now);

    @SqlUpdate("UPDATE article SET status = 'published', version = version + 1"
            + " WHERE id IN (<ids>) AND status = 'scheduled'")
    int publish(@BindList("ids") List<Long> ids);

    /** A scheduled article due, and the site whose pages show it. */
    record Due(long id, String site) {
    }

    record Row(long id, String site, Section section, LocalDate publishedOn, Language originalLanguage,
               boolean onNetwork, String status, Instant publishAt, int version,
               @Nested("image") FeaturedImage image) {
    }

    record Listed(long id, String site, Section section, LocalDate publishedOn, String status, Instant publishAt,
                  Language originalLanguage, String title) {
    }

    @SqlQuery("""
            SELECT a.id, a.site, a.section, a.published_on, a.original_language, a.on_network, a.status, a.publish_at,
                   a.version, i.id AS image_id, i.alt_text AS image_alt, i.width AS image_width,
                   i.height AS image_height
              FROM article a LEFT JOIN image i ON i.id = a.image_id WHERE a.id = :id
            """)
    Optional<Row> find(@Bind("id") long id);

    /** Whether this image is one of the site's, which its articles may feature. */
    @SqlQuery("SELECT COUNT(*) > 0 FROM image WHERE id = :id AND site = :site")
    boolean imageOfSite(@Bind("id") long imageId, @Bind("site") String site);

    @SqlQuery("""
            SELECT t.language, t.title, t.slug, t.excerpt, s.body_markdown, t.body_html, t.version, t.published_at
              FROM article_translation t
              JOIN article_source s ON s.article_id = t.article_id AND s.language = t.language
             WHERE t.article_id = :id ORDER BY t.language
            """)
    List<EditableArticle.Text> texts(@Bind("id") long id);

    /** The back-office list: the account's sites, filtered, newest first. A null filter means any. */
    @SqlQuery("""
            SELECT a.id, a.site, a.section, a.published_on, a.status, a.publish_at, a.original_language, o.title
              FROM article a
              JOIN article_translation o ON o.article_id = a.id AND o.language = a.original_language
             WHERE a.site IN (<sites>)
               AND (CAST(:section AS VARCHAR) IS NULL OR a.section = :section)
               AND (CAST(:status AS VARCHAR) IS NULL AND a.status <> 'trashed' OR a.status = :status)
               AND (CAST(:language AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM article_translation x
                    WHERE x.article_id = a.id AND x.language = :language))
               AND (CAST(:missing AS VARCHAR) IS NULL OR NOT EXISTS (SELECT 1 FROM article_translation x
                    WHERE x.article_id = a.id AND x.language = :missing))
             ORDER BY a.published_on DESC, a.id DESC
             LIMIT :limit OFFSET :offset
            """)
    List<Listed> list(@BindList("sites") Collection<String> sites, @Bind("section") String section,
                      @Bind("status") String status, @Bind("language") String language,
                      @Bind("missing") String missing, @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("""
            SELECT COUNT(*) FROM article a
             WHERE a.site IN (<sites>)
               AND (CAST(:section AS VARCHAR) IS NULL OR a.section = :section)
               AND (CAST(:status AS VARCHAR) IS NULL AND a.status <> 'trashed' OR a.status = :status)
               AND (CAST(:language AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM article_translation x
                    WHERE x.article_id = a.id AND x.language = :language))
               AND (CAST(:missing AS VARCHAR) IS NULL OR NOT EXISTS (SELECT 1 FROM article_translation x
                    WHERE x.article_id = a.id AND x.language = :missing))
            """)
    long count(@BindList("sites") Collection<String> sites, @Bind("section") String section,
               @Bind("status") String status, @Bind("language") String language, @Bind("missing") String missing);

    /** The languages of a page of articles, in one query. */
    @Override
    @SqlQuery("SELECT article_id AS id, language FROM article_translation WHERE article_id IN (<ids>) ORDER BY language")
    List<LanguageOf> languages(@BindList("ids") Collection<Long> ids);

    @SqlUpdate("""
            INSERT INTO article (site, section, published_on, original_language, on_network, status, version)
            VALUES (:site, :section, :publishedOn, :language, :onNetwork, 'draft', 1)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("site") String site, @Bind("section") Section section, @Bind("publishedOn") LocalDate publishedOn,
                @Bind("language") Language language, @Bind("onNetwork") boolean onNetwork);

    @SqlUpdate("""
            UPDATE article SET section = :section, published_on = :publishedOn, on_network = :onNetwork,
                   image_id = :imageId, version = version + 1
             WHERE id = :id AND version = :version
            """)
    int updateSettings(@Bind("id") long id, @Bind("version") int version, @Bind("section") Section section,
                       @Bind("publishedOn") LocalDate publishedOn, @Bind("onNetwork") boolean onNetwork,
                       @Bind("imageId") Long imageId);

    @SqlUpdate("""
            UPDATE article SET status = :status, publish_at = :publishAt,
                   published_on = COALESCE(CAST(:publishedOn AS DATE), published_on), version = version + 1
             WHERE id = :id AND version = :version
            """)
    int updateStatus(@Bind("id") long id, @Bind("version") int version, @Bind("status") String status,
                     @Bind("publishAt") Instant publishAt, @Bind("publishedOn") LocalDate publishedOn);

    /* The Markdown is kept apart from the text the public pages read (see the article_source migration). */

    @Override
    default void insertText(long id, Language language, String site, Written text) {
        insertTranslation(id, language, site, text);
        insertSource(id, language, text);
    }

    @Override
    default int updateText(long id, Language language, int version, Written text) {
        int updated = updateTranslation(id, language, version, text);
        if (updated > 0) {
            updateSource(id, language, text);
        }
        return updated;
    }

    @SqlUpdate("""
            INSERT INTO article_translation (article_id, language, site, title, slug, excerpt, body_html, version)
            VALUES (:id, :language, :site, :t.title, :t.slug, :t.excerpt, :t.html, 1)
            """)
    void insertTranslation(@Bind("id") long id, @Bind("language") Language language, @Bind("site") String site,
                           @BindMethods("t") Written text);

    @SqlUpdate("INSERT INTO article_source (article_id, language, body_markdown) VALUES (:id, :language, :t.markdown)")
    void insertSource(@Bind("id") long id, @Bind("language") Language language, @BindMethods("t") Written text);

    @SqlUpdate("""
            UPDATE article_translation SET title = :t.title, slug = :t.slug, excerpt = :t.excerpt,
                   body_html = :t.html, version = version + 1
             WHERE article_id = :id AND language = :language AND version = :version
            """)
    int updateTranslation(@Bind("id") long id, @Bind("language") Language language, @Bind("version") int version,
                          @BindMethods("t") Written text);

    @Override
    @SqlUpdate("UPDATE article_translation SET published_at = :at WHERE article_id = :id AND published_at IS NULL")
    void markPublished(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("UPDATE article_source SET body_markdown = :t.markdown WHERE article_id = :id AND language = :language")
    void updateSource(@Bind("id") long id, @Bind("language") Language language, @BindMethods("t") Written text);

    @Override
    @SqlQuery("""
            SELECT COUNT(*) > 0 FROM article_translation
             WHERE site = :site AND language = :language AND slug = :slug AND article_id <> :id
            """)
    boolean slugTakenByOther(@Bind("site") String site, @Bind("language") Language language, @Bind("slug") String slug,
                             @Bind("id") long id);

    @Override
    @SqlUpdate("DELETE FROM article_slug_history WHERE site = :site AND language = :language AND slug = :slug")
    void forgetOldSlug(@Bind("site") String site, @Bind("language") Language language, @Bind("slug") String slug);

    @Override
    @SqlUpdate("INSERT INTO article_slug_history (site, language, slug, article_id) VALUES (:site, :language, :slug, :id)")
    void keepOldSlug(@Bind("site") String site, @Bind("language") Language language, @Bind("slug") String slug,
                     @Bind("id") long id);

    @Override
    @SqlUpdate("""
            INSERT INTO article_revision (article_id, language, title, slug, excerpt, body_markdown, saved_by,
                                          saved_by_name, saved_at)
            VALUES (:id, :language, :t.title, :t.slug, :t.excerpt, :t.markdown, :by, :byName, :at)
            """)
    void insertRevision(@Bind("id") long id, @Bind("language") Language language, @BindMethods("t") Written text,
                        @Bind("by") Long savedBy, @Bind("byName") String savedByName, @Bind("at") Instant at);

    @Override
    @SqlQuery("SELECT COUNT(*) > 0 FROM article_revision WHERE article_id = :id AND language = :language")
    boolean hasRevisions(@Bind("id") long id, @Bind("language") Language language);

    @Override
    @SqlQuery("SELECT MAX(saved_at) FROM article_revision WHERE article_id = :id AND language = :language")
    Instant lastSaved(@Bind("id") long id, @Bind("language") Language language);

    @Override
    @SqlQuery("""
            SELECT id, article_id AS item_id, language, title, slug, excerpt, body_markdown, saved_by, saved_by_name,
                   saved_at
              FROM article_revision WHERE article_id = :id ORDER BY id DESC
            """)
    List<Revision> revisions(@Bind("id") long articleId);

    @Override
    @SqlQuery("""
            SELECT id, article_id AS item_id, language, title, slug, excerpt, body_markdown, saved_by, saved_by_name,
                   saved_at
              FROM article_revision WHERE id = :id
            """)
    Optional<Revision> revision(@Bind("id") long revisionId);
}
