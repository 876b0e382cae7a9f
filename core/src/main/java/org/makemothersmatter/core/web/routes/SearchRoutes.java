package org.makemothersmatter.core.web.routes;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.themes.Themes;
import org.makemothersmatter.core.search.SiteSearch;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.Addresses;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.view.Pagination;
import org.makemothersmatter.core.web.view.SearchView;

/**
 * The search page of each site and language ({@code /en/search?q=...}): across the whole network, the results in the
 * page's language first. Rendered for each request, never kept: its words are the visitor's. A filter value that
 * names nothing known is taken as "any"; words longer than {@link SiteSearch#MAX_LENGTH} are refused with a 414 page
 * that says so.
 */
public final class SearchRoutes {

    private static final int PAGE_SIZE = 10;
    /** A page beyond this is refused: nobody reads the thousandth result, and deep pages cost more. */
    private static final int MAX_PAGE = 100;
    private static final String ANY = "";

    private final SiteSearch search;
    private final Sites sites;
    private final Presenter presenter;
    private final PageRenderer renderer;
    private final Addresses addresses;
    private final Themes themes;

    @Inject
    public SearchRoutes(SiteSearch search, Sites sites, Presenter presenter, PageRenderer renderer,
                        Addresses addresses, Themes themes) {
        this.search = search;
        this.themes = themes;
        this.sites = sites;
        this.presenter = presenter;
        this.renderer = renderer;
        this.addresses = addresses;
    }

    public void page(Context ctx, SiteRequest request) {
        Texts t = presenter.texts(request);
        Language language = request.language();
        String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        int page = page(ctx);
        Map<String, String> sitesByCode = sites.plugins().stream().map(SitePlugin::site)
                .collect(Collectors.toMap(Site::code, Site::name, (a, b) -> a, LinkedHashMap::new));
        Map<String, String> sections = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            sections.put(section.code(), t.get("section." + section.code()));
        }
        Set<Language> languages = new TreeSet<>((a, b) -> a.code().compareTo(b.code()));
        sites.plugins().forEach(plugin -> languages.addAll(plugin.site().languages()));
        Map<String, String> languageNames = languages.stream().collect(Collectors.toMap(Language::code,
                l -> l.labelIn(language), (a, b) -> a, LinkedHashMap::new));

        String site = known(ctx.queryParam("site"), sitesByCode.keySet());
        String section = known(ctx.queryParam("section"), sections.keySet());
        String inLanguage = known(ctx.queryParam("language"), languageNames.keySet());
        Integer year = year(ctx.queryParam("year"));
        Map<String, String> themeNames = new LinkedHashMap<>();
        themes.current().forEach(theme -> themeNames.put(String.valueOf(theme.id()),
                theme.in(language).value().name()));
        String theme = known(ctx.queryParam("theme"), themeNames.keySet());
        SiteSearch.Filters filters = new SiteSearch.Filters(site, section, inLanguage, year,
                theme == null ? null : Long.valueOf(theme));

        boolean tooLong = query.length() > SiteSearch.MAX_LENGTH;
        SiteSearch.Results results = tooLong || query.isEmpty()
                ? search.search("", language, filters, 0, 0)
                : search.search(query, language, filters, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<String, String> years = new LinkedHashMap<>();
        results.years().forEach(y -> years.put(y.toString(), y.toString()));
        if (year != null) {
            years.putIfAbsent(year.toString(), year.toString());
        }
        List<SearchView.Filter> filterViews = List.of(
                filter("site", t.get("search.site"), t, sitesByCode, site),
                filter("section", t.get("search.section"), t, sections, section),
                filter("language", t.get("search.language"), t, languageNames, inLanguage),
                filter("year", t.get("search.year"), t, years, year == null ? null : year.toString()),
                filter("theme", t.get("search.theme"), t, themeNames, theme));

        String message;
        if (tooLong) {
            // The status of an address too long to read: the search page, not the generic page of a 400, says why.
            ctx.status(HttpStatus.URI_TOO_LONG);
            message = t.format("search.tooLong", SiteSearch.MAX_LENGTH);
        } else if (query.isEmpty()) {
            message = t.get("search.empty");
        } else if (results.hits().isEmpty()) {
            message = t.get(results.total() == 0 ? "search.none" : "search.beyond");
        } else {
            message = null;
        }
        List<SearchView.Result> found = new ArrayList<>();
        for (SiteSearch.Hit hit : results.hits()) {
            Site of = sites.find(hit.site()).orElse(null);
            if (of == null) {
                continue; // a site the settings no longer host
            }
            String lang = Presenter.langIfOther(hit.language(), language);
            String where = hit.section() != null && sections.containsKey(hit.section())
                    ? of.name() + " · " + sections.get(hit.section()) : of.name();
            // A document is served at the same address on every site; the others at their site's, in its language.
            String url = hit.kind().equals(ContentChanged.Item.DOCUMENT) ? hit.path()
                    : addresses.link(request.in(hit.language()), of, hit.path());
            found.add(new SearchView.Result(url,
                    hit.titleHtml(), hit.snippetHtml(), lang,
                    lang == null ? null : t.format("search.inLanguage", hit.language().nameIn(language)), where,
                    hit.date() == null ? null : presenter.date(hit.date(), language)));
        }
        String title = query.isEmpty() || tooLong ? t.get("search.title") : t.format("search.titleFor", query);
        Function<Integer, String> pageUrl = number -> request.url("/search") + queryString(query, filters, number);
        long pages = (results.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        Pagination pagination = pages <= 1 && page == 1 ? null : new Pagination(t.get("pagination.label"),
                t.format("pagination.status", page, Math.max(pages, 1)),
                page > 1 ? pageUrl.apply((int) Math.min(page - 1, Math.max(pages, 1))) : null,
                t.get("search.previous"), page < pages ? pageUrl.apply(page + 1) : null, t.get("search.next"));
        var view = new SearchView(t, title, request.url("/search"), tooLong ? "" : query, SiteSearch.MAX_LENGTH,
                filterViews, found.isEmpty() ? null : t.format("search.count", results.total()), found, message,
                pagination);
        renderer.render(ctx, request.site(), "search", view, presenter.layout(request, title,
                t.get("search.description"), l -> "/search", false));
    }

    /** The {@code page} parameter: absent means 1; anything but 1 to {@link #MAX_PAGE} is a 400. */
    private static int page(Context ctx) {
        String value = ctx.queryParam("page");
        if (value == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value);
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // reported below, as any other bad value
        }
        throw new BadRequestResponse("page must be a whole number from 1 to " + MAX_PAGE);
    }

    private static String known(String value, Set<String> known) {
        return value != null && known.contains(value) ? value : null;
    }

    private static Integer year(String value) {
        return value != null && value.matches("[12][0-9]{3}") ? Integer.valueOf(value) : null;
    }

    private static SearchView.Filter filter(String name, String label, Texts t, Map<String, String> options,
                                            String selected) {
        List<SearchView.Option> list = new ArrayList<>();
        list.add(new SearchView.Option(ANY, t.get("search.any"), selected == null));
        options.forEach((value, text) -> list.add(new SearchView.Option(value, text, value.equals(selected))));
        return new SearchView.Filter(name, label, list);
    }

    /** The query string of a page of these results. */
    private static String queryString(String query, SiteSearch.Filters filters, int page) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", query);
        parameters.put("site", filters.site());
        parameters.put("section", filters.section());
        parameters.put("language", filters.language());
        parameters.put("year", filters.year());
        parameters.put("theme", filters.theme());
        parameters.put("page", page == 1 ? null : page);
        return "?" + parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
