package org.makemothersmatter.core.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.ArticleSummary;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.store.ArticleDao;

/**
 * Published events as the calendars read them, each in the requested language or, failing that, its original one;
 * and the writes of the content loader.
 */
@RegisterConstructorMapper(Event.class)
@RegisterConstructorMapper(ArticleSummary.class)
@RegisterConstructorMapper(EventDao.Slug.class)
public interface EventDao {

    String SHOWN = "SELECT e.id, e.site, e.kind, e.starts_on, e.ends_on, e.starts_at, e.ends_at, e.time_zone, e.place,"
            + " e.online_url, COALESCE(t.language, o.language) AS language, COALESCE(t.title, o.title) AS title,"
            + " COALESCE(t.slug, o.slug) AS slug, COALESCE(t.summary, o.summary) AS summary,"
            + " COALESCE(t.body_html, o.body_html) AS body_html"
            + " FROM event e JOIN event_translation o ON o.event_id = e.id AND o.language = e.original_language"
            + " LEFT JOIN event_translation t ON t.event_id = e.id AND t.language = :language";
    String UPCOMING = " AND e.ends_on >= :today ORDER BY e.starts_on, e.id LIMIT :limit";
    String PAST = " AND e.ends_on < :today ORDER BY e.starts_on DESC, e.id DESC LIMIT :limit";

    /** A translation's slug. */
    record Slug(Language language, String slug) {
    }

    @SqlQuery(SHOWN + " WHERE e.status = 'published' AND e.site = :site" + UPCOMING)
    List<Event> upcomingOfSite(@Bind("site") String site, @Bind("language") Language language,
                               @Bind("today") LocalDate today, @Bind("limit") int limit);

    @SqlQuery(SHOWN + " WHERE e.status = 'published' AND e.site = :site" + PAST)
    List<Event> pastOfSite(@Bind("site") String site, @Bind("language") Language language,
                           @Bind("today") LocalDate today, @Bind("limit") int limit);

    @SqlQuery(SHOWN + " WHERE e.status = 'published'" + UPCOMING)
    List<Event> upcoming(@Bind("language") Language language, @Bind("today") LocalDate today,
                         @Bind("limit") int limit);

    @SqlQuery(SHOWN + " WHERE e.status = 'published'" + PAST)
    List<Event> past(@Bind("language") Language language, @Bind("today") LocalDate today, @Bind("limit") int limit);

    /** The published event of a site with this slug in any language: the requested language's first. */
    @SqlQuery("""
            SELECT t.event_id FROM event_translation t JOIN event e ON e.id = t.event_id
             WHERE t.site = :site AND t.slug = :slug AND e.status = 'published'
             ORDER BY CASE WHEN t.language = :language THEN 0 ELSE 1 END, t.event_id
            """)
    List<Long> idsBySlug(@Bind("site") String site, @Bind("slug") String slug, @Bind("language") Language language);

    @SqlQuery(SHOWN + " WHERE e.id = :id")
    Optional<Event> find(@Bind("id") long id, @Bind("language") Language language);

    @SqlQuery("SELECT language, slug FROM event_translation WHERE event_id = :id ORDER BY language")
    List<Slug> slugs(@Bind("id") long id);

    /** The published articles that name the event, newest first. */
    @SqlQuery(ArticleDao.PAGE_OF_IDS + " WHERE a.status = 'published' AND a.event_id = :event"
            + " ORDER BY a.event_id," + ArticleDao.NEWEST_FIRST)
    List<ArticleSummary> news(@Bind("event") long event, @Bind("language") Language language,
                              @Bind("limit") int limit, @Bind("offset") long offset);

    /* The content loader's writes. */

    @SqlQuery("SELECT id FROM event WHERE content_key = :key")
    Optional<Long> idByContentKey(@Bind("key") String contentKey);

    /** A new event: from a content file ({@code contentKey}), published; from the back office (null), a draft. */
    @SqlUpdate("""
            INSERT INTO event (site, kind, starts_on, ends_on, starts_at, ends_at, time_zone, place, online_url,
                               original_language, content_key, status)
            VALUES (:site, :kind, :startsOn, :endsOn, :startsAt, :endsAt, :timeZone, :place, :onlineUrl, :language,
                    :contentKey, :status)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("site") String site, @Bind("kind") String kind, @Bind("startsOn") LocalDate startsOn,
                @Bind("endsOn") LocalDate endsOn, @Bind("startsAt") LocalTime startsAt,
                @Bind("endsAt") LocalTime endsAt, @Bind("timeZone") String timeZone, @Bind("place") String place,
                @Bind("onlineUrl") String onlineUrl, @Bind("language") Language language,
                @Bind("contentKey") String contentKey, @Bind("status") String status);

    @SqlUpdate("""
            UPDATE event SET kind = :kind, starts_on = :startsOn, ends_on = :endsOn, starts_at = :startsAt,
                   ends_at = :endsAt, time_zone = :timeZone, place = :place, online_url = :onlineUrl,
                   original_language = :language
             WHERE id = :id
            """)
    void replace(@Bind("id") long id, @Bind("kind") String kind, @Bind("startsOn") LocalDate startsOn,
                 @Bind("endsOn") LocalDate endsOn, @Bind("startsAt") LocalTime startsAt,
                 @Bind("endsAt") LocalTime endsAt, @Bind("timeZone") String timeZone, @Bind("place") String place,
                 @Bind("onlineUrl") String onlineUrl, @Bind("language") Language language);

    /** Writes a translation, over the one in its language if there is one. */
    default void putTranslation(long id, Language language, String site, String title, String slug, String summary,
                                String bodyMarkdown, String bodyHtml) {
        if (replaceTranslation(id, language, title, slug, summary, bodyMarkdown, bodyHtml) == 0) {
            insertTranslation(id, language, site, title, slug, summary, bodyMarkdown, bodyHtml);
        }
    }

    @SqlUpdate("""
            UPDATE event_translation SET title = :title, slug = :slug, summary = :summary,
                   body_markdown = :bodyMarkdown, body_html = :bodyHtml
             WHERE event_id = :id AND language = :language
            """)
    int replaceTranslation(@Bind("id") long id, @Bind("language") Language language, @Bind("title") String title,
                           @Bind("slug") String slug, @Bind("summary") String summary,
                           @Bind("bodyMarkdown") String bodyMarkdown, @Bind("bodyHtml") String bodyHtml);

    @SqlUpdate("""
            INSERT INTO event_translation (event_id, language, site, title, slug, summary, body_markdown, body_html)
            VALUES (:id, :language, :site, :title, :slug, :summary, :bodyMarkdown, :bodyHtml)
            """)
    void insertTranslation(@Bind("id") long id, @Bind("language") Language language, @Bind("site") String site,
                           @Bind("title") String title, @Bind("slug") String slug, @Bind("summary") String summary,
                           @Bind("bodyMarkdown") String bodyMarkdown, @Bind("bodyHtml") String bodyHtml);

    @SqlQuery("""
            SELECT COUNT(*) > 0 FROM event_translation
             WHERE site = :site AND language = :language AND slug = :slug AND event_id <> :id
            """)
    boolean slugTakenByOther(@Bind("site") String site, @Bind("language") Language language,
                             @Bind("slug") String slug, @Bind("id") long id);

    /** The article tells about the event of its site that this content file shipped. */
    @SqlUpdate("""
            UPDATE article SET event_id = (SELECT id FROM event WHERE content_key = :eventKey)
             WHERE id = :article
            """)
    void nameEvent(@Bind("article") long article, @Bind("eventKey") String eventKey);
}
