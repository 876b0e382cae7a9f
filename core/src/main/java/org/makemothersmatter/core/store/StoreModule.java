package org.makemothersmatter.core.store;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;

/** The database: a connection pool, the schema brought up to date by Flyway, Jdbi and its DAOs. */
public final class StoreModule extends AbstractModule {

    /** The name of the Jdbi for background work (see {@link #backgroundJdbi}). */
    public static final String BACKGROUND = "background";

    private final DatabaseSettings settings;

    public StoreModule(DatabaseSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        bind(DatabaseSettings.class).toInstance(settings);
        bind(QueryCounter.class).asEagerSingleton();
    }

    @Provides
    @Singleton
    DataSource dataSource() {
        settings.h2File().ifPresent(DataDirectory::prepare);
        requireReachable();
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(settings.jdbcUrl());
        dataSource.setUsername(settings.user());
        dataSource.setPassword(settings.password());
        dataSource.setPoolName("mmm");
        dataSource.setMaximumPoolSize(10);
        // A request waits at most this long for a connection when the database cannot be opened (a full disk).
        dataSource.setConnectionTimeout(5_000);
        // After a failed write H2 closes the database under every pooled connection: drop them all, so that the
        // next ones reopen it, which works as soon as the storage does.
        dataSource.setExceptionOverride(new StorageFailures(
                () -> dataSource.getHikariPoolMXBean().softEvictConnections()));
        try {
            Flyway.configure().dataSource(dataSource).load().migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("Core: " + FlywayFailures.reason(e, "db/migration"), e);
        }
        return dataSource;
    }

    @Provides
    @Singleton
    Jdbi jdbi(DataSource dataSource, QueryCounter counter) {
        Jdbi jdbi = configure(Jdbi.create(dataSource));
        jdbi.setSqlLogger(counter);
        return jdbi;
    }

    /**
     * Jdbi for the work that follows changes in the background (the change feed, the search index): its queries are
     * no page's, so the counter of the pages' queries does not see them.
     */
    @Provides
    @Singleton
    @Named(BACKGROUND)
    Jdbi backgroundJdbi(DataSource dataSource) {
        return configure(Jdbi.create(dataSource));
    }

    /** Jdbi as core's DAOs and the plugins' use it: SQL objects, and the model's value types. */
    static Jdbi configure(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        // Value types are stored as their short codes (language "fr", section "eu"), the form the schema uses.
        jdbi.registerArgument(new AbstractArgumentFactory<Language>(Types.VARCHAR) {
            @Override
            protected Argument build(Language value, ConfigRegistry config) {
                return (position, statement, ctx) -> statement.setString(position, value.code());
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<Section>(Types.VARCHAR) {
            @Override
            protected Argument build(Section value, ConfigRegistry config) {
                return (position, statement, ctx) -> statement.setString(position, value.code());
            }
        });
        jdbi.registerColumnMapper(Language.class, (rs, column, ctx) -> Language.of(rs.getString(column)));
        jdbi.registerColumnMapper(Section.class,
                (rs, column, ctx) -> Section.find(rs.getString(column)).orElseThrow());
        return jdbi;
    }

    @Provides
    @Singleton
    ArticleDao articles(Jdbi jdbi) {
        return Daos.of(jdbi, ArticleDao.class);
    }

    @Provides
    @Singleton
    AssociationDao associations(Jdbi jdbi) {
        return Daos.of(jdbi, AssociationDao.class);
    }

    @Provides
    @Singleton
    DelegationDao delegations(Jdbi jdbi) {
        return Daos.of(jdbi, DelegationDao.class);
    }

    @Provides
    @Singleton
    PageDao pages(Jdbi jdbi) {
        return Daos.of(jdbi, PageDao.class);
    }

    /**
     * Opens the database once before the pool does, so that one that cannot be opened (another server using the
     * same file, a database server out of reach, a wrong password) stops the start with one line for the
     * operator rather than the pool's stack trace.
     */
    private void requireReachable() {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password())) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the database " + settings.jdbcUrl().split(";", 2)[0]
                    + ": " + e.getMessage().lines().findFirst().orElse("").replaceAll(" \\[\\d+-\\d+]$", ""));
        }
    }
}
