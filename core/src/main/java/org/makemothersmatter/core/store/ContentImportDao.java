package org.makemothersmatter.core.store;

import java.time.Instant;
import java.util.Set;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Remembers which content files were loaded, so that loading is done once per file. */
public interface ContentImportDao {

    @SqlQuery("SELECT content_key FROM content_import")
    Set<String> all();

    @SqlQuery("SELECT COUNT(*) > 0 FROM content_import WHERE content_key = :key")
    boolean isImported(@Bind("key") String contentKey);

    @SqlUpdate("INSERT INTO content_import (content_key, imported_at) VALUES (:key, :at)")
    void markImported(@Bind("key") String contentKey, @Bind("at") Instant at);
}
