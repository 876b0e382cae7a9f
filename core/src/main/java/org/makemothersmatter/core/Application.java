package org.makemothersmatter.core;

import jakarta.inject.Inject;
import org.makemothersmatter.core.backup.ControlSocket;
import org.makemothersmatter.core.content.ContentLoader;
import org.makemothersmatter.core.store.PluginSchemas;
import org.makemothersmatter.core.web.WebServer;

/**
 * Starts the network site: brings the plugins' tables up to date, loads new content files, starts the
 * background tasks and the control socket backups are asked through, then serves every site.
 */
public final class Application {

    private final PluginSchemas schemas;
    private final ContentLoader content;
    private final BackgroundTasks tasks;
    private final WebServer server;
    private final ControlSocket control;

    @Inject
    public Application(PluginSchemas schemas, ContentLoader content, BackgroundTasks tasks, WebServer server,
                       ControlSocket control) {
        this.schemas = schemas;
        this.content = content;
        this.tasks = tasks;
        this.server = server;
        this.control = control;
    }

    public WebServer start() {
        schemas.migrate();
        content.loadAll();
        tasks.start();
        server.onStop(tasks::stop);
        control.start();
        server.onStop(control::stop);
        return server.start();
    }
}
