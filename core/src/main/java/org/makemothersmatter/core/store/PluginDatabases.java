package org.makemothersmatter.core.store;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.sites.Sites;

/**
 * Each plugin's own tables, fenced off by the database: they live in the plugin's schema ({@code plugin_belgium}),
 * which a database account of its own owns; that account may create and change tables there and has no right on
 * core's tables or another plugin's. The plugin's migrations ({@code db/plugins/<code>/}, versions from 1) and its
 * DAOs (through {@link #jdbi(String)}) run as that account, so a migration that alters an article or empties the
 * audit log is refused by the database, and the start stops naming the plugin. The account's password is drawn
 * anew at every start and never leaves the process.
 *
 * <p>Embedded H2 for now: the same accounts and schemas exist on PostgreSQL as roles, with other statements.
 */
@Singleton
public final class PluginDatabases {

    private static final String MIGRATIONS = "db/plugins/";
    /** The history Flyway kept in core's schema for a plugin before plugins had schemas. */
    private static final String LEGACY_HISTORY = "schema_history_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi admin;
    private final DatabaseSettings settings;
    /** The plugins with tables of their own, by code, and their accounts' passwords. */
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, Jdbi> jdbis = new HashMap<>();
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final ClassLoader classLoader;

    @Inject
    public PluginDatabases(Jdbi jdbi, DatabaseSettings settings, Sites sites) {
        this.admin = jdbi;
        this.settings = settings;
        // The class loader that finds the plugins' content finds their migrations.
        this.classLoader = Thread.currentThread().getContextClassLoader();
        PluginSchemaDao dao = jdbi.onDemand(PluginSchemaDao.class);
        for (SitePlugin plugin : sites.plugins()) {
            String code = plugin.site().code();
            if (classLoader.getResource(MIGRATIONS + code) == null) {
                continue;
            }
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            dao.createAccount(name(code), password);
            dao.setPassword(name(code), password);
            dao.createSchema(name(code), name(code));
            passwords.put(code, password);
        }
    }

    /** The plugin's account and schema: {@code PLUGIN_SOUTH_AFRICA} for south-africa. */
    static String name(String code) {
        return ("plugin_" + code.replace('-', '_')).toUpperCase(Locale.ROOT);
    }

    /** Runs each plugin's new migrations in its schema, as its account; returns how many ran. */
    public int migrate() {
        int applied = 0;
        for (String code : passwords.keySet().stream().sorted().toList()) {
            try {
                applied += Flyway.configure(classLoader).dataSource(url(), name(code), passwords.get(code))
                        .locations("classpath:" + MIGRATIONS + code)
                        .schemas(name(code)).defaultSchema(name(code)).createSchemas(false)
                        .load().migrate().migrationsExecuted;
            } catch (FlywayException e) {
                throw new IllegalStateException("Plugin " + code + ": " + FlywayFailures.reason(e, MIGRATIONS + code), e);
            }
            moveLegacyTables(code);
        }
        return applied;
    }

    /**
     * The plugin's tables as they were in core's schema, moved into its own: rows copied in one transaction, then
     * the old tables dropped. Stopped halfway, the next start copies them again from the start. Only the tables
     * named after the plugin ({@code belgium_consultation_answer}), as plugins had to name them then, are its own:
     * core's tables, its Flyway history above all, have namesakes in the plugin's schema and stay where they are.
     */
    private void moveLegacyTables(String code) {
        PluginSchemaDao dao = admin.onDemand(PluginSchemaDao.class);
        List<String> legacy = dao.tables("PUBLIC");
        Optional<String> history = table(legacy, LEGACY_HISTORY + code.replace('-', '_'));
        if (history.isEmpty()) {
            return;
        }
        String schema = name(code);
        String prefix = code.replace('-', '_') + "_";
        // Each of the plugin's tables, by its name in the plugin's schema, with its name in core's.
        Map<String, String> moved = new LinkedHashMap<>();
        for (String own : dao.tables(schema)) {
            if (own.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                table(legacy, own).ifPresent(old -> moved.put(own, old));
            }
        }
        admin.useTransaction(handle -> {
            PluginSchemaDao tx = handle.attach(PluginSchemaDao.class);
            moved.forEach((own, old) -> {
                tx.empty(quoted(schema), quoted(own));
                tx.copyFromPublic(quoted(schema), quoted(own), quoted(old));
                for (String column : tx.identityColumns(schema, own)) {
                    tx.restartIdentity(quoted(schema), quoted(own), quoted(column),
                            tx.nextIdentity(quoted(schema), quoted(own), quoted(column)));
                }
            });
        });
        moved.values().forEach(old -> dao.dropFromPublic(quoted(old)));
        dao.dropFromPublic(quoted(history.get()));
    }

    /** A name as SQL quotes it, exactly as the catalogue has it. */
    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * The database's address for a plugin's account. An embedded H2 database is open already, with the settings of
     * core's address, some of which (DB_CLOSE_DELAY, the durability settings) only an administrator may give.
     */
    private String url() {
        String url = settings.jdbcUrl();
        return url.startsWith("jdbc:h2:") ? url.split(";", 2)[0] : url;
    }

    /** The table of that name, whatever its case, among those given. */
    private static Optional<String> table(List<String> tables, String name) {
        return tables.stream().filter(t -> t.equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The plugin's own database: a small pool of connections as its account, on its schema, for its DAOs. Core's
     * tables are out of its reach, as are other plugins'.
     */
    public synchronized Jdbi jdbi(String code) {
        String password = passwords.get(code);
        if (password == null) {
            throw new IllegalStateException("Plugin " + code + " has no tables of its own: add its first migration "
                    + "under src/main/resources/" + MIGRATIONS + code + "/ (V1__what_it_stores.sql)");
        }
        return jdbis.computeIfAbsent(code, c -> {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(url());
            pool.setUsername(name(c));
            pool.setPassword(password);
            pool.setSchema(name(c));
            pool.setPoolName("mmm-" + c);
            pool.setMaximumPoolSize(4);
            pool.setConnectionTimeout(5_000);
            pools.add(pool);
            return StoreModule.configure(Jdbi.create(pool));
        });
    }

    /** Closes the plugins' pools, after core's requests have ended. */
    public synchronized void close() {
        pools.forEach(HikariDataSource::close);
    }
}
