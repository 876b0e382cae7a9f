package org.makemothersmatter.core.plugin;

import com.google.inject.AbstractModule;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.testkit.TestNetworkSite;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
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

    static final class Testland implements SitePlugin {
        private final Provider<Presenter> presenter;
        private final Provider<PageRenderer> renderer;

        @Inject
        Testland(Provider<Presenter> presenter, Provider<PageRenderer> renderer) {
            this.presenter = presenter;
            this.renderer = renderer;
        }

        @Override
        public Site site() {
            return new Site("testland", "MMM Testland", List.of(Language.ENGLISH, Language.FRENCH), false);
        }

        @Override
        public void routes(SiteRoutes routes) {
            routes.get("/own", (ctx, request) -> renderer.get().render(ctx, request.site(), "own",
                    new StaticPageView(presenter.get().texts(request), "Our own page", null, new Body("", null, null)),
                    presenter.get().layout(request, "Our own page", "A page of Testland", language -> "/own", true)));
        }

        @Override
        public List<NavigationEntry> navigation() {
            return List.of(new NavigationEntry("/own", "nav.own"));
        }
    }
}
