package org.makemothersmatter.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.AuditLog;

/** What the schema and the transactions promise so that an acknowledged change is kept whole. */
class DurableChangesTest {

    private final Injector injector = Guice.createInjector(
            new StoreModule(DatabaseSettings.inMemory("durable-" + UUID.randomUUID())),
            binder -> binder.bind(Clock.class).toInstance(Clock.systemUTC()));
    private final Jdbi jdbi = injector.getInstance(Jdbi.class);
    private final AuditLog audit = injector.getInstance(AuditLog.class);
    private final Transactions transactions = injector.getInstance(Transactions.class);

    @Test
    void anAuditRowIsKeptOnlyWithItsChange() {
        long before = audit.count();

        assertThatThrownBy(() -> transactions.run(() -> {
            audit.record(null, "test", "article.save", null, null, null, null);
            throw new IllegalStateException("the change failed after its record");
        })).hasMessageContaining("the change failed");
        assertThat(audit.count()).isEqualTo(before);

        transactions.run(() -> audit.record(null, "test", "article.save", null, null, null, null));
        assertThat(audit.count()).isEqualTo(before + 1);
    }

    @Test
    void noColumnHoldsALargeObjectTheDatabaseWouldKeepAfterAQuery() {
        List<String> largeObjects = jdbi.withHandle(handle -> handle.createQuery("""
                SELECT TABLE_NAME || '.' || COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS
                 WHERE TABLE_SCHEMA = 'PUBLIC' AND DATA_TYPE LIKE '%LARGE OBJECT'
                """).mapTo(String.class).list());

        assertThat(largeObjects).isEmpty();
    }
}
