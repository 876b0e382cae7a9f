package org.makemothersmatter.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.SitePlugins;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.store.PluginDatabases;
import org.makemothersmatter.core.testkit.TestNetworkSite;
import org.makemothersmatter.core.testkit.TestPlugin;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * A plugin's tables are fenced off by the database: its migrations and DAOs run as its own account, in its own
 * schema. The migrations here are written by the test, as a careless team could write them.
 */
class PluginFencesTest {

    private static final String CODE = "fenced";

    @TempDir
    Path folder;

    @Test
    void aMigrationThatChangesCoresTablesIsRefusedAndTheStartSaysWhoseItIs() throws IOException {
        for (String meddling : List.of("UPDATE PUBLIC.association SET country = 'XX'",
                "ALTER TABLE PUBLIC.article ADD COLUMN mine INT", "DELETE FROM PUBLIC.audit_event",
                "CREATE TABLE PUBLIC.fenced_event (id INT)")) {
            migration("V1__meddle.sql", "CREATE TABLE fenced_event (id INT);\n" + meddling + ";\n");
            assertThat(startFailure(this::start)).as(meddling)
                    .startsWith("Plugin fenced: its migration V1__meddle.sql failed at line 2: the database refused "
                            + "it: Not enough rights for object \"PUBLIC")
                    .endsWith("(a plugin's migrations may change its own tables only)");
        }
    }

