package org.makemothersmatter.core.store;

import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/** Counts the SQL statements run, so that tests and benchmarks can show that a page costs a fixed number. */
public final class QueryCounter implements SqlLogger {

    private final AtomicLong executed = new AtomicLong();

    @Override
    public void logAfterExecution(StatementContext context) {
        executed.incrementAndGet();
    }

    public long count() {
        return executed.get();
    }
}
