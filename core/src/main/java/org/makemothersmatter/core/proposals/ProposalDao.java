package org.makemothersmatter.core.proposals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The proposals of articles for the network's news, and the article's own flag that the network lists it. */
@RegisterConstructorMapper(ProposalDao.Waiting.class)
public interface ProposalDao {

    /** A proposal waiting: the article, its title in its original language, who proposed it and when. */
    record Waiting(long id, String site, String status, String language, String title, String slug, String byName,
                   Instant proposedAt) {
    }

    /** The site of an article whose proposal waits; empty if none waits. */
    @SqlQuery("""
            SELECT a.site FROM network_proposal p JOIN article a ON a.id = p.article_id
             WHERE p.article_id = :id AND p.status = 'proposed'
            """)
    Optional<String> siteOfProposed(@Bind("id") long id);

    @SqlQuery("SELECT status FROM network_proposal WHERE article_id = :id")
    Optional<String> status(@Bind("id") long id);

    /** Proposes the article anew, a declined proposal included; called in the transaction of the change. */
    default void propose(long id, long by, Instant at) {
        forget(id);
        insert(id, by, at);
    }

    @SqlUpdate("""
            INSERT INTO network_proposal (article_id, status, proposed_by, proposed_at)
            VALUES (:id, 'proposed', :by, :at)
            """)
    void insert(@Bind("id") long id, @Bind("by") long by, @Bind("at") Instant at);

    @SqlUpdate("DELETE FROM network_proposal WHERE article_id = :id")
    int forget(@Bind("id") long id);

    /** Declines a proposal still waiting. */
    @SqlUpdate("""
            UPDATE network_proposal SET status = 'declined', decided_by = :by, decided_at = :at
             WHERE article_id = :id AND status = 'proposed'
            """)
    void decline(@Bind("id") long id, @Bind("by") long by, @Bind("at") Instant at);

    /** Lists the article in the network's news; a new version, so that a form read before cannot undo it. */
    @SqlUpdate("UPDATE article SET on_network = TRUE, version = version + 1 WHERE id = :id")
    void share(@Bind("id") long id);

    @SqlQuery("""
            SELECT a.id, a.site, a.status, a.original_language AS language, t.title, t.slug, u.name AS by_name,
                   p.proposed_at
              FROM network_proposal p
              JOIN article a ON a.id = p.article_id
              JOIN article_translation t ON t.article_id = a.id AND t.language = a.original_language
              LEFT JOIN account u ON u.id = p.proposed_by
             WHERE p.status = 'proposed' AND a.status <> 'trashed'
             ORDER BY p.proposed_at
            """)
    List<Waiting> waiting();
}
