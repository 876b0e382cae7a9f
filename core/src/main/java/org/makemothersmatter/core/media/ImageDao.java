package org.makemothersmatter.core.media;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Uploaded images and their variants. Lists never read the bytes. */
@RegisterConstructorMapper(ImageDao.Listed.class)
@RegisterConstructorMapper(ImageDao.Variant.class)
public interface ImageDao {

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

    @SqlUpdate("""
            INSERT INTO image (site, alt_text, content_type, width, height, original, uploaded_by, uploaded_at)
            VALUES (:site, :alt, :type, :width, :height, :original, :by, :at)
            """)
    @GetGeneratedKeys("id")
    long insert(@Bind("site") String site, @Bind("alt") String altText, @Bind("type") String contentType,
                @Bind("width") int width, @Bind("height") int height, @Bind("original") byte[] original,
                @Bind("by") long uploadedBy, @Bind("at") Instant uploadedAt);

    @SqlUpdate("INSERT INTO image_variant (image_id, width, content_type, bytes) VALUES (:id, :width, :type, :bytes)")
    void insertVariant(@Bind("id") long imageId, @Bind("width") int width, @Bind("type") String contentType,
                       @Bind("bytes") byte[] bytes);

    @SqlQuery("""
            SELECT i.id, i.site, i.alt_text, i.width, i.height, i.uploaded_at, a.name AS uploaded_by,
                   (SELECT MIN(v.width) FROM image_variant v WHERE v.image_id = i.id) AS thumbnail_width,
                   (SELECT MAX(v.width) FROM image_variant v WHERE v.image_id = i.id AND v.width <= :articleWidth)
                       AS article_width
              FROM image i JOIN account a ON a.id = i.uploaded_by
             WHERE i.site IN (<sites>)
             ORDER BY i.id DESC
             LIMIT :limit OFFSET :offset
            """)
    List<Listed> list(@BindList("sites") Collection<String> sites, @Bind("articleWidth") int articleWidth,
                      @Bind("limit") int limit, @Bind("offset") long offset);

    @SqlQuery("SELECT COUNT(*) FROM image WHERE site IN (<sites>)")
    long count(@BindList("sites") Collection<String> sites);

    @SqlQuery("SELECT content_type, bytes FROM image_variant WHERE image_id = :id AND width = :width")
    Optional<Variant> variant(@Bind("id") long imageId, @Bind("width") int width);

    @SqlQuery("SELECT width FROM image_variant WHERE image_id = :id ORDER BY width DESC LIMIT 1")
    Optional<Integer> largestWidth(@Bind("id") long imageId);
}
