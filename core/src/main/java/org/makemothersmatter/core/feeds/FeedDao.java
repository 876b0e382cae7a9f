package org.makemothersmatter.core.feeds;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.store.ArticleDao;

/**
 * The latest published articles of a listing with their full text, as a feed gives them: the requested
 * translation if there is one and the original one otherwise, each with the time that translation became public
 * (null for texts public before it was recorded). Read off the listings' indexes, as {@link ArticleDao}'s are.
 */
@RegisterConstructorMapper(FeedArticle.class)
public interface FeedDao {

    String LATEST = "SELECT a.id, a.site, a.section, a.published_on,"
            + " COALESCE(t.language, o.language) AS language, COALESCE(t.title, o.title) AS title,"
            + " COALESCE(t.slug, o.slug) AS slug, COALESCE(t.excerpt, o.excerpt) AS excerpt,"
            + " COALESCE(t.body_html, o.body_html) AS body_html,"
            + " CASE WHEN t.article_id IS NULL THEN o.published_at ELSE t.published_at END AS translated_at,"
            + ArticleDao.IMAGE + " FROM (SELECT a.id FROM article a";
    String NEWEST = " a.published_on DESC, a.id DESC LIMIT :limit) latest"
            + " JOIN article a ON a.id = latest.id"
            + " JOIN article_translation o ON o.article_id = a.id AND o.language = a.original_language"
            + " LEFT JOIN article_translation t ON t.article_id = a.id AND t.language = :language"
            + ArticleDao.WITH_IMAGE + " ORDER BY a.published_on DESC, a.id DESC";

    @SqlQuery(LATEST + " WHERE a.status = 'published' AND a.site = :site ORDER BY a.status, a.site," + NEWEST)
    List<FeedArticle> ofSite(@Bind("site") String site, @Bind("language") Language language, @Bind("limit") int limit);

    @SqlQuery(LATEST + " WHERE a.status = 'published' AND a.site = :site AND a.section = :section"
            + " ORDER BY a.status, a.site, a.section," + NEWEST)
    List<FeedArticle> ofSection(@Bind("site") String site, @Bind("section") Section section,
                                @Bind("language") Language language, @Bind("limit") int limit);

    @SqlQuery(LATEST + " WHERE a.status = 'published' AND a.on_network = TRUE ORDER BY a.status, a.on_network,"
            + NEWEST)
    List<FeedArticle> onNetwork(@Bind("language") Language language, @Bind("limit") int limit);

    /** What every site published on a theme, as the theme's page lists it. */
    @SqlQuery(LATEST + " JOIN article_theme th ON th.article_id = a.id"
            + " WHERE a.status = 'published' AND th.theme_id = :theme ORDER BY" + NEWEST)
    List<FeedArticle> onTheme(@Bind("theme") long theme, @Bind("language") Language language,
                              @Bind("limit") int limit);
}
