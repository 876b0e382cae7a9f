package org.makemothersmatter.core.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.web.PageRenderer;

/**
 * Serves kept pages ahead of the web framework, straight from memory: no database, no template, the
 * compressed variant when the browser takes it, and 304 when the browser's copy is the same. A page not kept
 * goes on to its route; if the route declares it the same for every visitor ({@link #mark}), {@link #keep}
 * keeps what it rendered. While one request renders a page, the others asking for it wait for that one rather
 * than render it too.
 */
@Singleton
public final class PageCacheHandler extends Handler.Wrapper {

    /** Short, so that a publication shows within seconds even where a proxy keeps pages too. */
    static final String CACHE_CONTROL = "public, max-age=10";
    private static final String KEY = PageCacheHandler.class.getName() + ".key";
    private static final String SINCE = PageCacheHandler.class.getName() + ".since";
    private static final String SITE = PageCacheHandler.class.getName() + ".site";
    private static final long WAIT_SECONDS = 10;

    private final PageCache cache;
    private final Map<String, CompletableFuture<Void>> rendering = new ConcurrentHashMap<>();
    /** Addresses whose last rendering was not kept (a form, an error): nobody waits for those. */
    private final Cache<String, Boolean> notKept = Caffeine.newBuilder().maximumSize(10_000).build();
    private Map<String, String> fixedHeaders = Map.of();

    @Inject
    public PageCacheHandler(PageCache cache) {
        this.cache = cache;
    }

    /** Headers every answer carries (the security headers the framework adds to the pages it renders). */
    public void fixedHeaders(Map<String, String> headers) {
        this.fixedHeaders = Map.copyOf(headers);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            return super.handle(request, response, callback);
        }
        String key = key(request);
        Optional<CachedPage> kept = cache.get(key);
        if (kept.isPresent()) {
            serve(kept.get(), request, response, callback);
            return true;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> other = rendering.putIfAbsent(key, mine);
        if (other != null) {
            kept = awaitOther(key, other);
            if (kept.isPresent()) {
                serve(kept.get(), request, response, callback);
                return true;
            }
            return super.handle(request, response, callback);
        }
        request.setAttribute(KEY, key);
        request.setAttribute(SINCE, cache.generation());
        boolean handled = false;
        try {
            handled = super.handle(request, response, new Callback.Nested(callback) {
                @Override
                public void completed() {
                    rendered(key, mine);
                }
            });
            return handled;
        } finally {
            if (!handled) {
                rendered(key, mine);
            }
        }
    }

    /** Marks the request as one for a page of {@code site} that is the same for every visitor. */
    public void mark(Context ctx, Site site) {
        ctx.attribute(SITE, site);
    }

    /**
     * Keeps the page rendered for a marked request, for the site it belongs to, if it is a page (200) or the
     * site's page saying there is no such page (404, kept as well, since a missing story is asked again and
     * again), and no change came while it was rendered; tells the browser how to keep it too.
     */
    public void keep(Context ctx) {
        String key = ctx.attribute(KEY);
        Long since = ctx.attribute(SINCE);
        Site site = ctx.attribute(SITE);
        int status = ctx.statusCode();
        byte[] html = (status == HttpStatus.OK_200 || status == HttpStatus.NOT_FOUND_404) && key != null
                && since != null && site != null ? result(ctx) : null;
        if (html == null) {
            return;
        }
        String type = ctx.res().getContentType();
        cache.keep(key, since, site.code(), site.network(), status, type == null ? PageRenderer.HTML : type, html)
                .ifPresent(page -> {
                    notKept.invalidate(key);
                    // The first answer is the kept one, compressed here as the next ones will be, so that its
                    // ETag names its bytes (the framework leaves an answer that has its coding alone).
                    String coding = Compression.choose(ctx.header(HttpHeader.ACCEPT_ENCODING.asString()));
                    if (coding != null) {
                        ctx.header(HttpHeader.CONTENT_ENCODING.asString(), coding);
                        ctx.result(page.in(coding));
                    }
                    describe(page, coding, ctx::header);
                });
    }

    /** The bytes the page was answered with, which are read once: the answer is made of them again. */
    private static byte[] result(Context ctx) {
        try (InputStream result = ctx.resultInputStream()) {
            if (result == null) {
                return null;
            }
            byte[] html = result.readAllBytes();
            ctx.result(html);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What tells a browser (or a proxy) how long it may keep the page, and whether its copy is still good. */
    private static void describe(CachedPage page, String coding, BiConsumer<String, String> header) {
        header.accept(HttpHeader.ETAG.asString(), page.etag(coding));
        header.accept(HttpHeader.LAST_MODIFIED.asString(), page.lastModified);
        header.accept(HttpHeader.CACHE_CONTROL.asString(), CACHE_CONTROL);
        header.accept(HttpHeader.VARY.asString(), HttpHeader.ACCEPT_ENCODING.asString());
    }

    /** The address as the visitor asked for it: a subsite's host name and the international site's differ. */
    private static String key(Request request) {
        return request.getHeaders().get(HttpHeader.HOST) + " " + request.getHttpURI().getPathQuery();
    }

    private void rendered(String key, CompletableFuture<Void> mine) {
        if (cache.get(key).isEmpty()) {
            notKept.put(key, Boolean.TRUE);
        }
        rendering.remove(key, mine);
        mine.complete(null);
    }

    private Optional<CachedPage> awaitOther(String key, CompletableFuture<Void> other) throws InterruptedException {
        if (notKept.getIfPresent(key) != null) {
            return Optional.empty();
        }
        try {
            other.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // The other rendering failed or is slow: this request renders for itself.
            return Optional.empty();
        }
        return cache.get(key);
    }

    private void serve(CachedPage page, Request request, Response response, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        fixedHeaders.forEach(headers::put);
        String coding = Compression.choose(request.getHeaders().get(HttpHeader.ACCEPT_ENCODING));
        describe(page, coding, headers::put);
        // The ETag decides when the browser sends one; else the date its copy has.
        String tags = request.getHeaders().get(HttpHeader.IF_NONE_MATCH);
        boolean same = tags != null ? EntityTags.matches(tags, page.etag(coding))
                : page.unchangedSince(request.getHeaders().get(HttpHeader.IF_MODIFIED_SINCE));
        if (page.status == HttpStatus.OK_200 && same) {
            KeptBytes.notModified(response, callback);
            return;
        }
        KeptBytes.send(request, response, callback, page.status, page.contentType, coding, page.in(coding));
    }
}
