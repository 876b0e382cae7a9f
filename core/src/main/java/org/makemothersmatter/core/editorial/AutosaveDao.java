package org.makemothersmatter.core.editorial;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.Language;

/** The copies of texts kept as they are typed: one per account, article or page ({@code kind}), and language. */
@RegisterConstructorMapper(AutosaveDao.Copy.class)
public interface AutosaveDao {

    /** A copy as it was sent: the form's text fields, unchecked, and when. */
    record Copy(String title, String slug, String excerpt, String bodyMarkdown, Instant savedAt) {

        Draft draft() {
            return new Draft(title, slug, excerpt, bodyMarkdown);
        }
    }

    @SqlQuery("""
            SELECT title, slug, excerpt, body_markdown, saved_at FROM autosave
             WHERE account_id = :account AND kind = :kind AND item_id = :id AND language = :language
            """)
    Optional<Copy> find(@Bind("account") long accountId, @Bind("kind") String kind, @Bind("id") long id,
                        @Bind("language") Language language);

    /** Puts this copy in place of the account's previous one, if any; to be called in a transaction. */
    default void keep(long accountId, String kind, long id, Language language, Draft draft, Instant at) {
        delete(accountId, kind, id, language);
        insert(accountId, kind, id, language, draft, at);
    }

    @SqlUpdate("""
            INSERT INTO autosave (account_id, kind, item_id, language, title, slug, excerpt, body_markdown, saved_at)
            VALUES (:account, :kind, :id, :language, :d.title, :d.slug, :d.excerpt, :d.body, :at)
            """)
    void insert(@Bind("account") long accountId, @Bind("kind") String kind, @Bind("id") long id,
                @Bind("language") Language language, @BindMethods("d") Draft draft, @Bind("at") Instant at);

    @SqlUpdate("""
            DELETE FROM autosave WHERE account_id = :account AND kind = :kind AND item_id = :id AND language = :language
            """)
    int delete(@Bind("account") long accountId, @Bind("kind") String kind, @Bind("id") long id,
               @Bind("language") Language language);
}
