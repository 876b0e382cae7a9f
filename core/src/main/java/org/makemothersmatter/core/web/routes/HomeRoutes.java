package org.makemothersmatter.core.web.routes;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.makemothersmatter.core.model.Association;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Page;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.service.NewsService;
import org.makemothersmatter.core.service.SiteContentService;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.Addresses;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.view.AssociationCard;
import org.makemothersmatter.core.web.view.AssociationHomeView;
import org.makemothersmatter.core.web.view.DelegationBlock;
import org.makemothersmatter.core.web.view.HomeView;
import org.makemothersmatter.core.web.view.Link;

/** The home pages: the international site's and each association's. */
public final class HomeRoutes {

    private static final int LATEST = 5;

    private final NewsService news;
    private final SiteContentService content;
    private final Sites sites;
    private final Presenter presenter;
    private final PageRenderer renderer;
    private final Addresses addresses;

    @Inject
    public HomeRoutes(NewsService news, SiteContentService content, Sites sites, Presenter presenter,
                      PageRenderer renderer, Addresses addresses) {
        this.news = news;
        this.content = content;
        this.sites = sites;
        this.presenter = presenter;
        this.renderer = renderer;
        this.addresses = addresses;
    }

    public void network(Context ctx, SiteRequest request) {
        Language language = request.language();
        Texts t = presenter.texts(request);
        Page intro = content.pageByKey(request.site().code(), SiteContentService.HOME_PAGE, language)
                .orElseThrow(NotFoundResponse::new);
        List<DelegationBlock> delegations = content.delegations(language).stream()
                .map(d -> new DelegationBlock(d.name(), request.url("/advocacy/" + d.code()), d.summary(),
                        Presenter.langIfOther(d.language(), language), List.of(), null))
                .toList();
        var view = new HomeView(t, t.get("site.name"), presenter.body(intro.bodyHtml(), intro.language(), request),
                presenter.cards(news.latestOnNetwork(language, LATEST), request),
                request.url("/news"), delegations, request.url("/advocacy"),
                associationCards(request), request.url("/national-mmm"));
        renderer.render(ctx, request.site(), "home", view,
                presenter.layout(request, t.get("site.name"), t.get("site.description"), l -> "", true));
    }

    public void association(Context ctx, SiteRequest request) {
        Language language = request.language();
        Texts t = presenter.texts(request);
        Association association = content.association(request.site().code(), language)
                .orElseThrow(NotFoundResponse::new);
        List<Link> pages = content.pages(request.site().code(), language).stream()
                .map(p -> Link.of(p.title(), request.url("/pages/" + p.slug()), false,
                        Presenter.langIfOther(p.language(), language)))
                .toList();
        var view = new AssociationHomeView(t, association.name(), association.summary(),
                Presenter.langIfOther(association.language(), language),
                presenter.body(association.bodyHtml(), association.language(), request), pages,
                presenter.cards(news.latestOfSite(request.site().code(), language, LATEST), request),
                request.url("/news"));
        renderer.render(ctx, request.site(), "association-home", view,
                presenter.layout(request, association.name(), association.summary(), l -> "", true));
    }

    /** Every association, linking to its subsite in the page's language when the subsite has it. */
    List<AssociationCard> associationCards(SiteRequest request) {
        Language language = request.language();
        return content.associations(language).stream()
                .flatMap(a -> sites.find(a.site()).stream().map(site -> new AssociationCard(a.name(),
                        addresses.link(request, site, ""),
                        a.summary(), Presenter.langIfOther(a.language(), language))))
                .toList();
    }
}
