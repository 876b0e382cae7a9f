package org.makemothersmatter.core.web.routes;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.makemothersmatter.core.feeds.Feeds;
import org.makemothersmatter.core.documents.Documents;
import org.makemothersmatter.core.model.ArticleSummary;
import org.makemothersmatter.core.model.Delegation;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Page;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.service.NewsService;
import org.makemothersmatter.core.service.SiteContentService;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.view.AdvocacyView;
import org.makemothersmatter.core.web.view.DelegationBlock;
import org.makemothersmatter.core.web.view.DelegationView;
import org.makemothersmatter.core.web.view.DirectoryView;

/** The pages only the international site has: advocacy, each delegation, the National MMM directory. */
public final class NetworkRoutes {

    private static final int PER_DELEGATION = 2;
    private static final int LATEST = 6;
    /** The latest statements and reports a delegation's page lists. */
    static final int DOCUMENTS = 20;

    private final NewsService news;
    private final SiteContentService content;
    private final Documents documents;
    private final HomeRoutes home;
    private final Presenter presenter;
    private final PageRenderer renderer;

    @Inject
    public NetworkRoutes(NewsService news, SiteContentService content, Documents documents, HomeRoutes home,
                         Presenter presenter, PageRenderer renderer) {
        this.news = news;
        this.content = content;
        this.documents = documents;
        this.home = home;
        this.presenter = presenter;
        this.renderer = renderer;
    }

    public void advocacy(Context ctx, SiteRequest request) {
        Language language = request.language();
        Texts t = presenter.texts(request);
        Page intro = keyedPage(request, SiteContentService.ADVOCACY_PAGE);
        // One listing query per delegation, a fixed three whatever the number of articles; the latest news
        // of all delegations together is merged from them rather than asked of the database again.
        List<DelegationBlock> delegations = new ArrayList<>();
        List<ArticleSummary> latest = new ArrayList<>();
        for (Delegation d : content.delegations(language)) {
            List<ArticleSummary> news = this.news.latestOfDelegation(d.section(), language, LATEST);
            latest.addAll(news);
            delegations.add(new DelegationBlock(d.name(), request.url("/advocacy/" + d.code()), d.summary(),
                    Presenter.langIfOther(d.language(), language),
                    presenter.cards(news.subList(0, Math.min(PER_DELEGATION, news.size())), request),
                    t.format("advocacy.more", d.name())));
        }
        latest.sort(Comparator.comparing(ArticleSummary::publishedOn).thenComparing(ArticleSummary::id).reversed());
        var view = new AdvocacyView(t, intro.title(), Presenter.langIfOther(intro.language(), language),
                presenter.body(intro.bodyHtml(), intro.language(), request), delegations,
                presenter.cards(latest.subList(0, Math.min(LATEST, latest.size())), request));
        renderer.render(ctx, request.site(), "advocacy", view,
                presenter.layout(request, intro.title(), t.get("advocacy.description"), l -> "/advocacy", true));
    }

    public void delegation(Context ctx, SiteRequest request) {
        Delegation delegation = content.delegation(ctx.pathParam("code"), request.language())
                .orElseThrow(NotFoundResponse::new);
        PageRenderer.answer(ctx, delegationPage(request, delegation,
                news.ofDelegation(delegation.section(), request.language(), Paging.of(ctx))));
    }

    /** Every page of every delegation in the request's language, in one pass each. */
    public void eachDelegationPage(SiteRequest request, PageSink sink) {
        for (Delegation delegation : content.delegations(request.language())) {
            String base = request.url("/advocacy/" + delegation.code());
            news.eachPageOfDelegation(delegation.section(), request.language(), Paging.PAGE_SIZE, slice -> sink.page(
                    Presenter.pageUrl(base, slice.request().page()), () -> delegationPage(request, delegation, slice)));
        }
    }

    private byte[] delegationPage(SiteRequest request, Delegation delegation, Slice<ArticleSummary> slice) {
        Language language = request.language();
        Texts t = presenter.texts(request);
        int number = slice.request().page();
        String path = "/advocacy/" + delegation.code();
        var view = new DelegationView(t, delegation.name(), Presenter.langIfOther(delegation.language(), language),
                delegation.summary(), presenter.body(delegation.bodyHtml(), delegation.language(), request),
                presenter.cards(slice.items(), request), presenter.pagination(slice, request.url(path), request),
                slice.items().isEmpty() ? t.get(number == 1 ? "news.none" : "news.beyond") : null,
                number > 1 ? List.of() : presenter.documents(documents.ofDelegation(delegation.section(), DOCUMENTS),
                        request));
        return renderer.render(request.site(), "delegation", view,
                presenter.sharedAs(presenter.layout(request, delegation.name(), delegation.summary(), l -> path,
                        !slice.items().isEmpty() || number == 1), request, "website", List.of(presenter.breadcrumbs(
                        request, List.of(t.get("nav.advocacy"), delegation.name()), List.of("/advocacy", path))))
                        .withFeeds(Feeds.links(request, path, Feeds.title(delegation.name(), t))));
    }

    public void directory(Context ctx, SiteRequest request) {
        Language language = request.language();
        Texts t = presenter.texts(request);
        Page intro = keyedPage(request, SiteContentService.DIRECTORY_PAGE);
        var view = new DirectoryView(t, intro.title(), Presenter.langIfOther(intro.language(), language),
                presenter.body(intro.bodyHtml(), intro.language(), request), home.associationCards(request),
                presenter.cards(news.latestNational(language, LATEST), request));
        renderer.render(ctx, request.site(), "directory", view,
                presenter.layout(request, intro.title(), t.get("directory.description"), l -> "/national-mmm", true));
    }

    private Page keyedPage(SiteRequest request, String key) {
        return content.pageByKey(request.site().code(), key, request.language()).orElseThrow(NotFoundResponse::new);
    }
}
