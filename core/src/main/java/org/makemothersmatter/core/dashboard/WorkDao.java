package org.makemothersmatter.core.dashboard;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What waits on some sites, read across articles and pages. */
@RegisterConstructorMapper(WorkDao.Item.class)
@RegisterConstructorMapper(WorkDao.Activity.class)
@RegisterConstructorMapper(WorkDao.Published.class)
public interface WorkDao {

    /**
     * An article or a page ({@code kind}) in one {@code language}, with who last touched it and when; {@code at} is
     * when it is due for a scheduled article.
     */
    record Item(String kind, long id, String site, String language, String title, String byName, Instant at) {
    }

    /** How many published items a site has with a text in {@code language} (null: in all). */
    record Published(String site, String language, long total) {
    }

    /** A line of the audit log, with the name of its author when the account still exists. */
    record Activity(Instant at, String byName, String action, String site, String target, String detail) {
    }

    /** Changes of published texts, as drafts ({@code status} 'draft') or submitted for review ('review'). */
    @SqlQuery("""
            SELECT p.kind, p.item_id AS id, COALESCE(a.site, g.site) AS site, p.language, p.title,
                   u.name AS by_name, p.saved_at AS at
              FROM pending_text p
              LEFT JOIN article a ON p.kind = 'article' AND a.id = p.item_id
              LEFT JOIN page g ON p.kind = 'page' AND g.id = p.item_id
              LEFT JOIN account u ON u.id = p.saved_by
             WHERE COALESCE(a.site, g.site) IN (<sites>) AND p.status = :status
             ORDER BY p.saved_at DESC
             LIMIT :limit
            """)
    List<Item> changes(@BindList("sites") Collection<String> sites, @Bind("status") String status,
                       @Bind("limit") int limit);

    /** Articles and pages that are drafts, the last saved first. */
    @SqlQuery("""
            SELECT * FROM (
                SELECT 'article' AS kind, a.id, a.site, a.original_language AS language, t.title,
                       u.name AS by_name, r.saved_at AS at
                  FROM article a
                  JOIN article_translation t ON t.article_id = a.id AND t.language = a.original_language
                  LEFT JOIN article_revision r ON r.id = (SELECT MAX(x.id) FROM article_revision x
                                                          WHERE x.article_id = a.id)
                  LEFT JOIN account u ON u.id = r.saved_by
                 WHERE a.site IN (<sites>) AND a.status = 'draft'
                UNION ALL
                SELECT 'page' AS kind, g.id, g.site, g.original_language AS language, t.title,
                       u.name AS by_name, r.saved_at AS at
                  FROM page g
                  JOIN page_translation t ON t.page_id = g.id AND t.language = g.original_language
                  LEFT JOIN page_revision r ON r.id = (SELECT MAX(x.id) FROM page_revision x WHERE x.page_id = g.id)
                  LEFT JOIN account u ON u.id = r.saved_by
                 WHERE g.site IN (<sites>) AND g.status = 'draft'
            ) drafts
             ORDER BY at DESC NULLS LAST, id DESC
             LIMIT :limit
            """)
    List<Item> drafts(@BindList("sites") Collection<String> sites, @Bind("limit") int limit);

    /** Articles waiting for their time, the soonest first. */
    @SqlQuery("""
            SELECT 'article' AS kind, a.id, a.site, a.original_language AS language, t.title,
                   CAST(NULL AS VARCHAR) AS by_name, a.publish_at AS at
              FROM article a
              JOIN article_translation t ON t.article_id = a.id AND t.language = a.original_language
             WHERE a.site IN (<sites>) AND a.status = 'scheduled'
             ORDER BY a.publish_at, a.id
             LIMIT :limit
            """)
    List<Item> scheduled(@BindList("sites") Collection<String> sites, @Bind("limit") int limit);

    /**
     * How many published articles of each of these sites have a text in each language ({@code language} null: how
     * many the site has in all), in one query for the first page, whatever the number of sites and languages.
     */
    @SqlQuery("""
            SELECT a.site, CAST(NULL AS VARCHAR) AS language, COUNT(*) AS total FROM article a
             WHERE a.site IN (<sites>) AND a.status = 'published' GROUP BY a.site
            UNION ALL
            SELECT a.site, t.language, COUNT(*) AS total FROM article a
              JOIN article_translation t ON t.article_id = a.id
             WHERE a.site IN (<sites>) AND a.status = 'published' GROUP BY a.site, t.language
            """)
    List<Published> publishedArticles(@BindList("sites") Collection<String> sites);

    /** The same for published pages. */
    @SqlQuery("""
            SELECT g.site, CAST(NULL AS VARCHAR) AS language, COUNT(*) AS total FROM page g
             WHERE g.site IN (<sites>) AND g.status = 'published' GROUP BY g.site
            UNION ALL
            SELECT g.site, t.language, COUNT(*) AS total FROM page g
              JOIN page_translation t ON t.page_id = g.id
             WHERE g.site IN (<sites>) AND g.status = 'published' GROUP BY g.site, t.language
            """)
    List<Published> publishedPages(@BindList("sites") Collection<String> sites);

    /** The latest lines of the audit log about these sites. */
    @SqlQuery("""
            SELECT e.at, COALESCE(u.name, e.actor) AS by_name, e.action, e.site, e.target, e.detail
              FROM audit_event e
              LEFT JOIN account u ON u.id = e.account_id
             WHERE e.site IN (<sites>)
             ORDER BY e.at DESC, e.id DESC
             LIMIT :limit
            """)
    List<Activity> activity(@BindList("sites") Collection<String> sites, @Bind("limit") int limit);
}
