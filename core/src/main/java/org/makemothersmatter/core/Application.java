package org.makemothersmatter.core;

import jakarta.inject.Inject;
import java.util.List;
import org.makemothersmatter.core.backup.ControlSocket;
import org.makemothersmatter.core.content.ContentLoader;
import org.makemothersmatter.core.events.ChangeFeed;
import org.makemothersmatter.core.search.SearchIndex;
import org.makemothersmatter.core.store.Database;
import org.makemothersmatter.core.store.PluginDatabases;
import org.makemothersmatter.core.web.WebServer;

/**
 * Starts the network site: brings the plugins' tables up to date, loads new content files, starts following the
 * changes other server processes commit, brings the search index up to date, starts the background tasks and the
 * control socket backups are asked through, then serves every site. Stops it in the reverse order, so that nothing
 * still at work finds the database closed.
 */
public final class Application {

    private final PluginDatabases pluginDatabases;
    private final ContentLoader content;
    private final ChangeFeed changes;
    private final SearchIndex search;
    private final BackgroundTasks tasks;
    private final WebServer server;
    private final ControlSocket control;
    private final Database database;

    @Inject
    public Application(PluginDatabases pluginDatabases, ContentLoader content, ChangeFeed changes, SearchIndex search,
                       BackgroundTasks tasks, WebServer server, ControlSocket control, Database database) {
        this.pluginDatabases = pluginDatabases;
        this.content = content;
        this.changes = changes;
        this.search = search;
        this.tasks = tasks;
        this.server = server;
        this.control = control;
        this.database = database;
    }

    public WebServer start() {
        pluginDatabases.migrate();
        content.loadAll();
        changes.start();
        search.start();
        tasks.start();
        control.start();
        return server.start();
    }

    /**
     * The web server stops taking connections and finishes the requests under way (a bounded wait), then the
     * control socket, the background tasks, the change feed and the search index end, then the plugins' connections
     * and the database close. Each step runs even if one before it failed; the first failure is reported.
     */
    public void stop() {
        RuntimeException failure = null;
        for (Runnable step : List.<Runnable>of(server::stop, control::stop, tasks::stop,
                changes::stop, search::stop, pluginDatabases::close, database::close)) {
            try {
                step.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
