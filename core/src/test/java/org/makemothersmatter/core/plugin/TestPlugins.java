package org.makemothersmatter.core.plugin;

import com.google.inject.AbstractModule;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.store.PluginDatabases;
import org.makemothersmatter.core.testkit.TestNetworkSite;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.PublicForms;
import org.makemothersmatter.core.web.view.Body;
import org.makemothersmatter.core.web.view.StaticPageView;

/** A minimal network: an international site and one association that adds a page and replaces a template. */
final class TestPlugins extends AbstractModule {

    @Override
    protected void configure() {
        install(new TestNetworkSite());
        SitePlugins.register(binder(), Testland.class);
        SitePlugins.register(binder(), Otherland.class);
    }

    /** Another association, whose editors must not touch Testland. */
    static final class Otherland implements SitePlugin {
        @Override
        public Site site() {
            return new Site("otherland", "MMM Otherland", List.of(Language.FRENCH), false);
        }
    }

    /** Adds a page, a form whose notes it keeps in a table of its own, and a back-office page that lists them. */
    static final class Testland implements SitePlugin {
        private final Provider<Presenter> presenter;
        private final Provider<PageRenderer> renderer;
        private final Provider<PublicForms> forms;
        private final Provider<PluginDatabases> databases;

        @Inject
        Testland(Provider<Presenter> presenter, Provider<PageRenderer> renderer, Provider<PublicForms> forms,
                 Provider<PluginDatabases> databases) {
            this.presenter = presenter;
            this.renderer = renderer;
            this.forms = forms;
            this.databases = databases;
        }

        /** Its own database, where its notes are. */
        private Jdbi jdbi() {
            return databases.get().jdbi("testland");
        }

        @Override
        public Site site() {
            return new Site("testland", "MMM Testland", List.of(Language.ENGLISH, Language.FRENCH), false);
        }

        @Override
        public void routes(SiteRoutes routes) {
            routes.get("/own", (ctx, request) -> {
                String form = "<form method=\"post\" action=\"" + request.url("/own") + "\"><input type=\"hidden\" "
                        + "name=\"_csrf\" value=\"" + forms.get().token(ctx) + "\"><input name=\"note\" "
                        + "aria-label=\"Note\"><button>Send</button></form>";
                renderer.get().render(ctx, request.site(), "own",
                        new StaticPageView(presenter.get().texts(request), "Our own page", null, new Body(form, null, null)),
                        presenter.get().layout(request, "Our own page", "A page of Testland", language -> "/own", true));
            });
            routes.post("/own", (ctx, request) -> {
                if (!forms.get().fromThisSite(ctx)) {
                    ctx.status(422).result("Send the form again");
                    return;
                }
                jdbi().useHandle(h -> h.createUpdate("INSERT INTO testland_note (text) VALUES (:text)")
                        .bind("text", ctx.formParam("note")).execute());
                ctx.redirect(request.url("/own"), HttpStatus.SEE_OTHER);
            });
        }

        @Override
        public void adminRoutes(SiteAdminRoutes routes) {
            routes.page("/notes", "Testland notes", (ctx, request) -> request.render("testland/admin-notes.jte",
                    new NotesView(jdbi().withHandle(h -> h.createQuery("SELECT text FROM testland_note ORDER BY id")
                            .mapTo(String.class).list())), request.frame("Testland notes", null)));
        }

        @Override
        public List<NavigationEntry> navigation() {
            return List.of(new NavigationEntry("/own", "nav.own"));
        }
    }
}