    @Test
    void itsTablesAreInItsSchemaAndItsDaosReachThemButNotCores() throws IOException {
        migration("V1__events.sql", "CREATE TABLE fenced_event (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR);\n");
        try (TestServer server = start()) {
            Jdbi own = server.instance(PluginDatabases.class).jdbi(CODE);
            own.useHandle(h -> h.execute("INSERT INTO fenced_event (name) VALUES ('a meeting')"));
            String kept = server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                    "SELECT name FROM plugin_fenced.fenced_event").mapTo(String.class).one());
            assertThat(kept).isEqualTo("a meeting");
            assertThatThrownBy(() -> own.useHandle(h -> h.execute("DELETE FROM PUBLIC.audit_event")))
                    .hasMessageContaining("Not enough rights");
            assertThatThrownBy(() -> own.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM PUBLIC.account")
                    .mapTo(Long.class).one())).hasMessageContaining("Not enough rights");
        }
    }

    @Test
    void editingAnAppliedMigrationStopsTheStartInOneLineSayingWhatToDo() throws IOException {
        DatabaseSettings database = DatabaseSettings.inMemory("fences-" + System.nanoTime());
        migration("V1__events.sql", "CREATE TABLE fenced_event (id INT);\n");
        try (TestServer first = start(database)) {
            assertThat(first.instance(PluginDatabases.class).migrate()).isZero();
            migration("V1__events.sql", "CREATE TABLE fenced_event (id INT, name VARCHAR);\n");
            assertThat(startFailure(() -> start(database)))
                    .startsWith("Plugin fenced: a migration under db/plugins/fenced/ was changed after "
                            + "this database applied it (Migration checksum mismatch for migration version 1)")
                    .endsWith("restore it as it was, and put the change in a new migration with the next version")
                    .doesNotContain("\n");
        }
    }

    @Test
    void tablesAPluginKeptInCoresSchemaBeforeMoveIntoItsOwnWithTheirRows() throws IOException {
        DatabaseSettings database = DatabaseSettings.inMemory("fences-" + System.nanoTime());
        migration("V1__events.sql", "CREATE TABLE fenced_event (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR);\n");
        try (TestServer first = start(database)) {
            // The layout of before: the plugin's table and its history in core's schema, with rows.
            first.instance(Jdbi.class).useHandle(h -> {
                h.execute("CREATE TABLE PUBLIC.fenced_event (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR)");
                h.execute("INSERT INTO PUBLIC.fenced_event (name) VALUES ('first'), ('second')");
                h.execute("CREATE TABLE PUBLIC.\"schema_history_fenced\" (\"version\" VARCHAR)");
            });
        }
        try (TestServer again = start(database)) {
            Jdbi own = again.instance(PluginDatabases.class).jdbi(CODE);
            own.useHandle(h -> h.execute("INSERT INTO fenced_event (name) VALUES ('third')"));
            List<String> rows = own.withHandle(h -> h.createQuery("SELECT id || ' ' || name FROM fenced_event "
                    + "ORDER BY id").mapTo(String.class).list());
            assertThat(rows).containsExactly("1 first", "2 second", "3 third");
            long left = again.instance(Jdbi.class).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM "
                    + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND UPPER(TABLE_NAME) IN "
                    + "('FENCED_EVENT', 'SCHEMA_HISTORY_FENCED')").mapTo(Long.class).one());
            assertThat(left).as("tables left in core's schema").isZero();
        }
        try (TestServer third = start(database)) {
            long coreHistory = third.instance(Jdbi.class).withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM PUBLIC.\"flyway_schema_history\" WHERE \"success\"").mapTo(Long.class).one());
            assertThat(coreHistory).as("core's migration history, which has a namesake in the plugin's schema")
                    .isPositive();
            long pluginHistory = third.instance(Jdbi.class).withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM plugin_fenced.\"flyway_schema_history\" WHERE \"version\" IS NOT NULL")
                    .mapTo(Long.class).one());
            assertThat(pluginHistory).as("the plugin's history holds its own migration only").isEqualTo(1);
            long events = third.instance(PluginDatabases.class).jdbi(CODE).withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM fenced_event").mapTo(Long.class).one());
            assertThat(events).isEqualTo(3);
        }
    }

    @Test
    void aClassOfThePluginThatAsksForCoresDatabaseStopsTheStartNamingIt() {
        assertThat(startFailure(() -> TestServer.start(new TestNetworkSite(), SitePlugins.module(new Greedy()))))
                .isEqualTo("Plugin greedy: " + Reader.class.getName() + " asks for " + Jdbi.class.getName()
                        + ", which is not the plugin's to use: a plugin's classes ask only for "
                        + "org.makemothersmatter.core.plugin types, their own classes and DAOs (SitePlugin.daos()) "
                        + "and a java.time.Clock");
    }

    @Test
    void aPluginsGuiceModuleThatBindsCoresServicesIsRefusedBeforeItIsInstalled() {
        AbstractModule extras = new AbstractModule() {
            @Provides
            Reader reader(Jdbi core) {
                return new Reader(core);
            }
        };
        assertThatThrownBy(() -> SitePlugins.extras(extras)).hasMessageContaining("asks for " + Jdbi.class.getName());
    }

    /** A plugin whose page would read core's tables through core's own database access. */
    static final class Greedy extends TestPlugin {
        Greedy() {
            super(new Site("greedy", "MMM Greedy", List.of(Language.ENGLISH), false));
        }

        @Override
        public void routes(SiteRoutes routes) {
            routes.page("/accounts", Reader.class, reader -> reader::accounts);
        }
    }

    /** Counts core's accounts, which no plugin may read. */
    static final class Reader {
        private final Jdbi core;

        @Inject
        Reader(Jdbi core) {
            this.core = core;
        }

        void accounts(SitePage page) {
            page.status(core.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM account").mapTo(Integer.class).one()));
        }
    }

    /** A plugin with tables of its own. */
    static final class Fenced extends TestPlugin {
        Fenced() {
            super(new Site(CODE, "MMM Fenced", List.of(Language.ENGLISH), false));
        }
    }

    /** What the start that fails says of the plugin, as the site's start prints it. */
    private static String startFailure(Supplier<TestServer> start) {
        try (TestServer started = start.get()) {
            throw new AssertionError("The server started");
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (String.valueOf(cause.getMessage()).startsWith("Plugin ")) {
                    return cause.getMessage();
                }
            }
            throw e;
        }
    }

    private void migration(String name, String sql) throws IOException {
        Path file = folder.resolve("db/plugins/" + CODE + "/" + name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
    }

    private TestServer start() {
        return start(DatabaseSettings.inMemory("fences-" + System.nanoTime()));
    }

    /** The server, its plugins' migrations found in the test's folder as they are in a plugin's jar. */
    private TestServer start(DatabaseSettings database) {
        return withMigrations(() -> TestServer.start(database, new AbstractModule() {
            @Override
            protected void configure() {
                install(new TestNetworkSite());
                Multibinder.newSetBinder(binder(), SitePlugin.class).addBinding().to(Fenced.class);
            }
        }));
    }

    private <T> T withMigrations(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader migrations = new URLClassLoader(new URL[] {folder.toUri().toURL()}, before)) {
            thread.setContextClassLoader(migrations);
            return work.get();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
