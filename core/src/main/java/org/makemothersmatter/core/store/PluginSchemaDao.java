package org.makemothersmatter.core.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What core does, with its own rights, to give each plugin a schema of its own and a database account that may
 * change nothing else. Names are defined, not bound, as SQL takes no parameter for them: accounts and schemas are
 * made by {@link PluginDatabases} from a site code (lower-case letters, digits and dashes only), and the names of
 * tables and columns, read from the database's catalogue, are given quoted.
 */
interface PluginSchemaDao {

    @SqlUpdate("CREATE USER IF NOT EXISTS <account> PASSWORD :password")
    void createAccount(@Define("account") String account, @Bind("password") String password);

    @SqlUpdate("ALTER USER <account> SET PASSWORD :password")
    void setPassword(@Define("account") String account, @Bind("password") String password);

    @SqlUpdate("CREATE SCHEMA IF NOT EXISTS <schema> AUTHORIZATION <account>")
    void createSchema(@Define("schema") String schema, @Define("account") String account);

    /** The tables of a schema, named as the database keeps them (unquoted names in upper case). */
    @SqlQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = :schema"
            + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")
    List<String> tables(@Bind("schema") String schema);

    /*
     * Before plugins had schemas, their tables lived in core's, beside a Flyway history of their own: these move
     * them, rows and all, into the plugin's schema once its migrations have made the same tables there.
     */

    @SqlUpdate("DELETE FROM <schema>.<table>")
    void empty(@Define("schema") String schema, @Define("table") String table);

    @SqlUpdate("INSERT INTO <schema>.<table> SELECT * FROM PUBLIC.<source>")
    void copyFromPublic(@Define("schema") String schema, @Define("table") String table, @Define("source") String source);

    @SqlQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = :schema"
            + " AND TABLE_NAME = :table AND IS_IDENTITY = 'YES'")
    List<String> identityColumns(@Bind("schema") String schema, @Bind("table") String table);

    @SqlQuery("SELECT COALESCE(MAX(<column>), 0) + 1 FROM <schema>.<table>")
    long nextIdentity(@Define("schema") String schema, @Define("table") String table, @Define("column") String column);

    @SqlUpdate("ALTER TABLE <schema>.<table> ALTER COLUMN <column> RESTART WITH <next>")
    void restartIdentity(@Define("schema") String schema, @Define("table") String table,
                         @Define("column") String column, @Define("next") long next);

    @SqlUpdate("DROP TABLE PUBLIC.<table>")
    void dropFromPublic(@Define("table") String table);
}
