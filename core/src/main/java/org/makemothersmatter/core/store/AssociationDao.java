package org.makemothersmatter.core.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.Association;
import org.makemothersmatter.core.model.Language;

/** National associations, each read in the requested language or, failing that, its original one. */
@RegisterConstructorMapper(Association.class)
public interface AssociationDao {

    String IN_LANGUAGE = """
            SELECT a.site, a.country,
                   COALESCE(t.language, o.language) AS language,
                   COALESCE(t.name, o.name) AS name,
                   COALESCE(t.summary, o.summary) AS summary,
                   COALESCE(t.body_html, o.body_html) AS body_html
              FROM association a
              JOIN association_translation o ON o.site = a.site AND o.language = a.original_language
              LEFT JOIN association_translation t ON t.site = a.site AND t.language = :language
            """;

    @SqlQuery(IN_LANGUAGE + " ORDER BY name")
    List<Association> all(@Bind("language") Language language);

    @SqlQuery(IN_LANGUAGE + " WHERE a.site = :site")
    Optional<Association> find(@Bind("site") String site, @Bind("language") Language language);

    @SqlQuery("SELECT COUNT(*) > 0 FROM association WHERE site = :site")
    boolean exists(@Bind("site") String site);

    @SqlUpdate("INSERT INTO association (site, country, original_language) VALUES (:site, :country, :language)")
    void insert(@Bind("site") String site, @Bind("country") String country, @Bind("language") Language language);

    @SqlUpdate("""
            INSERT INTO association_translation (site, language, name, summary, body_markdown, body_html)
            VALUES (:site, :language, :name, :summary, :bodyMarkdown, :bodyHtml)
            """)
    void insertTranslation(@Bind("site") String site, @Bind("language") Language language, @Bind("name") String name,
                           @Bind("summary") String summary, @Bind("bodyMarkdown") String bodyMarkdown,
                           @Bind("bodyHtml") String bodyHtml);

    /* Replacing what a content file wrote, in development mode (see ContentLoader.reload). */

    @SqlUpdate("UPDATE association SET country = :country, original_language = :language WHERE site = :site")
    void replace(@Bind("site") String site, @Bind("country") String country, @Bind("language") Language language);

    /** Returns 0 if the association has no text in this language. */
    @SqlUpdate("""
            UPDATE association_translation SET name = :name, summary = :summary, body_markdown = :bodyMarkdown,
                   body_html = :bodyHtml
             WHERE site = :site AND language = :language
            """)
    int replaceTranslation(@Bind("site") String site, @Bind("language") Language language, @Bind("name") String name,
                           @Bind("summary") String summary, @Bind("bodyMarkdown") String bodyMarkdown,
                           @Bind("bodyHtml") String bodyHtml);
}
