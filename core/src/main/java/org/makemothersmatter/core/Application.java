package org.makemothersmatter.core;

import jakarta.inject.Inject;
import org.makemothersmatter.core.content.ContentLoader;
import org.makemothersmatter.core.web.WebServer;

/** Starts the network site: loads new content files, then serves every site. */
public final class Application {

    private final ContentLoader content;
    private final WebServer server;

    @Inject
    public Application(ContentLoader content, WebServer server) {
        this.content = content;
        this.server = server;
    }

    public WebServer start() {
        content.loadAll();
        return server.start();
    }
}
