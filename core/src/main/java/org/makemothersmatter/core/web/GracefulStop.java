package org.makemothersmatter.core.web;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.Graceful;

/**
 * What makes a stop of the server graceful (Jetty waits for it, up to the server's stop timeout): no new
 * connection is taken, the connections with no request under way are closed at once, and every request already
 * taken is answered, its connection closed after the answer.
 *
 * <p>Jetty's own GracefulHandler does not do: it answers 503 to a request that comes once the stop began, even on a
 * connection opened before (browsers reuse theirs), and leaves idle connections open until they time out, which
 * holds the stop for as long.
 */
final class GracefulStop extends Handler.Wrapper implements Graceful {

    private final Server server;
    private final Set<Answer> answering = ConcurrentHashMap.newKeySet();
    private final Shutdown shutdown = new Shutdown(this) {
        @Override
        public boolean isShutdownDone() {
            return answering.isEmpty();
        }
    };

    GracefulStop(Server server) {
        this.server = server;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Answer answer = new Answer(callback, request.getConnectionMetaData().getConnection());
        boolean handled = false;
        try {
            handled = super.handle(request, response, answer);
            return handled;
        } finally {
            if (!handled) {
                answer.completed();
            }
        }
    }

    @Override
    public CompletableFuture<Void> shutdown() {
        for (Connector connector : server.getConnectors()) {
            // Closes the listening socket, and makes every later answer close its connection.
            connector.shutdown();
        }
        Set<Connection> busy = answering.stream().map(answer -> answer.connection).collect(Collectors.toSet());
        for (Connector connector : server.getConnectors()) {
            connector.getConnectedEndPoints().stream().filter(endPoint -> !busy.contains(endPoint.getConnection()))
                    .forEach(EndPoint::close);
        }
        return shutdown.shutdown();
    }

    @Override
    public boolean isShutdown() {
        return shutdown.isShutdown();
    }

    /** A request being answered, until its response is complete. */
    private final class Answer extends Callback.Nested {

        private final Connection connection;

        Answer(Callback callback, Connection connection) {
            super(callback);
            this.connection = connection;
            answering.add(this);
        }

        @Override
        public void completed() {
            answering.remove(this);
            shutdown.check();
        }
    }
}
