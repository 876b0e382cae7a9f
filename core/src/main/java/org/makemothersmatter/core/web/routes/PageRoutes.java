package org.makemothersmatter.core.web.routes;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Page;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.service.SiteContentService;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.view.StaticPageView;

/** A site's static pages (mission, statutes, charter...), with the same language rules as articles. */
public final class PageRoutes {

    private final SiteContentService content;
    private final Presenter presenter;
    private final PageRenderer renderer;

    @Inject
    public PageRoutes(SiteContentService content, Presenter presenter, PageRenderer renderer) {
        this.content = content;
        this.presenter = presenter;
        this.renderer = renderer;
    }

    /**
     * A page by the slug of any of its translations, current or former. If the page has another slug in
     * the requested language, or its slug has changed, the visitor is sent to the current address.
     */
    public void page(Context ctx, SiteRequest request) {
        String slug = ctx.pathParam("slug");
        List<Page> translations = content.pageTranslations(request.site().code(), slug, request.language());
        if (translations.isEmpty()) {
            throw new NotFoundResponse();
        }
        Page shown = in(translations, request.language(), request.site());
        if (!shown.slug().equals(slug)) {
            ctx.redirect(request.url("/pages/" + shown.slug()), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        render(ctx, request, translations, true);
    }

    /** A page, given as its translations; not indexable when it is a preview of what is not public. */
    public void render(Context ctx, SiteRequest request, List<Page> translations, boolean indexable) {
        Language language = request.language();
        Page shown = in(translations, language, request.site());
        var view = new StaticPageView(presenter.texts(request), shown.title(),
                Presenter.langIfOther(shown.language(), language),
                presenter.body(shown.bodyHtml(), shown.language(), request));
        String path = "/pages/" + shown.slug();
        renderer.render(ctx, request.site(), "page", view, presenter.sharedAs(presenter.layout(request, shown.title(),
                        shown.title(), l -> "/pages/" + in(translations, l, request.site()).slug(), indexable),
                request, "website", List.of(presenter.breadcrumbs(request, List.of(shown.title()), List.of(path)))));
    }

    /** The translation in that language if there is one, else the one in the site's first language, else any. */
    private static Page in(List<Page> translations, Language language, Site site) {
        return translations.stream().filter(p -> p.language().equals(language)).findFirst()
                .or(() -> translations.stream().filter(p -> p.language().equals(site.defaultLanguage())).findFirst())
                .orElse(translations.get(0));
    }
}
