package org.makemothersmatter.core;

import jakarta.inject.Inject;
import org.makemothersmatter.core.content.ContentLoader;
import org.makemothersmatter.core.editorial.Publisher;
import org.makemothersmatter.core.web.WebServer;

/** Starts the network site: loads new content files, publishes what is due, then serves every site. */
public final class Application {

    private final ContentLoader content;
    private final Publisher publisher;
    private final WebServer server;

    @Inject
    public Application(ContentLoader content, Publisher publisher, WebServer server) {
        this.content = content;
        this.publisher = publisher;
        this.server = server;
    }

    public WebServer start() {
        content.loadAll();
        publisher.start();
        server.onStop(publisher::stop);
        return server.start();
    }
}
