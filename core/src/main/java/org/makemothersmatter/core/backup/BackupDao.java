package org.makemothersmatter.core.backup;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** H2's own backup, and what a restored database is checked by. */
interface BackupDao {

    /** A zip of the whole database as of one moment, written while others go on reading and writing. */
    @SqlUpdate("BACKUP TO :file")
    void backupTo(@Bind("file") String file);

    @SqlQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")
    int tables();
}
