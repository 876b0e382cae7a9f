package org.makemothersmatter.core.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.Language;

/**
 * Events as the back office reads and writes them, whatever their status: each change of an event or of one of its
 * texts is made only at the version its form was read at, and raises it.
 */
@RegisterConstructorMapper(EditableEvent.class)
@RegisterConstructorMapper(EditableEvent.Text.class)
@RegisterConstructorMapper(EventEditorDao.Listed.class)
public interface EventEditorDao {

    String LISTED = """
            SELECT e.id, e.site, e.kind, e.starts_on, e.ends_on, e.status, o.title, e.original_language
              FROM event e JOIN event_translation o ON o.event_id = e.id AND o.language = e.original_language
             WHERE e.site IN (<sites>)
            """;

    /** An event in the back office's list, by its original title. */
    record Listed(long id, String site, String kind, LocalDate startsOn, LocalDate endsOn, String status,
                  String title, Language originalLanguage) {
    }

    @SqlQuery(LISTED + " AND e.ends_on >= :today ORDER BY e.starts_on, e.id LIMIT :limit")
    List<Listed> upcoming(@BindList("sites") List<String> sites, @Bind("today") LocalDate today,
                          @Bind("limit") int limit);

    @SqlQuery(LISTED + " AND e.ends_on < :today ORDER BY e.starts_on DESC, e.id DESC LIMIT :limit")
    List<Listed> past(@BindList("sites") List<String> sites, @Bind("today") LocalDate today,
                      @Bind("limit") int limit);

    @SqlQuery("""
            SELECT id, site, kind, starts_on, ends_on, starts_at, ends_at, time_zone, place, online_url,
                   original_language, status, version
              FROM event WHERE id = :id
            """)
    Optional<EditableEvent> find(@Bind("id") long id);

    /** The texts of an event; one loaded from a content file before texts kept their Markdown gives its HTML. */
    @SqlQuery("""
            SELECT language, title, slug, summary, COALESCE(body_markdown, body_html) AS body FROM event_translation
             WHERE event_id = :id ORDER BY language
            """)
    List<EditableEvent.Text> texts(@Bind("id") long id);

    /** The time zone of the site's latest event, the one its next is most likely in. */
    @SqlQuery("SELECT time_zone FROM event WHERE site = :site ORDER BY starts_on DESC, id DESC LIMIT 1")
    Optional<String> latestZone(@Bind("site") String site);

    @SqlUpdate("""
            UPDATE event SET kind = :kind, starts_on = :startsOn, ends_on = :endsOn, starts_at = :startsAt,
                   ends_at = :endsAt, time_zone = :timeZone, place = :place, online_url = :onlineUrl,
                   version = version + 1
             WHERE id = :id AND version = :version
            """)
    int update(@Bind("id") long id, @Bind("version") int version, @Bind("kind") String kind,
               @Bind("startsOn") LocalDate startsOn, @Bind("endsOn") LocalDate endsOn,
               @Bind("startsAt") LocalTime startsAt, @Bind("endsAt") LocalTime endsAt,
               @Bind("timeZone") String timeZone, @Bind("place") String place, @Bind("onlineUrl") String onlineUrl);

    /** Raises the version of an event still at {@code version}, for a change of one of its texts. */
    @SqlUpdate("UPDATE event SET version = version + 1 WHERE id = :id AND version = :version")
    int touch(@Bind("id") long id, @Bind("version") int version);

    @SqlUpdate("UPDATE event SET status = :status, version = version + 1 WHERE id = :id AND version = :version")
    int updateStatus(@Bind("id") long id, @Bind("version") int version, @Bind("status") String status);

    @SqlUpdate("""
            UPDATE event_translation SET title = :title, summary = :summary, body_markdown = :markdown,
                   body_html = :html
             WHERE event_id = :id AND language = :language
            """)
    int updateText(@Bind("id") long id, @Bind("language") Language language, @Bind("title") String title,
                   @Bind("summary") String summary, @Bind("markdown") String markdown, @Bind("html") String html);

    @SqlUpdate("""
            INSERT INTO event_translation (event_id, language, site, title, slug, summary, body_markdown, body_html)
            VALUES (:id, :language, :site, :title, :slug, :summary, :markdown, :html)
            """)
    void insertText(@Bind("id") long id, @Bind("language") Language language, @Bind("site") String site,
                    @Bind("title") String title, @Bind("slug") String slug, @Bind("summary") String summary,
                    @Bind("markdown") String markdown, @Bind("html") String html);

    /** The news that named the event no longer do: it is gone. */
    @SqlUpdate("UPDATE article SET event_id = NULL WHERE event_id = :id")
    void forgetInNews(@Bind("id") long id);

    @SqlUpdate("DELETE FROM event_translation WHERE event_id = :id")
    void deleteTexts(@Bind("id") long id);

    @SqlUpdate("DELETE FROM event WHERE id = :id AND version = :version")
    int delete(@Bind("id") long id, @Bind("version") int version);
}
