package org.makemothersmatter.core.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.RedirectResponse;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Passwords;
import org.makemothersmatter.core.admin.AdminRoutes;
import org.makemothersmatter.core.admin.BusySignIns;
import org.makemothersmatter.core.admin.DocumentAdminRoutes;
import org.makemothersmatter.core.documents.Documents;
import org.makemothersmatter.core.editorial.Editor;
import org.makemothersmatter.core.feeds.FeedFormat;
import org.makemothersmatter.core.feeds.Feeds;
import org.makemothersmatter.core.media.Images;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.StorageFailures;
import org.makemothersmatter.core.store.Transactions;
import org.makemothersmatter.core.web.assets.AssetHandler;
import org.makemothersmatter.core.web.assets.Assets;
import org.makemothersmatter.core.web.cache.PageCacheHandler;
import org.makemothersmatter.core.web.plugins.PluginPages;
import org.makemothersmatter.core.web.routes.CalendarRoutes;
import org.makemothersmatter.core.web.routes.FeedRoutes;
import org.makemothersmatter.core.web.routes.DocumentRoutes;
import org.makemothersmatter.core.web.routes.HomeRoutes;
import org.makemothersmatter.core.web.routes.MediaRoutes;
import org.makemothersmatter.core.web.routes.NetworkRoutes;
import org.makemothersmatter.core.web.routes.NewsRoutes;
import org.makemothersmatter.core.web.routes.PageRoutes;
import org.makemothersmatter.core.web.routes.SearchEngineRoutes;
import org.makemothersmatter.core.web.routes.SearchRoutes;
import org.makemothersmatter.core.web.routes.ThemeRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Javalin server that hosts every site. Each page is registered once per site and language at a
 * stable URL ({@code /en/news}, {@code /belgium/fr/news}), so the route itself says which site and language
 * a request is for, and an unknown site or language is a plain 404. A subsite's own host names lead to the
 * same routes (see {@link HostNames}).
 */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** The largest image upload and the fields of its form: the largest request but for a document's upload. */
    static final long MAX_REQUEST_BYTES = 6 * 1024 * 1024;
    /** The largest document upload and the fields of its form. */
    static final long MAX_DOCUMENT_REQUEST_BYTES = Documents.MAX_BYTES + 1024 * 1024;
    /**
     * How long a stop waits for the requests under way. The slowest, an image upload re-encoded three times,
     * takes a few seconds; much longer and the service manager (systemd, a container runtime) may lose patience
     * and kill the process anyway.
     */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                    + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin");
    /** A year, the subsites' host names included: once a browser has seen the site over HTTPS, it never uses HTTP. */
    private static final String HSTS = "max-age=31536000; includeSubDomains";
    /** What every text answer is in, and says it is in. */
    private static final String UTF_8 = ";charset=utf-8";

    private final Sites sites;
    private final WebSettings settings;
    private final HomeRoutes home;
    private final NewsRoutes news;
    private final PageRoutes pages;
    private final NetworkRoutes network;
    private final ThemeRoutes themes;
    private final ErrorPages errors;
    private final AdminRoutes admin;
    private final MediaRoutes media;
    private final DocumentRoutes documents;
    private final Addresses addresses;
    private final PageCacheHandler pageCache;
    private final BusySignIns busySignIns;
    private final Assets assets;
    private final PluginPages pluginPages;
    private final FeedRoutes feeds;
    private final SearchEngineRoutes searchEngines;
    private final CalendarRoutes calendar;
    private final SearchRoutes search;
    private final SiteRouter.Services services;
    /** The headers every answer carries, whoever makes it: the framework, the kept pages, the files, Jetty itself. */
    private final Map<String, String> headers;
    private Javalin app;

    @Inject
    public WebServer(Sites sites, WebSettings settings, HomeRoutes home, NewsRoutes news, PageRoutes pages,
                     NetworkRoutes network, ThemeRoutes themes, ErrorPages errors, AdminRoutes admin,
                     MediaRoutes media, DocumentRoutes documents, Addresses addresses, PageCacheHandler pageCache,
                     BusySignIns busySignIns, Assets assets, Transactions transactions, PluginPages pluginPages,
                     ClientLimits limits, FeedRoutes feeds, SearchEngineRoutes searchEngines, CalendarRoutes calendar,
                     SearchRoutes search) {
        this.sites = sites;
        this.settings = settings;
        this.home = home;
        this.news = news;
        this.pages = pages;
        this.network = network;
        this.themes = themes;
        this.errors = errors;
        this.admin = admin;
        this.media = media;
        this.documents = documents;
        this.addresses = addresses;
        this.pageCache = pageCache;
        this.busySignIns = busySignIns;
        this.assets = assets;
        this.pluginPages = pluginPages;
        this.feeds = feeds;
        this.searchEngines = searchEngines;
        this.calendar = calendar;
        this.search = search;
        this.services = new SiteRouter.Services(addresses, pageCache, transactions, limits);
        this.headers = headers(settings);
    }

    /**
     * The security headers, and HSTS when the site's public address is HTTPS: said by a site reached over plain
     * HTTP, it would lock its own visitors out.
     */
    private static Map<String, String> headers(WebSettings settings) {
        Map<String, String> headers = new HashMap<>(SECURITY_HEADERS);
        if (settings.overHttps()) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return Map.copyOf(headers);
    }

    public WebServer start() {
        app = Javalin.create(this::configure).start(settings.port());
        return this;
    }

    public int port() {
        return app.port();
    }

    /**
     * Every address the server answers with a handler of its own, as "GET /admin/articles/{id}", sorted: for the
     * checks that must cover each one, so that a new address cannot escape them.
     */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(handler -> handler.endpoint)
                .filter(endpoint -> endpoint.method == HandlerType.GET || endpoint.method == HandlerType.POST)
                .map(endpoint -> endpoint.method + " " + endpoint.path).distinct().sorted().toList();
    }

    /** Stops taking connections, waits for the requests under way (at most {@link #STOP_TIMEOUT}), then stops. */
    public void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        if (settings.host() != null) {
            config.jetty.host = settings.host();
        }
        config.router.ignoreTrailingSlashes = true;
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        config.jetty.multipartConfig.maxTotalRequestSize(MAX_DOCUMENT_REQUEST_BYTES, SizeUnit.BYTES);
        config.routes.before(WebServer::refuseTooLarge);
        config.routes.before(WebServer::refuseUnknownEncoding);
        pageCache.fixedHeaders(headers);
        busySignIns.fixedHeaders(headers);
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(STOP_TIMEOUT.toMillis());
            server.setErrorHandler(new RefusedRequests(headers));
            server.insertHandler(new HeadAsGet());
            // Kept pages, shipped files and sign-ins refused for want of a turn are answered ahead of the framework,
            // still waited for by a graceful stop.
            server.insertHandler(pageCache);
            server.insertHandler(busySignIns);
            server.insertHandler(new AssetHandler(assets, headers));
            server.insertHandler(new GracefulStop(server));
        });
        config.jetty.modifyServletContextHandler(handler -> {
            // Text is written in UTF-8 unless its type says otherwise; sayEncoding makes its type say so.
            handler.setDefaultResponseCharacterEncoding("utf-8");
            handler.addFilter(new HostNames(sites), "/*", EnumSet.of(DispatcherType.REQUEST));
        });
        for (SitePlugin plugin : sites.plugins()) {
            Site site = plugin.site();
            config.routes.get(site.network() ? "/" : site.pathPrefix(), ctx -> redirectToLanguage(ctx, site));
            for (Language language : site.languages()) {
                SiteRouter core = new SiteRouter(config, site, language, new RouteTable(), "core", services);
                core.page("/", site.network() ? home::network : home::association);
                core.page("/news", news::list);
                core.page("/news/{slug}", news::article);
                core.page("/pages/{slug}", pages::page);
                // The visitor's own words: rendered for each request, never kept.
                core.get("/search", search::page);
                if (site.network()) {
                    core.page("/advocacy", network::advocacy);
                    core.page("/advocacy/{code}", network::delegation);
                    core.page("/national-mmm", network::directory);
                    core.page("/themes", themes::index);
                    core.page("/themes/{slug}", themes::theme);
                    for (FeedFormat format : FeedFormat.values()) {
                        core.page(Feeds.path("/themes/{slug}", format),
                                (ctx, request) -> themes.feed(ctx, request, format));
                    }
                }
                feeds.declare(core, site);
                calendar.declare(core);
                pluginPages.declare(plugin, core.of("plugin " + site.code()));
            }
        }
        admin.register(config.routes);
        media.register(config.routes);
        searchEngines.register(config.routes);
        documents.register(config.routes);
        config.routes.after(ctx -> headers.forEach(ctx::header));
        config.routes.after(WebServer::sayEncoding);
        config.routes.exception(RedirectResponse.class,
                (e, ctx) -> ctx.redirect(e.getMessage(), HttpStatus.forStatus(e.getStatus())));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == HttpStatus.FORBIDDEN.getCode()) {
                admin.refused(ctx, e.getMessage());
            }
            ctx.status(e.getStatus());
        });
        config.routes.exception(AccessDenied.class, (e, ctx) -> {
            admin.refused(ctx, e.getMessage());
            ctx.status(HttpStatus.FORBIDDEN);
        });
        // Rendered here, not mapped to the status: the sign-in form refused too soon keeps its own page and 429.
        config.routes.exception(ClientLimits.TooMany.class, (e, ctx) -> {
            ctx.header("Retry-After", String.valueOf(e.retryAfter()));
            errors.render(ctx.status(HttpStatus.TOO_MANY_REQUESTS));
        });
        config.routes.exception(Passwords.Busy.class, (e, ctx) -> {
            // Nothing was checked nor changed: a few seconds later, the hashing threads have caught up.
            ctx.header("Retry-After", "5");
            errors.render(ctx.status(HttpStatus.SERVICE_UNAVAILABLE), "503.busy");
        });
        config.routes.exception(Editor.NotFound.class, (e, ctx) -> ctx.status(HttpStatus.NOT_FOUND));
        config.routes.exception(Images.NotFound.class, (e, ctx) -> ctx.status(HttpStatus.NOT_FOUND));
        config.routes.exception(Exception.class, (e, ctx) -> {
            if (e.getCause() instanceof HttpException refused) {
                // Jetty could not read the body, e.g. a multipart form cut short or longer than the limit without
                // saying so up front: the client's error, not the server's.
                ctx.status(refused.getCode());
                return;
            }
            if (StorageFailures.isTooLong(e)) {
                // A value longer than its column that no check caught: the form is refused, never the server's
                // error. Rendered here, as the storage failure below, since a form shown again keeps its own 422.
                // The statement's values stay out of the log: they may be anything, a password's hash included.
                LOG.info("Request {} {} refused: a value is longer than its column", ctx.method(), ctx.path());
                errors.render(ctx.status(HttpStatus.UNPROCESSABLE_CONTENT));
                return;
            }
            if (StorageFailures.isStorageFailure(e)) {
                // Nothing was acknowledged; the pool reopens the database when the storage works again.
                LOG.warn("Request {} {} not served: the storage failed: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header("Retry-After", "30");
                // Rendered here, not mapped to the status: a form shown again with a 503 keeps its own page.
                errors.render(ctx.status(HttpStatus.SERVICE_UNAVAILABLE));
                return;
            }
            LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
        });
        for (int status : new int[] {400, 403, 404, 413, 500}) {
            config.routes.error(status, errors::render);
        }
    }

    /** The bare address of a site leads to it in the visitor's language, as the browser states it. */
    private void redirectToLanguage(Context ctx, Site site) {
        ctx.header("Vary", "Accept-Language");
        Language best = LanguageNegotiation.best(site, ctx.header("Accept-Language"));
        ctx.redirect(addresses.request(ctx, site, best).url(""), HttpStatus.FOUND);
    }

    /**
     * A body said to be too large is refused before it is read, rather than when parsing it fails halfway; a
     * document's upload may be larger than any other request.
     */
    private static void refuseTooLarge(Context ctx) {
        if (ctx.contentLength() > (ctx.path().equals(DocumentAdminRoutes.PATH) ? MAX_DOCUMENT_REQUEST_BYTES
                : MAX_REQUEST_BYTES)) {
            throw new ContentTooLargeResponse();
        }
    }

    /**
     * A form said to be in an encoding this server does not know cannot be read: a 400 before any handler tries,
     * rather than a failure halfway through reading it.
     */
    private static void refuseUnknownEncoding(Context ctx) {
        String encoding = ctx.characterEncoding();
        boolean known;
        try {
            known = encoding == null || Charset.isSupported(encoding);
        } catch (IllegalArgumentException e) {
            known = false;
        }
        if (!known) {
            throw new BadRequestResponse("Unknown character encoding");
        }
    }

    /**
     * A text answer says it is UTF-8, JSON and XML included, so that no browser guesses its encoding from its
     * bytes (a guess an attacker's text could steer).
     */
    private static void sayEncoding(Context ctx) {
        String type = ctx.res().getContentType();
        if (type == null || type.toLowerCase(Locale.ROOT).contains("charset=")) {
            return;
        }
        String mediaType = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.startsWith("text/") || mediaType.endsWith("json") || mediaType.endsWith("xml")) {
            ctx.contentType(type + UTF_8);
        }
    }
}
