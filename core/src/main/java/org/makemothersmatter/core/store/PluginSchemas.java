package org.makemothersmatter.core.store;

import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.Sites;

/**
 * Brings each plugin's own tables up to date: the Flyway migrations under {@code db/plugins/<code>/}, with a
 * history table per plugin, so that a plugin numbers its versions from 1 without clashing with core's or
 * another plugin's, and a plugin added later starts from its own first version.
 */
public final class PluginSchemas {

    private final DataSource dataSource;
    private final Sites sites;

    @Inject
    public PluginSchemas(DataSource dataSource, Sites sites) {
        this.dataSource = dataSource;
        this.sites = sites;
    }

    /** Runs the migrations that are new; returns how many ran. */
    public int migrate() {
        // The class loader that finds the plugins' content finds their migrations.
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        int applied = 0;
        for (SitePlugin plugin : sites.plugins()) {
            String code = plugin.site().code();
            String location = "db/plugins/" + code;
            if (classLoader.getResource(location) == null) {
                continue;
            }
            applied += Flyway.configure(classLoader).dataSource(dataSource)
                    .locations("classpath:" + location)
                    .table("schema_history_" + code.replace('-', '_'))
                    // The schema holds core's tables already: this plugin's history starts before its version 1.
                    .baselineOnMigrate(true).baselineVersion("0")
                    .load().migrate().migrationsExecuted;
        }
        return applied;
    }
}
