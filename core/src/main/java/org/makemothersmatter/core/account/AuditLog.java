package org.makemothersmatter.core.account;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.store.Daos;
import org.makemothersmatter.core.store.Like;

/**
 * The record of every sign-in, failed sign-in, refused request and change: who, what, when, from where. It is only
 * ever added to: nothing in the site changes or deletes an entry.
 */
public final class AuditLog {

    private final Dao dao;
    private final RequestOrigin origin;
    private final Clock clock;

    @Inject
    public AuditLog(Jdbi jdbi, RequestOrigin origin, Clock clock) {
        this.dao = Daos.of(jdbi, Dao.class);
        this.origin = origin;
        this.clock = clock;
    }

    /** Records an entry; without an address ({@code ip} null), that of the request being served, if any. */
    public void record(Long accountId, String actor, String action, String site, String target, String detail,
                       String ip) {
        dao.insert(clock.instant(), accountId, actor, action, site, target, truncate(detail),
                ip == null ? origin.address() : ip);
    }

    /**
     * What the log is searched by; null fields mean any: the actor's address or part of it, an action, a site, and
     * the days (in {@code zone}) from and to which entries are wanted, both included.
     */
    public record Filter(String actor, String action, String site, LocalDate from, LocalDate to, ZoneId zone) {

        static final Filter ANY = new Filter(null, null, null, null, null, ZoneId.systemDefault());

        Instant start() {
            return from == null ? null : from.atStartOfDay(zone).toInstant();
        }

        Instant end() {
            return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        }

        String actorPattern() {
            return Like.containing(actor);
        }
    }

    /** The newest entries, whatever they are. */
    public List<Event> latest(int limit, long offset) {
        return find(Filter.ANY, limit, offset);
    }

    public long count() {
        return count(Filter.ANY);
    }

    /** The entries that match, newest first, a page at a time. */
    public List<Event> find(Filter filter, int limit, long offset) {
        return dao.find(filter.actorPattern(), filter.action(), filter.site(), filter.start(), filter.end(), limit,
                offset);
    }

    public long count(Filter filter) {
        return dao.count(filter.actorPattern(), filter.action(), filter.site(), filter.start(), filter.end());
    }

    /** The actions the log holds, for its filter. */
    public List<String> actions() {
        return dao.actions();
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
    }

    public record Event(long id, Instant at, Long accountId, String actor, String action, String site, String target,
                        String detail, String ip) {
    }

    @RegisterConstructorMapper(Event.class)
    public interface Dao {
        @SqlUpdate("""
                INSERT INTO audit_event (at, account_id, actor, action, site, target, detail, ip)
                VALUES (:at, :account, :actor, :action, :site, :target, :detail, :ip)
                """)
        void insert(@Bind("at") Instant at, @Bind("account") Long accountId, @Bind("actor") String actor,
                    @Bind("action") String action, @Bind("site") String site, @Bind("target") String target,
                    @Bind("detail") String detail, @Bind("ip") String ip);

        String MATCHING = """
                 WHERE (CAST(:actor AS VARCHAR) IS NULL OR LOWER(actor) LIKE :actor ESCAPE '!')
                   AND (CAST(:action AS VARCHAR) IS NULL OR action = :action)
                   AND (CAST(:site AS VARCHAR) IS NULL OR site = :site)
                   AND (CAST(:start AS TIMESTAMP WITH TIME ZONE) IS NULL OR at >= :start)
                   AND (CAST(:end AS TIMESTAMP WITH TIME ZONE) IS NULL OR at < :end)
                """;

        @SqlQuery("SELECT id, at, account_id, actor, action, site, target, detail, ip FROM audit_event" + MATCHING
                + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
        List<Event> find(@Bind("actor") String actor, @Bind("action") String action, @Bind("site") String site,
                         @Bind("start") Instant start, @Bind("end") Instant end, @Bind("limit") int limit,
                         @Bind("offset") long offset);

        @SqlQuery("SELECT COUNT(*) FROM audit_event" + MATCHING)
        long count(@Bind("actor") String actor, @Bind("action") String action, @Bind("site") String site,
                   @Bind("start") Instant start, @Bind("end") Instant end);

        @SqlQuery("SELECT DISTINCT action FROM audit_event ORDER BY action")
        List<String> actions();
    }
}
