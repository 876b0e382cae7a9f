package org.makemothersmatter.sites.network;

import java.nio.ByteBuffer;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.makemothersmatter.core.store.DatabaseSettings;

/**
 * Every table of a database, whatever core or a plugin made, with its columns, indexes and rows: what a restore
 * is compared with its source by. Rows are maps of lower-case column names to values, with bytes and long texts
 * read whole so that rows compare by content.
 */
@RegisterRowMapper(DatabaseTables.RowValues.class)
interface DatabaseTables extends SqlObject, AutoCloseable {

    /** Read on one connection, kept open until closed: an embedded database is not opened again for each query. */
    static DatabaseTables of(Jdbi jdbi) {
        return jdbi.open().attach(DatabaseTables.class);
    }

    static DatabaseTables of(DatabaseSettings settings) {
        return of(Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password())
                .installPlugin(new SqlObjectPlugin()));
    }

    @Override
    default void close() {
        getHandle().close();
    }

    @SqlQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1")
    List<String> names();

    @SqlQuery("""
            SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE, COLUMN_DEFAULT,
                   IS_IDENTITY
              FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'
             ORDER BY TABLE_NAME, ORDINAL_POSITION
            """)
    List<Map<String, Object>> columns();

    @SqlQuery("""
            SELECT TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES
             WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, INDEX_NAME
            """)
    List<Map<String, Object>> indexes();

    /** The rows of a table, as INFORMATION_SCHEMA names it (Flyway's history table is lower-case). */
    default List<Map<String, Object>> rows(String table) {
        return rowsOf('"' + table + '"');
    }

    @SqlQuery("SELECT * FROM <table>")
    List<Map<String, Object>> rowsOf(@Define("table") String quotedTable);

    final class RowValues implements RowMapper<Map<String, Object>> {
        @Override
        public Map<String, Object> map(ResultSet rs, StatementContext ctx) throws SQLException {
            ResultSetMetaData columns = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                Object value = rs.getObject(i);
                if (value instanceof Blob blob) {
                    value = ByteBuffer.wrap(blob.getBytes(1, (int) blob.length()));
                } else if (value instanceof byte[] bytes) {
                    value = ByteBuffer.wrap(bytes);
                } else if (value instanceof Clob clob) {
                    value = clob.getSubString(1, (int) clob.length());
                }
                row.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
            }
            return row;
        }
    }
}
