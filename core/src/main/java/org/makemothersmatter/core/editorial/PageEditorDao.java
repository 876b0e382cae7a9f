package org.makemothersmatter.core.editorial;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.Language;

/** Static pages as the back office reads and writes them. Updates check the version they were read at. */
@RegisterConstructorMapper(PageEditorDao.Row.class)
@RegisterConstructorMapper(EditablePage.Text.class)
@RegisterConstructorMapper(Revision.class)
@RegisterConstructorMapper(PageEditorDao.Listed.class)
@RegisterConstructorMapper(LanguageOf.class)
public interface PageEditorDao extends EditorDao {

    record Row(long id, String site, String pageKey, int position, Language originalLanguage, String status,
               int version) {
    }

    record Listed(long id, String site, String status, Language originalLanguage, String title, int version) {
    }

    @SqlQuery("SELECT id, site, page_key, position, original_language, status, version FROM page WHERE id = :id")
    Optional<Row> find(@Bind("id") long id);

    @SqlQuery("""
            SELECT language, title, slug, body_markdown, body_html, version, published_at
              FROM page_translation WHERE page_id = :id ORDER BY language
            """)
    List<EditablePage.Text> texts(@Bind("id") long id);

    /**
     * What the back-office list filters on: the account's sites, then each filter given (null means any). The text
     * searched, {@code like}, is a LIKE pattern of lower-case text with '!' as its escape, matched against the title
     * of every language.
     */
    String FILTERS = """
             WHERE p.site IN (<sites>)
               AND (CAST(:status AS VARCHAR) IS NULL AND p.status <> 'trashed' OR p.status = :status)
               AND (CAST(:language AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM page_translation x
                    WHERE x.page_id = p.id AND x.language = :language))
               AND (CAST(:missing AS VARCHAR) IS NULL OR NOT EXISTS (SELECT 1 FROM page_translation x
                    WHERE x.page_id = p.id AND x.language = :missing))
               AND (CAST(:like AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM page_translation x
                    WHERE x.page_id = p.id AND LOWER(x.title) LIKE :like ESCAPE '!'))
            """;

