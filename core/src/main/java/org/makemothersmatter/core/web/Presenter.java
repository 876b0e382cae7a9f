package org.makemothersmatter.core.web;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.makemothersmatter.core.feeds.Feeds;
import org.makemothersmatter.core.documents.Document;
import org.makemothersmatter.core.media.Images;
import org.makemothersmatter.core.model.ArticleSummary;
import org.makemothersmatter.core.model.FeaturedImage;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Page;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.plugin.NavigationEntry;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.service.SiteContentService;
import org.makemothersmatter.core.sharing.StructuredData;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.assets.Assets;
import org.makemothersmatter.core.web.view.Alternate;
import org.makemothersmatter.core.web.view.ArticleCard;
import org.makemothersmatter.core.web.view.Body;
import org.makemothersmatter.core.web.view.DateView;
import org.makemothersmatter.core.web.view.DocumentLink;
import org.makemothersmatter.core.web.view.LanguageLink;
import org.makemothersmatter.core.web.view.Layout;
import org.makemothersmatter.core.web.view.Link;
import org.makemothersmatter.core.web.view.Notice;
import org.makemothersmatter.core.web.view.Pagination;
import org.makemothersmatter.core.web.view.Picture;
import org.makemothersmatter.core.web.view.Sharing;

/**
 * Turns models into what templates show: localised dates, article cards with their links, translation
 * notices, pagination, and the page frame (navigation, language switcher, alternates).
 */
@Singleton
public final class Presenter {

    private final Sites sites;
    private final Messages messages;
    private final SiteContentService content;
    private final Addresses addresses;
    private final PageRenderer renderer;
    private final Assets assets;
    /** Each language's long date format, looked up once: a listing shows a date per card. */
    private final Map<Language, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();

    @Inject
    public Presenter(Sites sites, Messages messages, SiteContentService content, Addresses addresses,
                     PageRenderer renderer, Assets assets) {
        this.sites = sites;
        this.messages = messages;
        this.content = content;
        this.addresses = addresses;
        this.renderer = renderer;
        this.assets = assets;
    }

    public Texts texts(SiteRequest request) {
        return messages.of(request.site(), request.language());
    }

