package org.makemothersmatter.core.store;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Predicate;
import org.h2.mvstore.MVStoreException;

/**
 * Tells a failure of the storage (a full disk, a file that cannot be written, a database closed or out of
 * reach) from any other error. Such a failure is the server's trouble, not the request's: the change is not
 * acknowledged, the visitor is told to try again shortly, and the connection that met it is dropped from the
 * pool, so that the next one reopens the database once the storage works again.
 */
public final class StorageFailures implements SQLExceptionOverride {

    /** H2's codes for a database closed (after a failed write, or at shutdown) or a file it cannot use. */
    private static final Set<Integer> H2_CODES = Set.of(90098, 90121, 90028, 90031, 90100, 90020);
    /** SQL state classes of connections lost, resources exhausted (a full disk), an operator or a system. */
    private static final Set<String> STATE_CLASSES = Set.of("08", "53", "57", "58");

    /** The SQL state of a string too long for its column. */
    private static final String TOO_LONG = "22001";

    private final Runnable onFailure;

    /** {@code onFailure}: what the pool does on a failure of the storage, besides dropping the connection. */
    public StorageFailures(Runnable onFailure) {
        this.onFailure = onFailure;
    }

    /** Whether {@code failure} or one of its causes is a failure of the storage. */
    public static boolean isStorageFailure(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof MVStoreException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLException sql && signalsStorage(sql));
    }

    /**
     * Whether {@code failure} or one of its causes is a value longer than its column (SQL state 22001, in H2 and
     * PostgreSQL alike): what was sent is refused, the storage is well.
     */
    public static boolean isTooLong(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof SQLException sql && TOO_LONG.equals(sql.getSQLState()));
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        if (!isStorageFailure(failure)) {
            return Override.CONTINUE_EVICT;
        }
        onFailure.run();
        return Override.MUST_EVICT;
    }

    private static boolean signalsStorage(SQLException failure) {
        String state = failure.getSQLState();
        return H2_CODES.contains(failure.getErrorCode())
                || state != null && state.length() >= 2 && STATE_CLASSES.contains(state.substring(0, 2));
    }
}
