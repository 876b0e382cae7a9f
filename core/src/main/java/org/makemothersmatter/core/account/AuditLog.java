package org.makemothersmatter.core.account;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.store.Daos;

/** The record of every sign-in, failed sign-in and change: who, what, when, from where. */
public final class AuditLog {

    private final Dao dao;
    private final Clock clock;

    @Inject
    public AuditLog(Jdbi jdbi, Clock clock) {
        this.dao = Daos.of(jdbi, Dao.class);
        this.clock = clock;
    }

    public void record(Long accountId, String actor, String action, String site, String target, String detail,
                       String ip) {
        dao.insert(clock.instant(), accountId, actor, action, site, target, truncate(detail), ip);
    }

    public List<Event> latest(int limit, long offset) {
        return dao.latest(limit, offset);
    }

    public long count() {
        return dao.count();
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

        @SqlQuery("SELECT id, at, account_id, actor, action, site, target, detail, ip FROM audit_event"
                + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
        List<Event> latest(@Bind("limit") int limit, @Bind("offset") long offset);

        @SqlQuery("SELECT COUNT(*) FROM audit_event")
        long count();
    }
}