    public DateView date(LocalDate date, Language language) {
        return new DateView(date.toString(), dateFormats.computeIfAbsent(language,
                l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l.locale())).format(date));
    }

    /** The lang attribute a piece of content needs: its language if it is not the page's, else none. */
    public static String langIfOther(Language content, Language page) {
        return content.equals(page) ? null : content.code();
    }

    /** A file's size as people read it in a language: "245 KB", "1.2 MB" (its units from {@code size.kb}, {@code size.mb}). */
    public static String size(long bytes, Texts t, Language language) {
        NumberFormat number = NumberFormat.getNumberInstance(language.locale());
        if (bytes < 1024 * 1024) {
            return t.format("size.kb", number.format(Math.max(1, (bytes + 1023) / 1024)));
        }
        number.setMaximumFractionDigits(1);
        return t.format("size.mb", number.format(bytes / (1024.0 * 1024)));
    }

    /** Sanitized HTML in the page's language, or the original with a notice that the translation is missing. */
    public Body body(String html, Language content, SiteRequest request) {
        if (content.equals(request.language())) {
            return new Body(html, null, null);
        }
        Texts t = texts(request);
        return new Body(html, content.code(),
                new Notice(t.format("notice.missingTranslation", languageName(content, request.language()))));
    }

    /** Article cards, each shown with the site's card template. */
    public List<ArticleCard> cards(List<ArticleSummary> articles, SiteRequest request) {
        Texts t = texts(request);
        Language language = request.language();
        ArticleCard.Template template = (card, level) -> renderer.card(request.site(), card, level);
        return articles.stream().map(a -> new ArticleCard(
                a.title(),
                articleUrl(request, a.site(), a.slug()),
                date(a.publishedOn(), language),
                a.excerpt(),
                a.section().isDelegation() ? t.get("section." + a.section().code()) : null,
                langIfOther(a.language(), language),
                a.language().equals(language) ? null
                        : t.format("card.inLanguage", languageName(a.language(), language)),
                t.get("news.readMore"), picture(a.image(), Images.CARD_WIDTH), template)).toList();
    }

    /** Statements and reports as a page lists them: each linked to its file, with what the file is. */
    public List<DocumentLink> documents(List<Document> documents, SiteRequest request) {
        Texts t = texts(request);
        Language language = request.language();
        return documents.stream().map(d -> new DocumentLink(d.title(), d.url(), langIfOther(d.language(), language),
                t.format("document.meta", size(d.sizeBytes(), t, language)), date(d.issuedOn(), language),
                d.symbol())).toList();
    }

    /**
     * How a page shows a featured image at most {@code wanted} wide (one of the widths images are served at): the
     * variant of that width, or of the image's own if narrower; null for no image.
     */
    public static Picture picture(FeaturedImage image, int wanted) {
        if (image == null) {
            return null;
        }
        int width = Images.variantWidth(image.width(), wanted);
        return new Picture("/media/" + image.id() + "/" + width, image.alt(), width, image.heightAt(width));
    }

    /** The page frame of a page shared with this image (null for none), its address made absolute. */
    public Layout layout(SiteRequest request, String title, String description, Function<Language, String> pathIn,
                         boolean indexable, FeaturedImage shared) {
        Layout layout = layout(request, title, description, pathIn, indexable);
        Picture image = picture(shared, Images.SHARE_WIDTH);
        if (image == null) {
            return layout;
        }
        Sharing sharing = layout.sharing();
        return layout.with(new Picture(addresses.shared(request.site(), image.src()), image.alt(), image.width(),
                image.height()), new Sharing(sharing.type(), sharing.title(), sharing.locale(),
                sharing.alternateLocales(), "summary_large_image", sharing.jsonLd()));
    }

    /**
     * The frame of a page that is more than a website's page (an {@code article}, as Open Graph has it), with its
     * own schema.org nodes beside the NGO's.
     */
    public Layout sharedAs(Layout layout, SiteRequest request, String type, List<ObjectNode> nodes) {
        Sharing sharing = layout.sharing();
        return layout.with(layout.sharedImage(), new Sharing(type, sharing.title(), sharing.locale(),
                sharing.alternateLocales(), sharing.card(), structuredData(request, nodes)));
    }

    /** The NGO every page is published by, as schema.org describes it; the same node, by its id, on every page. */
    public ObjectNode organization(SiteRequest request) {
        Site network = sites.network();
        Texts t = messages.of(network, network.shownIn(request.language()));
        return StructuredData.organization(organizationId(), t.get(Messages.SITE_NAME),
                addresses.absolute(network, network.shownIn(request.language()), ""),
                addresses.shared(network, assets.url("/assets/core/favicon.svg")), t.get("site.description"),
                t.get("site.consultativeStatus"));
    }

    /** The id by which the pages' data name the NGO as author or publisher. */
    public String organizationId() {
        return addresses.shared(sites.network(), "/#organization");
    }

    /**
     * The trail to a page, from the site's home: each step's name and path in the site (the page's own last), as
     * schema.org's breadcrumbs.
     */
    public ObjectNode breadcrumbs(SiteRequest request, List<String> names, List<String> paths) {
        List<String> allNames = new ArrayList<>(List.of(texts(request).get("nav.home")));
        allNames.addAll(names);
        List<String> urls = new ArrayList<>(List.of(addresses.absolute(request.site(), request.language(), "")));
        paths.forEach(path -> urls.add(addresses.absolute(request.site(), request.language(), path)));
        return StructuredData.breadcrumbs(allNames, urls);
    }

    private String structuredData(SiteRequest request, List<ObjectNode> nodes) {
        List<ObjectNode> graph = new ArrayList<>(List.of(organization(request)));
        graph.addAll(nodes);
        return StructuredData.script(graph);
    }

    /** The locale Open Graph names a language by: language and region, as {@code en_GB}. */
    private static String openGraphLocale(Language language) {
        return language.locale().toString();
    }

    /**
     * Where an article lives: on its own site, in the page's language if that site publishes in it; null (a card
     * without a link) for what a site the settings no longer host shared with the network.
     */
    public String articleUrl(SiteRequest from, String siteCode, String slug) {
        return sites.find(siteCode).map(site -> addresses.link(from, site, "/news/" + slug)).orElse(null);
    }

    public Pagination pagination(Slice<?> slice, String baseUrl, SiteRequest request) {
        Texts t = texts(request);
        int page = slice.request().page();
        if (slice.pageCount() <= 1 && page == 1) {
            return null;
        }
        return new Pagination(
                t.get("pagination.label"),
                t.format("pagination.status", page, slice.pageCount()),
                slice.hasPrevious() ? pageUrl(baseUrl, Math.min(page - 1, slice.pageCount())) : null,
                t.get("pagination.previous"),
                slice.hasNext() ? pageUrl(baseUrl, page + 1) : null,
                t.get("pagination.next"));
    }

    /** The address of a listing's page: its base address for the first. */
    public static String pageUrl(String baseUrl, int page) {
        return page == 1 ? baseUrl : baseUrl + "?page=" + page;
    }

    /**
     * The page frame. {@code pathIn} gives the page's path (after the language segment) in each language of
     * the site, so that the switcher and the alternates lead to the same page in the other languages.
     */
    public Layout layout(SiteRequest request, String title, String description, Function<Language, String> pathIn,
                         boolean indexable) {
        Site site = request.site();
        Language language = request.language();
        Texts t = texts(request);
        String currentUrl = request.url(pathIn.apply(language));
        List<Alternate> alternates = new ArrayList<>();
        List<LanguageLink> switcher = new ArrayList<>();
        for (Language other : site.languages()) {
            alternates.add(new Alternate(other.code(), addresses.absolute(site, other, pathIn.apply(other))));
            switcher.add(new LanguageLink(other.code(), other.nativeName(), request.in(other).url(pathIn.apply(other)),
                    other.equals(language) ? "true" : null));
        }
        alternates.add(new Alternate("x-default",
                addresses.absolute(site, site.defaultLanguage(), pathIn.apply(site.defaultLanguage()))));
        String siteName = t.get(Messages.SITE_NAME);
        Sharing sharing = new Sharing("website", title, openGraphLocale(language), site.languages().stream()
                .filter(other -> !other.equals(language)).map(Presenter::openGraphLocale).toList(), "summary",
                structuredData(request, List.of()));
        return new Layout(language.code(), language.dir(),
                title.equals(siteName) ? title : title + " – " + siteName,
                description, addresses.absolute(site, language, pathIn.apply(language)), alternates, siteName,
                request.url(""), addresses.link(request, sites.network(), ""),
                t.get("site.network"), navigation(request, currentUrl), switcher,
                assets.site(site), indexable ? null : "noindex", request.previewOf(), null,
                Feeds.newsLinks(request, t), sharing, t);
    }

    private List<Link> navigation(SiteRequest request, String currentUrl) {
        Texts t = texts(request);
        List<Link> links = new ArrayList<>();
        links.add(link(t.get("nav.home"), request.url(""), currentUrl));
        links.add(link(t.get("nav.news"), request.url("/news"), currentUrl));
        links.add(link(t.get("nav.calendar"), request.url("/calendar"), currentUrl));
        if (request.site().network()) {
            links.add(link(t.get("nav.advocacy"), request.url("/advocacy"), currentUrl));
            links.add(link(t.get("nav.national"), request.url("/national-mmm"), currentUrl));
            links.add(link(t.get("nav.themes"), request.url("/themes"), currentUrl));
        } else {
            for (Page page : content.pages(request.site().code(), request.language())) {
                String url = request.url("/pages/" + page.slug());
                links.add(Link.of(page.title(), url, currentUrl.equals(url),
                        langIfOther(page.language(), request.language())));
            }
        }
        for (NavigationEntry entry : sites.navigation(request.site())) {
            links.add(link(t.get(entry.labelKey()), request.url(entry.path()), currentUrl));
        }
        return links;
    }

    private static Link link(String label, String url, String currentUrl) {
        return Link.of(label, url, currentUrl.equals(url) || currentUrl.startsWith(url + "/") && !url.endsWith("/"));
    }

    private static String languageName(Language language, Language in) {
        return language.nameIn(in);
    }

}
