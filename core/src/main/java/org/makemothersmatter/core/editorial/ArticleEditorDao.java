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
@RegisterConstructorMapper(ArticleEditorDao.Original.class)
public interface ArticleEditorDao extends EditorDao {

    /** The scheduled articles whose time has come, locked until the transaction ends so that one node moves them. */
    @SqlQuery("""
            SELECT id, site, scheduled_by FROM article WHERE status = 'scheduled' AND publish_at <= :now
             ORDER BY id FOR UPDATE
            """)
    List<Due> due(@Bind("now") Instant now);

    @SqlUpdate("UPDATE article SET scheduled_by = :account WHERE id = :id")
    void scheduledBy(@Bind("id") long id, @Bind("account") long accountId);

    /** The original text of an article: what its publication is told by. */
    @SqlQuery("""
            SELECT a.original_language AS language, t.title, t.slug FROM article a
              JOIN article_translation t ON t.article_id = a.id AND t.language = a.original_language
             WHERE a.id = :id
            """)
    Original original(@Bind("id") long id);

    @SqlUpdate("UPDATE article SET status = 'published', version = version + 1"
            + " WHERE id IN (<ids>) AND status = 'scheduled'")
    int publish(@BindList("ids") List<Long> ids);

    /** A scheduled article due, the site whose pages show it, and who scheduled it (null if unknown). */
    record Due(long id, String site, Long scheduledBy) {
    }

    /** An article's original language, and its title and slug in it. */
    record Original(Language language, String title, String slug) {
    }

    record Row(long id, String site, Section section, LocalDate publishedOn, Language originalLanguage,
               boolean onNetwork, String status, Instant publishAt, int version,
               @Nested("image") FeaturedImage image) {
    }

    record Listed(long id, String site, Section section, LocalDate publishedOn, String status, Instant publishAt,
                  Language originalLanguage, String title, int version) {
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

    /**
     * What the back-office list filters on: the account's sites, then each filter given (null means any). The text
     * searched, {@code q}, is a LIKE pattern of lower-case text with '!' as its escape, matched against the title
     * and excerpt of every language.
     */
    String FILTERS = """
             WHERE a.site IN (<sites>)
               AND (CAST(:section AS VARCHAR) IS NULL OR a.section = :section)
               AND (CAST(:status AS VARCHAR) IS NULL AND a.status <> 'trashed' OR a.status = :status)
               AND (CAST(:language AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM article_translation x
                    WHERE x.article_id = a.id AND x.language = :language))
               AND (CAST(:missing AS VARCHAR) IS NULL OR NOT EXISTS (SELECT 1 FROM article_translation x
                    WHERE x.article_id = a.id AND x.language = :missing))
               AND (CAST(:like AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM article_translation x
                    WHERE x.article_id = a.id AND (LOWER(x.title) LIKE :like ESCAPE '!'
                                                   OR LOWER(x.excerpt) LIKE :like ESCAPE '!')))
            """;

    /** The back-office list, newest first unless sorted by title or oldest first. */
    @SqlQuery("""
            SELECT a.id, a.site, a.section, a.published_on, a.status, a.publish_at, a.original_language, o.title,
                   a.version
              FROM article a
              JOIN article_translation o ON o.article_id = a.id AND o.language = a.original_language
            """ + FILTERS + """
             ORDER BY CASE WHEN CAST(:sort AS VARCHAR) = 'title' THEN LOWER(o.title) END,
                      CASE WHEN CAST(:sort AS VARCHAR) = 'oldest' THEN a.published_on END,
                      a.published_on DESC, a.id DESC
             LIMIT :limit OFFSET :offset
            """)
    List<Listed> list(@BindList("sites") Collection<String> sites, @BindMethods ArticleEditor.Filter filter,
                      @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM article a" + FILTERS)
    long count(@BindList("sites") Collection<String> sites, @BindMethods ArticleEditor.Filter filter);

    @Override
    @SqlUpdate("UPDATE article SET version = version + 1 WHERE id = :id AND status = 'trashed' AND version = :version")
    int claimTrashed(@Bind("id") long id, @Bind("version") int version);

    @Override
    default void deleteForever(long id) {
        deleteArticleSource(id);
        deleteArticleRevision(id);
        deleteArticleSlugHistory(id);
        deleteArticleTranslation(id);
        deletePending(id);
        deleteAutosaves(id);
        deleteProposal(id);
        deleteArticle(id);
    }

    @SqlUpdate("DELETE FROM network_proposal WHERE article_id = :id")
    void deleteProposal(@Bind("id") long id);

    @SqlUpdate("DELETE FROM article_source WHERE article_id = :id")
    void deleteArticleSource(@Bind("id") long id);

    @SqlUpdate("DELETE FROM article_revision WHERE article_id = :id")
    void deleteArticleRevision(@Bind("id") long id);

    @SqlUpdate("DELETE FROM article_slug_history WHERE article_id = :id")
    void deleteArticleSlugHistory(@Bind("id") long id);

    @SqlUpdate("DELETE FROM article_translation WHERE article_id = :id")
    void deleteArticleTranslation(@Bind("id") long id);

    @SqlUpdate("DELETE FROM pending_text WHERE kind = 'article' AND item_id = :id")
    void deletePending(@Bind("id") long id);

    @SqlUpdate("DELETE FROM autosave WHERE kind = 'article' AND item_id = :id")
    void deleteAutosaves(@Bind("id") long id);

    @SqlUpdate("DELETE FROM article WHERE id = :id")
    void deleteArticle(@Bind("id") long id);

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

    /** A translation first public on a later day than the article's original text is dated that day. */
    @Override
    default void markPublished(long id, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ArticleEditor.ZONE);
        dateLaterTranslations(id, day, day.atStartOfDay(ArticleEditor.ZONE).toInstant());
        markPublishedAt(id, at);
    }

    @SqlUpdate("""
            UPDATE article_translation SET dated_on = :day
             WHERE article_id = :id AND published_at IS NULL
               AND EXISTS (SELECT 1 FROM article a
                             JOIN article_translation o ON o.article_id = a.id AND o.language = a.original_language
                            WHERE a.id = :id AND o.published_at < :dayStart)
            """)
    void dateLaterTranslations(@Bind("id") long id, @Bind("day") LocalDate day, @Bind("dayStart") Instant dayStart);

    @SqlUpdate("UPDATE article_translation SET published_at = :at WHERE article_id = :id AND published_at IS NULL")
    void markPublishedAt(@Bind("id") long id, @Bind("at") Instant at);

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
            SELECT r.id, r.article_id AS item_id, r.language, r.title, r.slug, r.excerpt, r.body_markdown, r.saved_by,
                   COALESCE(a.name, r.saved_by_name) AS saved_by_name, r.saved_at
              FROM article_revision r LEFT JOIN account a ON a.id = r.saved_by
             WHERE r.article_id = :id ORDER BY r.id DESC
            """)
    List<Revision> revisions(@Bind("id") long articleId);

    @Override
    @SqlQuery("""
            SELECT r.id, r.article_id AS item_id, r.language, r.title, r.slug, r.excerpt, r.body_markdown, r.saved_by,
                   COALESCE(a.name, r.saved_by_name) AS saved_by_name, r.saved_at
              FROM article_revision r LEFT JOIN account a ON a.id = r.saved_by
             WHERE r.id = :id
            """)
    Optional<Revision> revision(@Bind("id") long revisionId);
}
