package org.makemothersmatter.plugins.mali;

import gg.jte.Content;
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
import org.makemothersmatter.core.web.LatestNews;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.Texts;

/** MMM Mali: its subsite, content under content/mali/, and its page on its training and counselling. */
public final class MaliPlugin implements SitePlugin {

    private static final Site SITE = new Site("mali", "MMM Mali", List.of(Language.FRENCH, Language.ENGLISH), false);
    private static final String PROGRAMMES = "/programmes";
    /** The areas MMM Mali works through, as keys of its message bundles. */
    private static final List<String> AREAS = List.of("programmes.area.training", "programmes.area.awareness",
            "programmes.area.counselling", "programmes.area.assistance");
    private static final int LATEST = 3;

    private final Provider<Presenter> presenter;
    private final Provider<PageRenderer> renderer;
    private final Provider<LatestNews> news;

    @Inject
    MaliPlugin(Provider<Presenter> presenter, Provider<PageRenderer> renderer, Provider<LatestNews> news) {
        this.presenter = presenter;
        this.renderer = renderer;
        this.news = news;
    }

    @Override
    public Site site() {
        return SITE;
    }

    @Override
    public void routes(SiteRoutes routes) {
        routes.get(PROGRAMMES, this::programmes);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(PROGRAMMES, "nav.programmes"));
    }

    /** Training and counselling: the areas MMM Mali works through, and its latest news. */
    private void programmes(Context ctx, SiteRequest request) {
        Presenter presenter = this.presenter.get();
        Texts t = presenter.texts(request);
        Content latest = news.get().cards(request, LATEST, 3);
        var view = new ProgrammesView(t, t.get("programmes.title"), AREAS.stream().map(t::get).toList(),
                latest, t.get("news.none"), request.url("/news"));
        renderer.get().render(ctx, SITE, "programmes", view,
                presenter.layout(request, view.title(), t.get("programmes.lead"), language -> PROGRAMMES, true));
    }
}
