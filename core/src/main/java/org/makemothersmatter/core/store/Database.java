package org.makemothersmatter.core.store;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The end of the database's life in the server: closing the connection pool closes every connection, and an
 * embedded H2 database closes itself, written whole, as its last connection goes. It is the last step of a
 * stop, after the last request and the last background task (see {@code Application.stop()}).
 */
public final class Database {

    private final DataSource dataSource;

    @Inject
    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void close() {
        try {
            dataSource.unwrap(HikariDataSource.class).close();
        } catch (SQLException e) {
            throw new IllegalStateException("The database is not behind the connection pool it should be", e);
        }
    }
}
