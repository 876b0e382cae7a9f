package org.makemothersmatter.core.export;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.sharing.Sitemaps;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.Transactions;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.routes.NetworkRoutes;
import org.makemothersmatter.core.web.routes.NewsRoutes;
import org.makemothersmatter.core.web.routes.PageSink;

/**
 * Writes every public page of the running site, and what they link to, as files a static server serves as they
 * are (see {@link ExportFiles}), in two passes:
 * <ol>
 *   <li>the pages there are many of (articles, and the pages of news listings and delegations) are rendered in
 *   one pass per site or listing, straight from the database read as it goes, by the very rendering a request
 *   gets, on every core;</li>
 *   <li>then the site itself is asked over HTTP, as a visitor would, for everything else, so that those files
 *   hold the bytes visitors get: every site's bare address, home and 404 page in each language, and each link
 *   of the pages written that leads to a page not written yet, as they are found.</li>
 * </ol>
 * Only the addresses seen are kept in memory, never the pages: each goes to its file when rendered.
 */
public final class StaticExport {

    /** Enough requests in flight to keep the cores busy rendering while answers are parsed and written. */
    private static final int WORKERS = Math.max(2, Math.min(4, 2 * Runtime.getRuntime().availableProcessors()));
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Pages read but not yet rendered and written, at most: what keeps memory flat. */
    private static final int IN_FLIGHT = 64;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Sites sites;
    private final NewsRoutes news;
    private final NetworkRoutes network;
    private final Transactions transactions;
    private final Sitemaps sitemaps;

    @Inject
    public StaticExport(Sites sites, NewsRoutes news, NetworkRoutes network, Transactions transactions,
                        Sitemaps sitemaps) {
        this.sites = sites;
        this.news = news;
        this.network = network;
        this.transactions = transactions;
        this.sitemaps = sitemaps;
    }

    /** Exports the site answering on this loopback port into the folder, which should be empty. */
    public ExportResult export(int port, Path folder) {
        return new Run("http://127.0.0.1:" + port, folder.toAbsolutePath().normalize()).run(passes(), starts());
    }

    /**
     * Each site's articles with its news listing, the international news and the delegations' listings: one
     * pass each, which reads them once as it renders them.
     */
    private List<Consumer<PageSink>> passes() {
        List<Consumer<PageSink>> passes = new ArrayList<>();
        for (SitePlugin plugin : sites.plugins()) {
            Site site = plugin.site();
            passes.add(sink -> news.eachPageOfSite(site, sink));
            if (site.network()) {
                for (Language language : site.languages()) {
                    SiteRequest request = new SiteRequest(site, language);
                    passes.add(sink -> news.eachNetworkListPage(request, sink));
                    passes.add(sink -> network.eachDelegationPage(request, sink));
                }
            }
        }
        return passes.stream().<Consumer<PageSink>>map(pass -> sink -> transactions.reading(() -> pass.accept(sink)))
                .toList();
    }

    /**
     * The bare addresses, which lead to a language, the homes, and the 404 pages, which nothing links to; and what
     * search engines read, robots.txt and the sitemaps.
     */
    private List<Start> starts() {
        List<Start> starts = new ArrayList<>();
        starts.add(new Start("/robots.txt", false));
        sitemaps.addresses().forEach(address -> starts.add(new Start(address, false)));
        for (SitePlugin plugin : sites.plugins()) {
            Site site = plugin.site();
            starts.add(new Start(site.network() ? "/" : site.pathPrefix(), false));
            starts.add(new Start(site.pathPrefix() + "/404.html", true));
            for (Language language : site.languages()) {
                starts.add(new Start(site.url(language, ""), false));
                starts.add(new Start(site.url(language, "/404.html"), true));
            }
        }
        return starts;
    }

    private record Start(String address, boolean notFoundPage) {
    }

    /** One export: what it has seen and written so far, and its workers. */
    private static final class Run {

        private final String origin;
        private final Path folder;
        private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, task -> {
            Thread thread = new Thread(task, "export");
            thread.setDaemon(true);
            return thread;
        });
        private final ExecutorService renderers = Executors.newFixedThreadPool(CORES, task -> {
            Thread thread = new Thread(task, "export-render");
            thread.setDaemon(true);
            return thread;
        });
        private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
        /** Links found by the first pass, with a page that has each, for the second. */
        private final Map<String, String> found = new ConcurrentHashMap<>();
        private final Set<String> seen = ConcurrentHashMap.newKeySet();
        private final Set<String> notFoundPages = ConcurrentHashMap.newKeySet();
        private final AtomicInteger pending = new AtomicInteger();
        private final CompletableFuture<Void> finished = new CompletableFuture<>();
        private final AtomicInteger pages = new AtomicInteger();
        private final AtomicInteger files = new AtomicInteger();
        private final AtomicLong bytes = new AtomicLong();
        private final Queue<String> perVisitor = new ConcurrentLinkedQueue<>();
        private final Queue<String> broken = new ConcurrentLinkedQueue<>();
        private final Queue<String> skipped = new ConcurrentLinkedQueue<>();
        private final Queue<String> failures = new ConcurrentLinkedQueue<>();

        Run(String origin, Path folder) {
            this.origin = origin;
            this.folder = folder;
        }