    /** The back-office list, in each site's order. */
    @SqlQuery("""
            SELECT p.id, p.site, p.status, p.original_language, o.title, p.version
              FROM page p
              JOIN page_translation o ON o.page_id = p.id AND o.language = p.original_language
            """ + FILTERS + """
             ORDER BY p.site, p.position, p.id
             LIMIT :limit OFFSET :offset
            """)
    List<Listed> list(@BindList("sites") Collection<String> sites, @BindMethods PageEditor.Filter filter,
                      @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM page p" + FILTERS)
    long count(@BindList("sites") Collection<String> sites, @BindMethods PageEditor.Filter filter);

    @Override
    @SqlQuery("SELECT page_id AS id, language FROM page_translation WHERE page_id IN (<ids>) ORDER BY language")
    List<LanguageOf> languages(@BindList("ids") Collection<Long> ids);

    @Override
    @SqlUpdate("UPDATE page SET version = version + 1 WHERE id = :id AND status = 'trashed' AND version = :version")
    int claimTrashed(@Bind("id") long id, @Bind("version") int version);

    @Override
    default void deleteForever(long id) {
        deletePageRevision(id);
        deletePageSlugHistory(id);
        deletePageTranslation(id);
        deletePending(id);
        deleteAutosaves(id);
        deletePage(id);
    }

    @SqlUpdate("DELETE FROM page_revision WHERE page_id = :id")
    void deletePageRevision(@Bind("id") long id);

    @SqlUpdate("DELETE FROM page_slug_history WHERE page_id = :id")
    void deletePageSlugHistory(@Bind("id") long id);

    @SqlUpdate("DELETE FROM page_translation WHERE page_id = :id")
    void deletePageTranslation(@Bind("id") long id);

    @SqlUpdate("DELETE FROM pending_text WHERE kind = 'page' AND item_id = :id")
    void deletePending(@Bind("id") long id);

    @SqlUpdate("DELETE FROM autosave WHERE kind = 'page' AND item_id = :id")
    void deleteAutosaves(@Bind("id") long id);

    @SqlUpdate("DELETE FROM page WHERE id = :id")
    void deletePage(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) > 0 FROM page WHERE site = :site AND page_key = :key")
    boolean keyTaken(@Bind("site") String site, @Bind("key") String key);

    /** A new page goes after the site's others, trashed ones included: restoring one never makes a tie. */
    @SqlUpdate("""
            INSERT INTO page (site, page_key, position, original_language, status, version)
            SELECT :site, :key, COALESCE(MAX(position), 0) + 1, :language, 'draft', 1 FROM page WHERE site = :site
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("site") String site, @Bind("key") String key, @Bind("language") Language language);

    @Override
    @SqlUpdate("UPDATE page_translation SET published_at = :at WHERE page_id = :id AND published_at IS NULL")
    void markPublished(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("UPDATE page SET status = :status, version = version + 1 WHERE id = :id AND version = :version")
    int updateStatus(@Bind("id") long id, @Bind("version") int version, @Bind("status") String status);

    @Override
    @SqlUpdate("""
            INSERT INTO page_translation (page_id, language, site, title, slug, body_markdown, body_html, version)
            VALUES (:id, :language, :site, :t.title, :t.slug, :t.markdown, :t.html, 1)
            """)
    void insertText(@Bind("id") long id, @Bind("language") Language language, @Bind("site") String site,
                    @BindMethods("t") Written text);

    @Override
    @SqlUpdate("""
            UPDATE page_translation SET title = :t.title, slug = :t.slug, body_markdown = :t.markdown,
                   body_html = :t.html, version = version + 1
             WHERE page_id = :id AND language = :language AND version = :version
            """)
    int updateText(@Bind("id") long id, @Bind("language") Language language, @Bind("version") int version,
                   @BindMethods("t") Written text);

    @Override
    @SqlQuery("""
            SELECT COUNT(*) > 0 FROM page_translation
             WHERE site = :site AND language = :language AND slug = :slug AND page_id <> :id
            """)
    boolean slugTakenByOther(@Bind("site") String site, @Bind("language") Language language, @Bind("slug") String slug,
                             @Bind("id") long id);

    @Override
    @SqlUpdate("DELETE FROM page_slug_history WHERE site = :site AND language = :language AND slug = :slug")
    void forgetOldSlug(@Bind("site") String site, @Bind("language") Language language, @Bind("slug") String slug);

    @Override
    @SqlUpdate("INSERT INTO page_slug_history (site, language, slug, page_id) VALUES (:site, :language, :slug, :id)")
    void keepOldSlug(@Bind("site") String site, @Bind("language") Language language, @Bind("slug") String slug,
                     @Bind("id") long id);

    @Override
    @SqlUpdate("""
            INSERT INTO page_revision (page_id, language, title, slug, body_markdown, saved_by, saved_by_name, saved_at)
            VALUES (:id, :language, :t.title, :t.slug, :t.markdown, :by, :byName, :at)
            """)
    void insertRevision(@Bind("id") long id, @Bind("language") Language language, @BindMethods("t") Written text,
                        @Bind("by") Long savedBy, @Bind("byName") String savedByName, @Bind("at") Instant at);

    @Override
    @SqlQuery("SELECT COUNT(*) > 0 FROM page_revision WHERE page_id = :id AND language = :language")
    boolean hasRevisions(@Bind("id") long id, @Bind("language") Language language);

    @Override
    @SqlQuery("SELECT MAX(saved_at) FROM page_revision WHERE page_id = :id AND language = :language")
    Instant lastSaved(@Bind("id") long id, @Bind("language") Language language);

    /** Pages have no excerpt: the revisions' is null. */
    @Override
    @SqlQuery("""
            SELECT r.id, r.page_id AS item_id, r.language, r.title, r.slug, CAST(NULL AS VARCHAR) AS excerpt,
                   r.body_markdown, r.saved_by, COALESCE(a.name, r.saved_by_name) AS saved_by_name, r.saved_at
              FROM page_revision r LEFT JOIN account a ON a.id = r.saved_by
             WHERE r.page_id = :id ORDER BY r.id DESC
            """)
    List<Revision> revisions(@Bind("id") long pageId);

    @Override
    @SqlQuery("""
            SELECT r.id, r.page_id AS item_id, r.language, r.title, r.slug, CAST(NULL AS VARCHAR) AS excerpt,
                   r.body_markdown, r.saved_by, COALESCE(a.name, r.saved_by_name) AS saved_by_name, r.saved_at
              FROM page_revision r LEFT JOIN account a ON a.id = r.saved_by
             WHERE r.id = :id
            """)
    Optional<Revision> revision(@Bind("id") long revisionId);
}
