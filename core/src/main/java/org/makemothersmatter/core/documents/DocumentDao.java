package org.makemothersmatter.core.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;

/**
 * Documents, their files and their text. The public listings read only what is public: a document standing alone, or
 * attached to a published article.
 */
@RegisterConstructorMapper(Document.class)
@RegisterConstructorMapper(DocumentDao.File.class)
@RegisterConstructorMapper(DocumentDao.Text.class)
@RegisterConstructorMapper(DocumentDao.Named.class)
public interface DocumentDao {

    String COLUMNS = "SELECT d.id, d.site, d.article_id, d.delegation, d.title, d.issued_on, d.language, d.symbol,"
            + " d.content_type, d.size_bytes, d.pages, d.uploaded_at FROM document d";
    String PUBLIC = " (d.article_id IS NULL OR EXISTS (SELECT 1 FROM article a WHERE a.id = d.article_id"
            + " AND a.status = 'published'))";
    String NEWEST_FIRST = " ORDER BY d.issued_on DESC, d.id DESC";

    /** A document's file as uploaded. */
    record File(String contentType, byte[] bytes) {
    }

    /**
     * A document's text as read from its file at upload, with what names it, for the search of the site: its site,
     * language, title and symbol.
     */
    record Text(long id, String site, Language language, String title, String symbol, LocalDate issuedOn,
                String text) {
    }

    /** An article a document may be attached to: its id and its title in its original language. */
    record Named(long id, String title) {
    }

    @SqlQuery("SELECT COUNT(*) > 0 FROM document WHERE id = :id")
    boolean exists(@Bind("id") long id);

    @SqlUpdate("""
            INSERT INTO document (id, site, article_id, delegation, title, issued_on, language, symbol, content_type,
                                  size_bytes, pages, uploaded_by, uploaded_at)
            VALUES (:id, :site, :articleId, :delegation, :title, :issuedOn, :language, :symbol, :contentType,
                    :sizeBytes, :pages, :uploadedBy, :uploadedAt)
            """)
    void insert(@Bind("id") long id, @Bind("site") String site, @Bind("articleId") Long articleId,
                @Bind("delegation") String delegation, @Bind("title") String title,
                @Bind("issuedOn") LocalDate issuedOn, @Bind("language") Language language,
                @Bind("symbol") String symbol, @Bind("contentType") String contentType,
                @Bind("sizeBytes") long sizeBytes, @Bind("pages") int pages, @Bind("uploadedBy") long uploadedBy,
                @Bind("uploadedAt") Instant uploadedAt);

    @SqlUpdate("INSERT INTO document_file (document_id, bytes, text) VALUES (:id, :bytes, :text)")
    void insertFile(@Bind("id") long id, @Bind("bytes") byte[] bytes, @Bind("text") String text);

    @SqlUpdate("INSERT INTO document_theme (document_id, theme_id) VALUES (:id, :theme)")
    void tag(@Bind("id") long id, @Bind("theme") long themeId);

    @SqlQuery(COLUMNS + " WHERE d.id = :id")
    Optional<Document> find(@Bind("id") long id);

    @SqlQuery("SELECT d.content_type, f.bytes FROM document d JOIN document_file f ON f.document_id = d.id"
            + " WHERE d.id = :id")
    Optional<File> file(@Bind("id") long id);

    /** The text read from a document's file at upload. */
    @SqlQuery("SELECT d.id, d.site, d.language, d.title, d.symbol, d.issued_on, f.text FROM document d"
            + " JOIN document_file f ON f.document_id = d.id WHERE d.id = :id")
    Optional<Text> text(@Bind("id") long id);

    /*
     * The text of public documents, for the search index: every one, a few sites' or a few documents'; on a handle
     * the caller keeps open.
     */
    String PUBLIC_TEXTS = "SELECT d.id, d.site, d.language, d.title, d.symbol, d.issued_on, f.text FROM document d"
            + " JOIN document_file f ON f.document_id = d.id WHERE" + PUBLIC;