        ExportResult run(List<Consumer<PageSink>> passes, List<Start> starts) {
            long began = System.nanoTime();
            try {
                render(passes);
            } finally {
                renderers.shutdownNow();
            }
            pending.incrementAndGet();
            try {
                found.forEach((link, from) -> visit(link, from));
                for (Start start : starts) {
                    if (start.notFoundPage()) {
                        notFoundPages.add(start.address());
                    }
                    visit(start.address(), "the start");
                }
            } finally {
                done();
            }
            try {
                await(finished);
            } finally {
                workers.shutdownNow();
            }
            if (!failures.isEmpty()) {
                throw new ExportException(failures.peek() + (failures.size() > 1
                        ? " (and " + (failures.size() - 1) + " more failures)" : ""));
            }
            return new ExportResult(pages.get(), files.get(), bytes.get(), Duration.ofNanos(System.nanoTime() - began),
                    List.copyOf(perVisitor), List.copyOf(broken), List.copyOf(skipped));
        }

        /**
         * The first pass: the passes read on two threads and hand each page to the renderers, waiting while
         * {@link #IN_FLIGHT} pages are not written yet.
         */
        private void render(List<Consumer<PageSink>> passes) {
            ExecutorService readers = Executors.newFixedThreadPool(2, task -> {
                Thread thread = new Thread(task, "export-read");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<?>> reads = new ArrayList<>();
                for (Consumer<PageSink> pass : passes) {
                    reads.add(readers.submit(() -> pass.accept(this::offer)));
                }
                reads.forEach(Run::await);
                inFlight.acquireUninterruptibly(IN_FLIGHT);
            } finally {
                readers.shutdownNow();
            }
        }

        private static void await(Future<?> work) {
            try {
                work.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExportException("The export was interrupted.");
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        private void offer(String address, Supplier<byte[]> html) {
            if (!seen.add(address)) {
                return;
            }
            inFlight.acquireUninterruptibly();
            renderers.execute(() -> {
                try {
                    byte[] text = html.get();
                    Optional<String> file = ExportFiles.file(address, "text/html");
                    if (file.isPresent() && write(file.get(), out -> out.write(text))) {
                        pages.incrementAndGet();
                    }
                    ExportFiles.links(address, text, false).forEach(link -> found.putIfAbsent(link, address));
                } catch (IOException | RuntimeException e) {
                    failures.add(address + ": " + e);
                } finally {
                    inFlight.release();
                }
            });
        }

        /** Exports the address once, by a worker; the export ends when no address is pending. */
        private void visit(String address, String from) {
            if (!seen.add(address)) {
                return;
            }
            pending.incrementAndGet();
            workers.execute(() -> {
                try {
                    fetch(address, from);
                } catch (IOException | RuntimeException e) {
                    failures.add(address + ": " + e);
                } finally {
                    done();
                }
            });
        }

        private void done() {
            if (pending.decrementAndGet() == 0) {
                finished.complete(null);
            }
        }

        /*
         * Asked with the JDK's plain connections, which keep no thread of their own: the JDK 17 HttpClient cannot
         * be closed, and its selector thread, waiting in native code, holds the JVM's exit back by 300 ms.
         */
        private void fetch(String address, String from) throws IOException {
            HttpURLConnection response = (HttpURLConnection) URI.create(origin + address).toURL().openConnection();
            response.setInstanceFollowRedirects(false);
            response.setConnectTimeout((int) TIMEOUT.toMillis());
            response.setReadTimeout((int) TIMEOUT.toMillis());
            int status = response.getResponseCode();
            try (InputStream body = status < 400 ? response.getInputStream() : response.getErrorStream()) {
                Optional<String> location = Optional.ofNullable(response.getHeaderField("Location"));
                if (status / 100 == 3 && location.isPresent()) {
                    redirect(address, location.get(), from);
                    return;
                }
                if (status != 200 && !(status == 404 && notFoundPages.contains(address))) {
                    broken.add(address + " (" + status + ", linked from " + from + ")");
                    return;
                }
                String type = Optional.ofNullable(response.getContentType()).orElse("");
                Optional<String> file = ExportFiles.file(address, type);
                if (file.isEmpty()) {
                    skipped.add(address + " (a query a static server cannot tell apart, linked from " + from + ")");
                    return;
                }
                boolean html = type.startsWith("text/html");
                if (!html && !type.startsWith("text/css")) {
                    write(file.get(), body::transferTo);
                    return;
                }
                byte[] text = body.readAllBytes();
                if (write(file.get(), out -> out.write(text)) && html && status == 200) {
                    pages.incrementAndGet();
                    if (response.getHeaderField("Set-Cookie") != null) {
                        perVisitor.add(address);
                    }
                }
                ExportFiles.links(address, text, !html).forEach(link -> visit(link, address));
            }
        }

        /** A redirect becomes a small page that sends the browser on, at the address redirected from. */
        private void redirect(String address, String location, String from) throws IOException {
            String target = location.startsWith(origin) ? location.substring(origin.length()) : location;
            Optional<String> local = ExportFiles.local(address, target);
            Optional<String> file = ExportFiles.file(address, "text/html");
            if (local.isEmpty() || file.isEmpty()) {
                skipped.add(address + " (a redirect to " + location + ", linked from " + from + ")");
                return;
            }
            String escaped = local.get().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
            String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escaped + "</title>"
                    + "<meta name=\"robots\" content=\"noindex\">"
                    + "<meta http-equiv=\"refresh\" content=\"0; url=" + escaped + "\"></head>\n"
                    + "<body><p><a href=\"" + escaped + "\">" + escaped + "</a></p></body></html>\n";
            write(file.get(), out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
            visit(local.get(), address);
        }

        /**
         * Writes a new file of the folder; false if another address (the same page with a trailing slash) wrote
         * it already.
         */
        private boolean write(String name, Body body) throws IOException {
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder) || file.equals(folder)) {
                throw new IOException("the address leads outside the folder: " + name);
            }
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                body.writeTo(out);
            } catch (FileAlreadyExistsException e) {
                return false;
            }
            files.incrementAndGet();
            bytes.addAndGet(Files.size(file));
            return true;
        }
    }

    @FunctionalInterface
    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
