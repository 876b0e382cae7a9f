package org.makemothersmatter.plugins.mali;

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
import org.makemothersmatter.core.web.view.OwnPageView;

/** MMM Mali: its subsite, content under content/mali/, and its page on its training and counselling. */
public final class MaliPlugin implements SitePlugin {

    private static final Site SITE = new Site("mali", "MMM Mali", List.of(Language.FRENCH, Language.ENGLISH), false);
    private static final String PROGRAMMES = "/programmes";
    /** The areas MMM Mali works through, as keys of its message bundles. */
    private static final List<String> AREAS = List.of("programmes.area.training", "programmes.area.awareness",
            "programmes.area.counselling", "programmes.area.assistance");

    private final Provider<OwnPages> pages;

    @Inject
    MaliPlugin(Provider<OwnPages> pages) {
        this.pages = pages;
    }

    @Override
    public Site site() {
        return SITE;
    }

    @Override
    public void routes(SiteRoutes routes) {
        routes.page(PROGRAMMES, this::programmes);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(PROGRAMMES, "nav.programmes"));
    }

    /** Training and counselling: the areas MMM Mali works through, and its latest news. */
    private void programmes(Context ctx, SiteRequest request) {
        OwnPageView page = pages.get().view(request, "programmes");
        var view = new ProgrammesView(page, AREAS.stream().map(page.t()::get).toList());
        pages.get().render(ctx, request, "programmes", view, page, PROGRAMMES);
    }
}