    @SqlQuery(PUBLIC_TEXTS + " ORDER BY d.id")
    Stream<Text> publicTexts();

    @SqlQuery(PUBLIC_TEXTS + " AND d.site IN (<sites>) ORDER BY d.id")
    Stream<Text> publicTextsOf(@BindList("sites") Collection<String> sites);

    @SqlQuery(PUBLIC_TEXTS + " AND d.id IN (<ids>) ORDER BY d.id")
    Stream<Text> publicTexts(@BindList("ids") Collection<Long> ids);

    @SqlQuery("SELECT COUNT(*) FROM document d WHERE" + PUBLIC)
    long countPublic();

    /** The documents attached to these articles, public or not: they are public as their article is. */
    @SqlQuery("SELECT id FROM document WHERE article_id IN (<articles>)")
    List<Long> attachedTo(@BindList("articles") Collection<Long> articles);

    @SqlQuery("SELECT theme_id FROM document_theme WHERE document_id = :id")
    List<Long> themes(@Bind("id") long id);

    /* The back office's list. */

    @SqlQuery(COLUMNS + " WHERE d.site IN (<sites>)" + NEWEST_FIRST + " LIMIT :limit OFFSET :offset")
    List<Document> bySites(@BindList("sites") List<String> sites,
                           @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM document WHERE site IN (<sites>)")
    long countBySites(@BindList("sites") List<String> sites);

    /** A site's latest articles, for the upload form to attach a document to one. */
    @SqlQuery("""
            SELECT a.id, o.title FROM article a
              JOIN article_translation o ON o.article_id = a.id AND o.language = a.original_language
             WHERE a.site = :site AND a.status <> 'trashed'
             ORDER BY a.published_on DESC, a.id DESC LIMIT :limit
            """)
    List<Named> articlesOf(@Bind("site") String site, @Bind("limit") int limit);

    @SqlQuery("SELECT site FROM article WHERE id = :id")
    Optional<String> siteOfArticle(@Bind("id") long articleId);

    @SqlQuery("SELECT section FROM article WHERE id = :id")
    Optional<Section> sectionOfArticle(@Bind("id") long articleId);

    /* What the public pages list. */

    @SqlQuery(COLUMNS + " WHERE d.article_id = :id" + NEWEST_FIRST)
    List<Document> ofArticle(@Bind("id") long articleId);

    @SqlQuery(COLUMNS + " WHERE d.delegation = :delegation AND" + PUBLIC + NEWEST_FIRST + " LIMIT :limit")
    List<Document> ofDelegation(@Bind("delegation") Section delegation, @Bind("limit") int limit);

    @SqlQuery(COLUMNS + " JOIN document_theme th ON th.document_id = d.id WHERE th.theme_id = :theme AND" + PUBLIC
            + NEWEST_FIRST + " LIMIT :limit")
    List<Document> ofTheme(@Bind("theme") long themeId, @Bind("limit") int limit);

    /**
     * How many published texts use the document: the published article it is attached to, and the published
     * articles' and pages' texts that link it ({@code link}: its address, as a LIKE pattern).
     */
    @SqlQuery("""
            SELECT (SELECT COUNT(*) FROM document d JOIN article a ON a.id = d.article_id
                     WHERE d.id = :id AND a.status = 'published')
                 + (SELECT COUNT(*) FROM article_translation t JOIN article a ON a.id = t.article_id
                     WHERE a.status = 'published' AND t.body_html LIKE :link)
                 + (SELECT COUNT(*) FROM page_translation t JOIN page p ON p.id = t.page_id
                     WHERE p.status = 'published' AND t.body_html LIKE :link)
            """)
    long publishedUses(@Bind("id") long id, @Bind("link") String link);

    @SqlUpdate("DELETE FROM document_theme WHERE document_id = :id")
    void deleteThemes(@Bind("id") long id);

    @SqlUpdate("DELETE FROM document_file WHERE document_id = :id")
    void deleteFile(@Bind("id") long id);

    @SqlUpdate("DELETE FROM document WHERE id = :id")
    void delete(@Bind("id") long id);
}
