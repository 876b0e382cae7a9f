package org.makemothersmatter.sites.network.export;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves an exported folder as the README's nginx configuration does, and nothing more: the file of the address,
 * else its {@code index.html} or, with {@code ?page=N}, its {@code page-N.html}; an image by its address with
 * the extension of its type; and for anything else, the 404 page of the site and language of the address.
 */
final class StaticFolderServer implements AutoCloseable {

    private static final Pattern PAGE = Pattern.compile("page=([1-9][0-9]*)");
    private static final List<Pattern> NOT_FOUND = List.of(Pattern.compile("^/([a-z0-9-]+/[a-z]{2})/"),
            Pattern.compile("^/([a-z0-9-]+)/"));
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "svg", "image/svg+xml", "jpg", "image/jpeg", "png", "image/png", "gif", "image/gif", "webp", "image/webp");

    static {
        // Else each answer waits for the client's delayed acknowledgement (40 ms) between its headers and its body.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Path root;
    private final HttpServer server;

    StaticFolderServer(Path root) throws IOException {
        this.root = root;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    URI uri(String address) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + address);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Optional<Path> file = file(path, exchange.getRequestURI().getRawQuery());
            int status = file.isPresent() ? 200 : 404;
            Path body = file.orElseGet(() -> notFoundPage(path));
            String name = body.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type",
                    TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.sendResponseHeaders(status, Files.size(body));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(body, out);
            }
        }
    }

    /** nginx: {@code try_files $uri $uri$listing_page}, and under /media/ {@code try_files $uri.jpg $uri.png...}. */
    private Optional<Path> file(String path, String query) {
        List<String> candidates = new ArrayList<>();
        if (path.startsWith("/media/")) {
            List.of(".jpg", ".png", ".gif", ".webp").forEach(extension -> candidates.add(path + extension));
        } else {
            Matcher page = PAGE.matcher(query == null ? "" : query);
            candidates.add(path);
            candidates.add(path + (page.matches() ? "/page-" + page.group(1) + ".html" : "/index.html"));
        }
        return candidates.stream().map(this::resolve).filter(Files::isRegularFile).findFirst();
    }

    /** nginx: {@code error_page 404 $not_found}, the map's first matching pattern, else the network's 404 page. */
    private Path notFoundPage(String path) {
        for (Pattern pattern : NOT_FOUND) {
            Matcher matcher = pattern.matcher(path);
            if (matcher.find()) {
                Path page = resolve("/" + matcher.group(1) + "/404.html");
                return Files.isRegularFile(page) ? page : resolve("/404.html");
            }
        }
        return resolve("/404.html");
    }

    private Path resolve(String path) {
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root)) {
            throw new UncheckedIOException(new IOException("outside the folder: " + path));
        }
        return file;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
