package org.makemothersmatter.plugins.belgium.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The consultation's answers, in the plugin's own table. */
public interface AnswerDao {

    @SqlUpdate("INSERT INTO belgium_consultation_answer (language, situation, difficulties, proposals, email, received_at) "
            + "VALUES (:language, :situation, :difficulties, :proposals, :email, :receivedAt)")
    void insert(@Bind("language") String language, @Bind("situation") String situation,
                @Bind("difficulties") String difficulties, @Bind("proposals") String proposals,
                @Bind("email") String email, @Bind("receivedAt") Instant receivedAt);

    @RegisterConstructorMapper(Answer.class)
    @SqlQuery("SELECT * FROM belgium_consultation_answer ORDER BY received_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Answer> latest(@Bind("limit") int limit, @Bind("offset") long offset);

    @RegisterConstructorMapper(Answer.class)
    @SqlQuery("SELECT * FROM belgium_consultation_answer WHERE id = :id")
    Optional<Answer> find(@Bind("id") long id);

    @RegisterConstructorMapper(Answer.class)
    @SqlQuery("SELECT * FROM belgium_consultation_answer ORDER BY id")
    List<Answer> all();

    @SqlQuery("SELECT COUNT(*) FROM belgium_consultation_answer")
    long count();

    @SqlUpdate("DELETE FROM belgium_consultation_answer WHERE id = :id")
    int delete(@Bind("id") long id);
}
