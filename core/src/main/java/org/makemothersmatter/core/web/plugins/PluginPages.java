package org.makemothersmatter.core.web.plugins;

import gg.jte.Content;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.mail.Notifications;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.plugin.OwnPage;
import org.makemothersmatter.core.plugin.OwnPageView;
import org.makemothersmatter.core.plugin.SiteHandler;
import org.makemothersmatter.core.plugin.SitePage;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.service.NewsService;
import org.makemothersmatter.core.sites.PluginClasses;
import org.makemothersmatter.core.web.PageHandler;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.PublicForms;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.SiteRouter;
import org.makemothersmatter.core.web.routes.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a plugin's public pages: each request is handed to the plugin's handler as a {@link SitePage}, the toolkit
 * of the contract, over core's presenter, renderer, form tokens and news. A declared {@link OwnPage} is one more
 * handler of this kind, which renders the page's template with its shared part.
 */
public final class PluginPages {

    private static final Logger LOG = LoggerFactory.getLogger(PluginPages.class);

    /** The latest news an own page shows. */
    private static final int LATEST = 3;

    private final Presenter presenter;
    private final PageRenderer renderer;
    private final PublicForms forms;
    private final NewsService news;
    private final ContentEvents events;
    private final PluginClasses classes;
    private final Notifications notifications;

    @Inject
    PluginPages(Presenter presenter, PageRenderer renderer, PublicForms forms, NewsService news,
                ContentEvents events, PluginClasses classes, Notifications notifications) {
        this.presenter = presenter;
        this.renderer = renderer;
        this.forms = forms;
        this.news = news;
        this.events = events;
        this.classes = classes;
        this.notifications = notifications;
    }

    /**
     * Declares a plugin's pages of a site in a language on core's router: its declared own pages, then the routes
     * it programs.
     */
    public void declare(SitePlugin plugin, SiteRouter router) {
        plugin.pages().forEach(own -> router.page(own.path(), serve(own)));
        plugin.routes(new PluginRoutes(plugin, router, this, classes));
    }

    /** A plugin's handler, as core's routes serve it. */
    PageHandler serve(SiteHandler handler) {
        return (ctx, request) -> handler.handle(new Page(ctx, request));
    }

    /** A page the plugin declares: its template, given its shared part. */
    private PageHandler serve(OwnPage own) {
        return (ctx, request) -> {
            OwnPageView view = ownPage(request, own.name(), own.items());
            new Page(ctx, request).render(own.name(), view, view);
        };
    }

    private OwnPageView ownPage(SiteRequest request, String name, List<String> items) {
        Texts t = presenter.texts(request);
        var cards = presenter.cards(news.latestOfSite(request.site().code(), request.language(), LATEST), request);
        return new OwnPageView(t, t.get(name + ".title"), t.get(name + ".lead"), items.stream().map(t::get).toList(),
                renderer.tag("latest", Map.of("heading", t.get(name + ".news"), "cards", cards,
                        "emptyText", t.get("news.none"), "newsUrl", request.url("/news"),
                        "allNews", t.get("home.allNews"))));
    }

    /** One request, as the plugin sees it. */
    private final class Page implements SitePage {

        private final Context ctx;
        private final SiteRequest request;
        /** The page's path within the site, the same in each of its languages: the language switcher's target. */
        private final String path;
        private boolean indexable = true;

        Page(Context ctx, SiteRequest request) {
            this.ctx = ctx;
            this.request = request;
            String base = request.url("");
            this.path = ctx.path().length() > base.length() ? ctx.path().substring(base.length() - 1) : "";
        }

        @Override
        public String siteCode() {
            return request.site().code();
        }

        @Override
        public String url(String path) {
            return request.url(path);
        }

        @Override
        public String param(String name) {
            String value = ctx.formParam(name);
            if (value == null) {
                value = ctx.queryParam(name);
            }
            return value == null ? "" : value;
        }

        @Override
        public List<String> params(String name) {
            List<String> sent = ctx.formParams(name);
            return sent.isEmpty() ? ctx.queryParams(name) : sent;
        }

        @Override
        public String pathParam(String name) {
            return ctx.pathParam(name);
        }

        @Override
        public void status(int status) {
            ctx.status(HttpStatus.forStatus(status));
        }

        @Override
        public void redirect(String path) {
            ctx.redirect(request.url(path), HttpStatus.SEE_OTHER);
        }

        @Override
        public void changed() {
            events.changed(ContentChanged.of(siteCode(), ContentChanged.Item.anyOf(ContentChanged.Item.PLUGIN)));
        }

        @Override
        public void notifyTeam(String subjectKey, String textKey, Object... arguments) {
            try {
                notifications.formAnswered(siteCode(), subjectKey, textKey, arguments);
            } catch (RuntimeException e) {
                // The visitor's answer is kept: a notice that cannot be written is the team's loss, told in the log.
                LOG.error("Cannot write the notice of a form's answer on {} ({}, {})", siteCode(), subjectKey, textKey,
                        e);
            }
        }

        @Override
        public String language() {
            return request.language().code();
        }

        @Override
        public Locale locale() {
            return request.language().locale();
        }

        @Override
        public Texts texts() {
            return presenter.texts(request);
        }

        @Override
        public String date(LocalDate date) {
            return presenter.date(date, request.language()).text();
        }

        @Override
        public String formToken() {
            return forms.token(ctx);
        }

        @Override
        public boolean fromThisSite() {
            return forms.fromThisSite(ctx);
        }

        @Override
        public OwnPageView ownPage(String name) {
            return PluginPages.this.ownPage(request, name, List.of());
        }

        @Override
        public int pageNumber() {
            return Paging.of(ctx).page();
        }

        @Override
        public Content pagination(long total, int size) {
            var slice = new Slice<>(List.of(), new PageRequest(pageNumber(), size), total);
            // A map that takes null: a listing of one page has no pagination, and the tag then renders nothing.
            return renderer.tag("pagination", Collections.singletonMap("pagination",
                    presenter.pagination(slice, request.url(path), request)));
        }

        @Override
        public void noindex() {
            indexable = false;
        }

        @Override
        public void render(String template, Object view, String title, String description) {
            renderer.render(ctx, request.site(), template, view,
                    presenter.layout(request, title, description, language -> path, indexable));
        }
    }
}
