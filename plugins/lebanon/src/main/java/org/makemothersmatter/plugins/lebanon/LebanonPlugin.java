package org.makemothersmatter.plugins.lebanon;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.NavigationEntry;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.SiteRequest;
import org.makemothersmatter.core.plugin.SiteRoutes;
import org.makemothersmatter.core.web.OwnPages;

/**
 * MMM Lebanon: its subsite in French, English and Arabic (right to left), content under content/lebanon/,
 * and its solidarity appeal.
 */
public final class LebanonPlugin implements SitePlugin {

    private static final Site SITE = new Site("lebanon", "MMM Lebanon", List.of(Language.FRENCH, Language.ENGLISH, Language.of("ar")), false);
    private static final String SOLIDARITY = "/solidarity";

    private final Provider<OwnPages> pages;

    @Inject
    LebanonPlugin(Provider<OwnPages> pages) {
        this.pages = pages;
    }

    @Override
    public Site site() {
        return SITE;
    }

    @Override
    public void routes(SiteRoutes routes) {
        routes.page(SOLIDARITY, this::solidarity);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(SOLIDARITY, "nav.solidarity"));
    }

    /** Solidarity with Lebanon: who MMM Lebanon is, its appeal, and its latest news. */
    private void solidarity(Context ctx, SiteRequest request) {
        pages.get().render(ctx, request, "solidarity", pages.get().view(request, "solidarity"), SOLIDARITY);
    }
}
