package org.makemothersmatter.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses to change or remove a row of the table it guards, the audit log's: whatever the code or a hand at the
 * database console tries, the log is only ever added to. Called by H2 for the trigger of the migration that sets it.
 */
public final class AppendOnly implements Trigger {

    private String table = "";

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The table " + table + " is only ever added to: its rows are neither changed nor "
                + "removed", "42000");
    }
}
