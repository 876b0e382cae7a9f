package org.makemothersmatter.core.web.routes;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Page;
import org.makemothersmatter.core.plugin.SiteRequest;
import org.makemothersmatter.core.service.SiteContentService;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
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

    public void page(Context ctx, SiteRequest request) {
        Language language = request.language();
        String slug = ctx.pathParam("slug");
        List<Page> translations = content.pageTranslations(request.site().code(), slug, language);
        if (translations.isEmpty()) {
            throw new NotFoundResponse();
        }
        Map<Language, Page> byLanguage = translations.stream()
                .collect(Collectors.toMap(Page::language, Function.identity()));
        Page original = byLanguage.getOrDefault(request.site().defaultLanguage(), translations.get(0));
        Page shown = byLanguage.getOrDefault(language, original);
        if (shown.language().equals(language) && !shown.slug().equals(slug)) {
            ctx.redirect(request.url("/pages/" + shown.slug()), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        var view = new StaticPageView(presenter.texts(request), shown.title(),
                Presenter.langIfOther(shown.language(), language),
                presenter.body(shown.bodyHtml(), shown.language(), request));
        renderer.render(ctx, request.site(), "page", view, presenter.layout(request, shown.title(), shown.title(),
                l -> "/pages/" + byLanguage.getOrDefault(l, original).slug(), true));
    }
}
