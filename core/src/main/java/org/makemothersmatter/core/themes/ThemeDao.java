package org.makemothersmatter.core.themes;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.ArticleSummary;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.store.ArticleDao;

/**
 * The themes, their translations and the tags of articles and pages. A theme's listing has the shape of the news
 * listings (see {@link ArticleDao}): a page of ids off the tags' index, then only those rows joined to their text.
 */
@RegisterConstructorMapper(ThemeDao.Row.class)
@RegisterConstructorMapper(Theme.Translation.class)
@RegisterConstructorMapper(ArticleSummary.class)
@RegisterConstructorMapper(ThemeDao.TaggedPage.class)
public interface ThemeDao {

    String TAGGED = ArticleDao.PAGE_OF_IDS + " JOIN article_theme th ON th.article_id = a.id"
            + " WHERE a.status = 'published' AND th.theme_id = :theme ORDER BY" + ArticleDao.NEWEST_FIRST;

    /** A theme without its texts. */
    record Row(long id, int position, Language originalLanguage, boolean retired, int version) {
    }

    /** A published page tagged with a theme, in the requested language or its original one. */
    record TaggedPage(long id, String site, Language language, String title, String slug) {
    }

    @SqlQuery("SELECT id, position, original_language, retired, version FROM theme ORDER BY position, id")
    List<Row> all();

    @SqlQuery("SELECT theme_id, language, name, slug, description FROM theme_translation ORDER BY theme_id, language")
    List<Theme.Translation> allTranslations();

    @SqlQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM theme")
    int nextPosition();

    @SqlUpdate("INSERT INTO theme (position, original_language) VALUES (:position, :language)")
    @GetGeneratedKeys("id")
    long insert(@Bind("position") int position, @Bind("language") Language language);

    /** Saves a translation, new or not. */
    @SqlUpdate("""
            MERGE INTO theme_translation (theme_id, language, name, slug, description)
            KEY (theme_id, language) VALUES (:id, :language, :name, :slug, :description)
            """)
    void saveTranslation(@Bind("id") long id, @Bind("language") Language language, @Bind("name") String name,
                         @Bind("slug") String slug, @Bind("description") String description);

    @SqlUpdate("DELETE FROM theme_translation WHERE theme_id = :id AND language = :language")
    void deleteTranslation(@Bind("id") long id, @Bind("language") Language language);

    @SqlQuery("""
            SELECT COUNT(*) > 0 FROM theme_translation
             WHERE language = :language AND slug = :slug AND theme_id <> :id
            """)
    boolean slugTakenByOther(@Bind("language") Language language, @Bind("slug") String slug, @Bind("id") long id);

    /** Counts as a change of the theme, so that a form read before another's save is refused. */
    @SqlUpdate("UPDATE theme SET version = version + 1 WHERE id = :id AND version = :version")
    int touch(@Bind("id") long id, @Bind("version") int version);

    @SqlUpdate("UPDATE theme SET retired = :retired, version = version + 1 WHERE id = :id")
    void setRetired(@Bind("id") long id, @Bind("retired") boolean retired);

    @SqlUpdate("UPDATE theme SET position = :position, version = version + 1 WHERE id = :id")
    void setPosition(@Bind("id") long id, @Bind("position") int position);

    /* Tags. */

    @SqlQuery("SELECT theme_id FROM article_theme WHERE article_id = :id")
    List<Long> ofArticle(@Bind("id") long articleId);

    @SqlUpdate("DELETE FROM article_theme WHERE article_id = :id")
    void untagArticle(@Bind("id") long articleId);

    @SqlUpdate("INSERT INTO article_theme (article_id, theme_id) VALUES (:id, :theme)")
    void tagArticle(@Bind("id") long articleId, @Bind("theme") long themeId);

    @SqlQuery("SELECT theme_id FROM page_theme WHERE page_id = :id")
    List<Long> ofPage(@Bind("id") long pageId);

    @SqlUpdate("DELETE FROM page_theme WHERE page_id = :id")
    void untagPage(@Bind("id") long pageId);

    @SqlUpdate("INSERT INTO page_theme (page_id, theme_id) VALUES (:id, :theme)")
    void tagPage(@Bind("id") long pageId, @Bind("theme") long themeId);

    @SqlQuery("SELECT id FROM theme WHERE retired = FALSE AND id IN (<ids>)")
    List<Long> current(@BindList("ids") Collection<Long> ids);

    /* What the public pages list. */

    @SqlQuery(TAGGED)
    List<ArticleSummary> articles(@Bind("theme") long themeId, @Bind("language") Language language,
                                  @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery(TAGGED)
    Stream<ArticleSummary> streamArticles(@Bind("theme") long themeId, @Bind("language") Language language,
                                          @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("""
            SELECT COUNT(*) FROM article a JOIN article_theme th ON th.article_id = a.id
             WHERE a.status = 'published' AND th.theme_id = :theme
            """)
    long countArticles(@Bind("theme") long themeId);

    @SqlQuery("""
            SELECT p.id, p.site, COALESCE(t.language, o.language) AS language, COALESCE(t.title, o.title) AS title,
                   COALESCE(t.slug, o.slug) AS slug
              FROM page p JOIN page_theme th ON th.page_id = p.id
              JOIN page_translation o ON o.page_id = p.id AND o.language = p.original_language
              LEFT JOIN page_translation t ON t.page_id = p.id AND t.language = :language
             WHERE p.status = 'published' AND th.theme_id = :theme
             ORDER BY p.site, p.position, p.id
            """)
    List<TaggedPage> pages(@Bind("theme") long themeId, @Bind("language") Language language);

    /**
     * The published articles that share the most current themes with an article, the newest first among as many
     * shared; of one site, or of every site ({@code site} null).
     */
    @SqlQuery("SELECT a.id, a.site, a.section, a.published_on,"
            + " COALESCE(t.language, o.language) AS language, COALESCE(t.title, o.title) AS title,"
            + " COALESCE(t.slug, o.slug) AS slug, COALESCE(t.excerpt, o.excerpt) AS excerpt," + ArticleDao.IMAGE
            + " FROM (SELECT r.article_id AS id, COUNT(*) AS shared FROM article_theme mine"
            + " JOIN theme th ON th.id = mine.theme_id AND th.retired = FALSE"
            + " JOIN article_theme r ON r.theme_id = mine.theme_id AND r.article_id <> mine.article_id"
            + " JOIN article ra ON ra.id = r.article_id AND ra.status = 'published'"
            + " AND (CAST(:site AS VARCHAR) IS NULL OR ra.site = :site)"
            + " WHERE mine.article_id = :id GROUP BY r.article_id) related"
            + " JOIN article a ON a.id = related.id"
            + " JOIN article_translation o ON o.article_id = a.id AND o.language = a.original_language"
            + " LEFT JOIN article_translation t ON t.article_id = a.id AND t.language = :language"
            + ArticleDao.WITH_IMAGE
            + " ORDER BY related.shared DESC, a.published_on DESC, a.id DESC LIMIT :limit")
    List<ArticleSummary> related(@Bind("id") long articleId, @Bind("site") String site,
                                 @Bind("language") Language language, @Bind("limit") int limit);
}
