package org.makemothersmatter.core.example.spain;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** MMM Spain's events, in its own table. */
@RegisterConstructorMapper(EventDao.Event.class)
public interface EventDao {

    /** An event, with its title in each of the site's languages. */
    record Event(long id, LocalDate startsOn, String place, String titleEs, String titleCa) {
    }

    @SqlQuery("SELECT id, starts_on, place, title_es, title_ca FROM event WHERE starts_on >= :from"
            + " ORDER BY starts_on, id")
    List<Event> from(@Bind("from") LocalDate from);

    @SqlUpdate("INSERT INTO event (starts_on, place, title_es, title_ca) VALUES (:startsOn, :place, :titleEs, :titleCa)")
    @GetGeneratedKeys("id")
    long insert(@Bind("startsOn") LocalDate startsOn, @Bind("place") String place, @Bind("titleEs") String titleEs,
                @Bind("titleCa") String titleCa);
}
