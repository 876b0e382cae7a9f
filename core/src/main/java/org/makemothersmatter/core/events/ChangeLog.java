package org.makemothersmatter.core.events;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.store.StoreModule;

/**
 * The changes committed by every server process that shares the database, one row each, written in the change's
 * own transaction (a change rolled back leaves no row) with the id of the process that made it, so that the
 * others learn of it (see {@link ChangeFeed}).
 */
@Singleton
public final class ChangeLog {

    /** What the columns hold at most; a longer list is written as "anything" of wider scope, never cut. */
    private static final int MAX_SITES = 4000;
    private static final int MAX_ITEMS = 20000;

    private final String process = UUID.randomUUID().toString();
    private final Jdbi background;
    private final Clock clock;

    @Inject
    public ChangeLog(@Named(StoreModule.BACKGROUND) Jdbi background, Clock clock) {
        this.background = background;
        this.clock = clock;
    }

    /** A change as the log holds it. */
    public record Row(long id, String process, String sites, String items) {

        ContentChanged change() {
            return ContentChanged.parse(sites, items);
        }
    }

    /** This process, as its rows name it. */
    public String process() {
        return process;
    }

    /** Writes the change with {@code handle}, in its transaction if it is in one; returns the row's id. */
    long write(Handle handle, ContentChanged change) {
        String sites = change.sitesText();
        String items = change.itemsText();
        if (sites.length() > MAX_SITES) {
            sites = "";
            items = "";
        } else if (items.length() > MAX_ITEMS) {
            items = "";
        }
        return handle.attach(Dao.class).insert(process, sites, items, clock.instant());
    }

    /** The id of the newest row; 0 if there is none. */
    long newest() {
        return background.withExtension(Dao.class, Dao::newest);
    }

    /** The rows after {@code id}, oldest first, at most {@code limit}. */
    List<Row> after(long id, int limit) {
        return background.withExtension(Dao.class, dao -> dao.after(id, limit));
    }

    /** Forgets the rows written before {@code time}. */
    int forgetBefore(Instant time) {
        return background.withExtension(Dao.class, dao -> dao.forgetBefore(time));
    }

    interface Dao {

        @SqlUpdate("INSERT INTO content_change (process, sites, items, changed_at) "
                + "VALUES (:process, :sites, :items, :at)")
        @GetGeneratedKeys("id")
        long insert(@Bind("process") String process, @Bind("sites") String sites, @Bind("items") String items,
                    @Bind("at") Instant at);

        @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM content_change")
        long newest();

        @SqlQuery("SELECT id, process, sites, items FROM content_change WHERE id > :id ORDER BY id "
                + "FETCH FIRST :limit ROWS ONLY")
        @RegisterConstructorMapper(Row.class)
        List<Row> after(@Bind("id") long id, @Bind("limit") int limit);

        @SqlUpdate("DELETE FROM content_change WHERE changed_at < :time")
        int forgetBefore(@Bind("time") Instant time);
    }
}
