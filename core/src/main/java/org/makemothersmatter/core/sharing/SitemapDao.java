package org.makemothersmatter.core.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.makemothersmatter.core.model.Language;

/**
 * What a site's sitemap lists of its published articles and events: each translation's slug and when it went public.
 */
@RegisterConstructorMapper(SitemapDao.Text.class)
public interface SitemapDao {

    /** One translation of a published article; the rows of one article come together, newest article first. */
    record Text(long id, Language originalLanguage, LocalDate publishedOn, Language language, String slug,
                Instant publishedAt) {
    }

    @SqlQuery("""
            SELECT a.id, a.original_language, a.published_on, t.language, t.slug, t.published_at
              FROM article a JOIN article_translation t ON t.article_id = a.id
             WHERE a.status = 'published' AND a.site = :site
             ORDER BY a.status, a.site, a.published_on DESC, a.id DESC
            """)
    List<Text> articleTexts(@Bind("site") String site);

    /** The same of the site's published events, by their first day; no time of publication is kept for them. */
    @SqlQuery("""
            SELECT e.id, e.original_language, e.starts_on AS published_on, t.language, t.slug,
                   CAST(NULL AS TIMESTAMP) AS published_at
              FROM event e JOIN event_translation t ON t.event_id = e.id
             WHERE e.status = 'published' AND e.site = :site
             ORDER BY e.status, e.site, e.starts_on DESC, e.id DESC
            """)
    List<Text> eventTexts(@Bind("site") String site);
}
