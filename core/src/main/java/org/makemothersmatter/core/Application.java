package org.makemothersmatter.core;

import jakarta.inject.Inject;
import org.makemothersmatter.core.content.ContentLoader;
import org.makemothersmatter.core.store.Database;
import org.makemothersmatter.core.store.PluginSchemas;
import org.makemothersmatter.core.web.WebServer;

/**
 * Starts the network site: brings the plugins' tables up to date, loads new content files, starts the
 * background tasks, then serves every site. Stops it in the reverse order, so that nothing still at work
 * finds the database closed.
 */
public final class Application {

    private final PluginSchemas schemas;
    private final ContentLoader content;
    private final BackgroundTasks tasks;
    private final WebServer server;
    private final Database database;

    @Inject
    public Application(PluginSchemas schemas, ContentLoader content, BackgroundTasks tasks, WebServer server,
                       Database database) {
        this.schemas = schemas;
        this.content = content;
        this.tasks = tasks;
        this.server = server;
        this.database = database;
    }

    public WebServer start() {
        schemas.migrate();
        content.loadAll();
        tasks.start();
        return server.start();
    }

    /**
     * The web server stops taking connections and finishes the requests under way (a bounded wait), then the
     * background tasks end, then the database closes. Each step runs even if the one before failed.
     */
    public void stop() {
        try {
            server.stop();
        } finally {
            try {
                tasks.stop();
            } finally {
                database.close();
            }
        }
    }
}
