package org.makemothersmatter.core.media;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.Language;

/** Uploaded images and their variants. Lists never read the bytes. */
@RegisterConstructorMapper(ImageDao.Listed.class)
@RegisterConstructorMapper(ImageDao.Variant.class)
@RegisterConstructorMapper(ImageDao.Use.class)
@RegisterConstructorMapper(ImageDao.Named.class)
public interface ImageDao {

    /** The columns of an image as listed, from {@code image i} joined to {@code account a}. */
    String LISTED = """
            SELECT i.id, i.site, i.alt_text, i.width, i.height, i.uploaded_at, a.name AS uploaded_by,
                   (SELECT MIN(v.width) FROM image_variant v WHERE v.image_id = i.id) AS thumbnail_width,
                   (SELECT MAX(v.width) FROM image_variant v WHERE v.image_id = i.id AND v.width <= :articleWidth)
                       AS article_width
              FROM image i JOIN account a ON a.id = i.uploaded_by
            """;

    /**
     * An image as the back office lists it, with the width of its smallest variant (for a thumbnail) and of
     * its largest variant not wider than the width articles show.
     */
    record Listed(long id, String site, String altText, int width, int height, Instant uploadedAt,
                  String uploadedBy, int thumbnailWidth, int articleWidth) {
    }

    /** The bytes a page is served. */
    record Variant(String contentType, byte[] bytes) {
    }

    /** An image with the id chosen for it (see {@link Images}): the column's own numbering is for older images. */
    @SqlUpdate("""
            INSERT INTO image (id, site, alt_text, content_type, width, height, uploaded_by, uploaded_at)
            VALUES (:id, :site, :alt, :type, :width, :height, :by, :at)
            """)
    void insert(@Bind("id") long id, @Bind("site") String site, @Bind("alt") String altText,
                @Bind("type") String contentType, @Bind("width") int width, @Bind("height") int height,
                @Bind("by") long uploadedBy, @Bind("at") Instant uploadedAt);

    /** The upload as it came, kept apart from the image's row (see the writing migration). */
    @SqlUpdate("INSERT INTO image_original (image_id, bytes) VALUES (:id, :bytes)")
    void insertOriginal(@Bind("id") long imageId, @Bind("bytes") byte[] original);

    @SqlUpdate("INSERT INTO image_variant (image_id, width, content_type, bytes) VALUES (:id, :width, :type, :bytes)")
    void insertVariant(@Bind("id") long imageId, @Bind("width") int width, @Bind("type") String contentType,
                       @Bind("bytes") byte[] bytes);

    @SqlQuery("SELECT COUNT(*) > 0 FROM image WHERE id = :id")
    boolean exists(@Bind("id") long id);

    /** Newest first: ids are random, so the time of the upload orders them. */
    @SqlQuery(LISTED + " WHERE i.site IN (<sites>) ORDER BY i.uploaded_at DESC, i.id DESC"
            + " LIMIT :limit OFFSET :offset")
    List<Listed> list(@BindList("sites") Collection<String> sites, @Bind("articleWidth") int articleWidth,
                      @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM image WHERE site IN (<sites>)")
    long count(@BindList("sites") Collection<String> sites);

    @SqlQuery("SELECT content_type, bytes FROM image_variant WHERE image_id = :id AND width = :width")
    Optional<Variant> variant(@Bind("id") long imageId, @Bind("width") int width);

    @SqlQuery("SELECT width FROM image_variant WHERE image_id = :id ORDER BY width DESC LIMIT 1")
    Optional<Integer> largestWidth(@Bind("id") long imageId);

    @SqlQuery(LISTED + " WHERE i.id = :id")
    Optional<Listed> find(@Bind("id") long id, @Bind("articleWidth") int articleWidth);

    @SqlUpdate("UPDATE image SET alt_text = :alt WHERE id = :id")
    void describe(@Bind("id") long id, @Bind("alt") String altText);

    /** Deletes an image with its original and its variants. */
    default void delete(long id) {
        deleteVariants(id);
        deleteOriginal(id);
        deleteImage(id);
    }

    @SqlUpdate("DELETE FROM image_variant WHERE image_id = :id")
    void deleteVariants(@Bind("id") long id);

    @SqlUpdate("DELETE FROM image_original WHERE image_id = :id")
    void deleteOriginal(@Bind("id") long id);

    @SqlUpdate("DELETE FROM image WHERE id = :id")
    void deleteImage(@Bind("id") long id);

    /**
     * What shows an image: an article that features it (in its original language), or an article's or a page's text
     * in a language, or a change of it waiting to be published ({@code pending}). The HTML of each text is searched
     * for the image's address, which every variant's shares.
     */
    record Use(String kind, long itemId, Language language, String title, boolean featured, boolean pending) {
    }

    /**
     * The articles that feature the image, and the texts that have its address in their HTML ({@code inPath} and
     * {@code whole} are its two spellings).
     */
    @SqlQuery("""
            SELECT 'article' AS kind, a.id AS item_id, a.original_language AS language, o.title, TRUE AS featured,
                   FALSE AS pending
              FROM article a JOIN article_translation o ON o.article_id = a.id AND o.language = a.original_language
             WHERE a.image_id = :id
            UNION ALL
            SELECT 'article' AS kind, article_id AS item_id, language, title, FALSE AS featured, FALSE AS pending
              FROM article_translation WHERE body_html LIKE :inPath OR body_html LIKE :whole
            UNION ALL
            SELECT 'page' AS kind, page_id AS item_id, language, title, FALSE AS featured, FALSE AS pending
              FROM page_translation WHERE body_html LIKE :inPath OR body_html LIKE :whole
            UNION ALL
            SELECT kind, item_id, language, title, FALSE AS featured, TRUE AS pending
              FROM pending_text WHERE body_html LIKE :inPath OR body_html LIKE :whole
             ORDER BY kind, item_id, featured DESC, language, pending
            """)
    List<Use> uses(@Bind("id") long id, @Bind("inPath") String inPath, @Bind("whole") String whole);

    /** An image a form offers to choose: its id and what it shows. */
    record Named(long id, String altText) {
    }

    /** Every image of a site, newest first, to choose one. */
    @SqlQuery("SELECT id, alt_text FROM image WHERE site = :site ORDER BY uploaded_at DESC, id DESC")
    List<Named> ofSite(@Bind("site") String site);
}
