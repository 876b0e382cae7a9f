package org.makemothersmatter.core.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.Delegation;
import org.makemothersmatter.core.model.Language;

/** The advocacy delegations, each read in the requested language or, failing that, its original one. */
@RegisterConstructorMapper(Delegation.class)
public interface DelegationDao {

    String IN_LANGUAGE = """
            SELECT d.code, d.position,
                   COALESCE(t.language, o.language) AS language,
                   COALESCE(t.name, o.name) AS name,
                   COALESCE(t.summary, o.summary) AS summary,
                   COALESCE(t.body_html, o.body_html) AS body_html
              FROM delegation d
              JOIN delegation_translation o ON o.code = d.code AND o.language = d.original_language
              LEFT JOIN delegation_translation t ON t.code = d.code AND t.language = :language
            """;

    @SqlQuery(IN_LANGUAGE + " ORDER BY d.position")
    List<Delegation> all(@Bind("language") Language language);

    @SqlQuery(IN_LANGUAGE + " WHERE d.code = :code")
    Optional<Delegation> find(@Bind("code") String code, @Bind("language") Language language);

    @SqlQuery("SELECT COUNT(*) > 0 FROM delegation WHERE code = :code")
    boolean exists(@Bind("code") String code);

    @SqlUpdate("INSERT INTO delegation (code, position, original_language) VALUES (:code, :position, :language)")
    void insert(@Bind("code") String code, @Bind("position") int position, @Bind("language") Language language);

    @SqlUpdate("""
            INSERT INTO delegation_translation (code, language, name, summary, body_markdown, body_html)
            VALUES (:code, :language, :name, :summary, :bodyMarkdown, :bodyHtml)
            """)
    void insertTranslation(@Bind("code") String code, @Bind("language") Language language, @Bind("name") String name,
                           @Bind("summary") String summary, @Bind("bodyMarkdown") String bodyMarkdown,
                           @Bind("bodyHtml") String bodyHtml);

    /* Replacing what a content file wrote, in development mode (see ContentLoader.reload). */

    @SqlUpdate("UPDATE delegation SET position = :position, original_language = :language WHERE code = :code")
    void replace(@Bind("code") String code, @Bind("position") int position, @Bind("language") Language language);

    /** Returns 0 if the delegation has no text in this language. */
    @SqlUpdate("""
            UPDATE delegation_translation SET name = :name, summary = :summary, body_markdown = :bodyMarkdown,
                   body_html = :bodyHtml
             WHERE code = :code AND language = :language
            """)
    int replaceTranslation(@Bind("code") String code, @Bind("language") Language language, @Bind("name") String name,
                           @Bind("summary") String summary, @Bind("bodyMarkdown") String bodyMarkdown,
                           @Bind("bodyHtml") String bodyHtml);
}
