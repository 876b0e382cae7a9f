package org.makemothersmatter.core.web.routes;

import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import org.makemothersmatter.core.feeds.FeedFormat;
import org.makemothersmatter.core.feeds.Feeds;
import org.makemothersmatter.core.model.Delegation;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.service.SiteContentService;
import org.makemothersmatter.core.web.SiteRouter;

/** The feeds of a site in a language: its news, and on the international site each delegation's. */
public final class FeedRoutes {

    private final Feeds feeds;
    private final SiteContentService content;

    @Inject
    public FeedRoutes(Feeds feeds, SiteContentService content) {
        this.feeds = feeds;
        this.content = content;
    }

    /** Declares them kept pages: rendered again after a change of the site's content, as the listings are. */
    public void declare(SiteRouter router, Site site) {
        for (FeedFormat format : FeedFormat.values()) {
            router.page(Feeds.path("", format), (ctx, request) -> feeds.news(ctx, request, format));
            if (site.network()) {
                router.page(Feeds.path("/advocacy/{code}", format), (ctx, request) -> {
                    Delegation delegation = content.delegation(ctx.pathParam("code"), request.language())
                            .orElseThrow(NotFoundResponse::new);
                    feeds.delegation(ctx, request, format, delegation.code(), delegation.section(), delegation.name());
                });
            }
        }
    }
}
