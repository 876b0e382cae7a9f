package org.makemothersmatter.core.editorial;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.editorial.EditorDao.Written;
import org.makemothersmatter.core.model.Language;

/** The changes of articles' and pages' texts waiting to be published ({@code kind}: article or page). */
@RegisterConstructorMapper(PendingText.class)
public interface PendingTextDao {

    String COLUMNS = "language, title, slug, excerpt, body_markdown, body_html, status = 'review' AS review, version, "
            + "saved_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM pending_text WHERE kind = :kind AND item_id = :id ORDER BY language")
    List<PendingText> all(@Bind("kind") String kind, @Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM pending_text WHERE kind = :kind AND item_id = :id AND language = :language")
    Optional<PendingText> find(@Bind("kind") String kind, @Bind("id") long id, @Bind("language") Language language);

    @SqlUpdate("""
            INSERT INTO pending_text (kind, item_id, language, title, slug, excerpt, body_markdown, body_html, status,
                                      version, saved_by, saved_at)
            VALUES (:kind, :id, :language, :t.title, :t.slug, :t.excerpt, :t.markdown, :t.html, 'draft', :version,
                    :savedBy, :at)
            """)
    void insert(@Bind("kind") String kind, @Bind("id") long id, @Bind("language") Language language,
                @BindMethods("t") Written text, @Bind("version") int version, @Bind("savedBy") long savedBy,
                @Bind("at") Instant at);

    /** Updates the change if it is still at {@code version}; returns 0 if it is not. Saving it makes it a draft. */
    @SqlUpdate("""
            UPDATE pending_text SET title = :t.title, slug = :t.slug, excerpt = :t.excerpt, body_markdown = :t.markdown,
                   body_html = :t.html, status = 'draft', version = version + 1, saved_by = :savedBy, saved_at = :at
             WHERE kind = :kind AND item_id = :id AND language = :language AND version = :version
            """)
    int update(@Bind("kind") String kind, @Bind("id") long id, @Bind("language") Language language,
               @Bind("version") int version, @BindMethods("t") Written text, @Bind("savedBy") long savedBy,
               @Bind("at") Instant at);

    @SqlUpdate("UPDATE pending_text SET status = 'review' WHERE kind = :kind AND item_id = :id AND language = :language")
    int submit(@Bind("kind") String kind, @Bind("id") long id, @Bind("language") Language language);

    @SqlUpdate("DELETE FROM pending_text WHERE kind = :kind AND item_id = :id AND language = :language")
    int delete(@Bind("kind") String kind, @Bind("id") long id, @Bind("language") Language language);
}
