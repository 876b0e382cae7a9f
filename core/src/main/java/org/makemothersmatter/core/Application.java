package org.makemothersmatter.core;

import jakarta.inject.Inject;
import org.makemothersmatter.core.content.ContentLoader;
import org.makemothersmatter.core.web.WebServer;

/** Starts the network site: loads new content files, starts the background tasks, then serves every site. */
public final class Application {

    private final ContentLoader content;
    private final BackgroundTasks tasks;
    private final WebServer server;

    @Inject
    public Application(ContentLoader content, BackgroundTasks tasks, WebServer server) {
        this.content = content;
        this.tasks = tasks;
        this.server = server;
    }

    public WebServer start() {
        content.loadAll();
        tasks.start();
        server.onStop(tasks::stop);
        return server.start();
    }
}
