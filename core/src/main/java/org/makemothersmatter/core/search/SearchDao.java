package org.makemothersmatter.core.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.makemothersmatter.core.model.Language;

/** The published text of articles and pages, as the index takes it: every row, a few sites' or a few items'. */
interface SearchDao {

    /** An article's or a page's translation; a page has neither section, excerpt nor date. */
    record Row(long id, String site, String section, LocalDate date, Language language, String title, String slug,
               String excerpt, String bodyHtml) {

        SearchDocument document(String kind, String path, Set<Long> themes) {
            return new SearchDocument(kind, id, site, section, language, date, title, excerpt, bodyHtml, path + slug,
                    themes);
        }
    }

    String ARTICLES = """
            SELECT a.id, a.site, a.section, a.published_on AS date, t.language, t.title, t.slug, t.excerpt, t.body_html
              FROM article a JOIN article_translation t ON t.article_id = a.id
             WHERE a.status = 'published'
            """;
    String PAGES = """
            SELECT p.id, p.site, NULL AS section, NULL AS date, t.language, t.title, t.slug, NULL AS excerpt,
                   t.body_html
              FROM page p JOIN page_translation t ON t.page_id = p.id
             WHERE p.status = 'published'
            """;

    @SqlQuery(ARTICLES)
    @RegisterConstructorMapper(Row.class)
    Stream<Row> articles();

    @SqlQuery(ARTICLES + " AND a.site IN (<sites>)")
    @RegisterConstructorMapper(Row.class)
    Stream<Row> articlesOf(@BindList("sites") Collection<String> sites);

    @SqlQuery(ARTICLES + " AND a.id IN (<ids>)")
    @RegisterConstructorMapper(Row.class)
    Stream<Row> articles(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT COUNT(*) FROM article a JOIN article_translation t ON t.article_id = a.id "
            + "WHERE a.status = 'published'")
    long countArticles();

    @SqlQuery(PAGES)
    @RegisterConstructorMapper(Row.class)
    Stream<Row> pages();

    @SqlQuery(PAGES + " AND p.site IN (<sites>)")
    @RegisterConstructorMapper(Row.class)
    Stream<Row> pagesOf(@BindList("sites") Collection<String> sites);

    @SqlQuery(PAGES + " AND p.id IN (<ids>)")
    @RegisterConstructorMapper(Row.class)
    Stream<Row> pages(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT COUNT(*) FROM page p JOIN page_translation t ON t.page_id = p.id WHERE p.status = 'published'")
    long countPages();

    /** An item tagged with a theme. */
    record Tag(long item, long theme) {
    }

    @SqlQuery("SELECT article_id AS item, theme_id AS theme FROM article_theme WHERE article_id IN (<ids>)")
    @RegisterConstructorMapper(Tag.class)
    List<Tag> articleThemes(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT page_id AS item, theme_id AS theme FROM page_theme WHERE page_id IN (<ids>)")
    @RegisterConstructorMapper(Tag.class)
    List<Tag> pageThemes(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT document_id AS item, theme_id AS theme FROM document_theme WHERE document_id IN (<ids>)")
    @RegisterConstructorMapper(Tag.class)
    List<Tag> documentThemes(@BindList("ids") Collection<Long> ids);
}
