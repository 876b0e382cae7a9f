package org.makemothersmatter.sites.network;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.content.ContentFile;
import org.makemothersmatter.core.content.ContentItem;
import org.makemothersmatter.core.content.ContentSource;
import org.makemothersmatter.core.content.Markdown;
import org.makemothersmatter.core.content.Slugs;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.NavigationEntry;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.service.SiteContentService;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.core.web.Messages;

/**
 * What the sites a server hosts ship as content files ({@code content/<code>/association}, {@code pages},
 * {@code news}, {@code delegations} on the classpath), read by core's {@link ContentSource} as the content loader
 * reads them. Tests expect what this says rather than today's plugins and counts, so that a new plugin, article
 * or page changes what they expect instead of breaking them.
 */
public final class ShippedContent {

    private static final String ASSOCIATION = "association";
    private static final String DELEGATIONS = "delegations";
    private static final String PAGES = "pages";
    private static final String NEWS = "news";
    private static final String EVENTS = "events";

    /** The tables the content loader fills, as {@link #expectedRows()} and {@link #rows(Jdbi)} list them. */
    static final List<String> TABLES = List.of("article", "article_translation", "page", "page_translation",
            "association", "association_translation", "delegation", "delegation_translation", "event",
            "event_translation", "content_import");

    /** Where the international site shows the pages its own routes show, by page key. */
    private static final Map<String, String> ROUTES = Map.of(SiteContentService.HOME_PAGE, "",
            SiteContentService.ADVOCACY_PAGE, "/advocacy", SiteContentService.DIRECTORY_PAGE, "/national-mmm");

    private final Sites sites;
    private final Messages messages;
    private final Markdown markdown;
    private final ContentSource source = new ContentSource(ShippedContent.class.getClassLoader());
    /** Each site's items of each kind, read once: the tests ask for them again and again. */
    private final Map<String, List<ContentItem>> items = new ConcurrentHashMap<>();

    private ShippedContent(TestServer server) {
        this.sites = server.instance(Sites.class);
        this.messages = server.instance(Messages.class);
        this.markdown = server.instance(Markdown.class);
    }

    /** The content of the sites the server hosts, and the strings and Markdown rendering its pages show it with. */
    public static ShippedContent of(TestServer server) {
        return new ShippedContent(server);
    }

    /** The sites hosted, the international site first. */
    public List<Site> sites() {
        return sites.plugins().stream().map(SitePlugin::site).toList();
    }

    public Site network() {
        return sites.network();
    }

    public List<Site> national() {
        return sites.national();
    }

    /** The plugin's own pages in its site's navigation. */
    public List<NavigationEntry> navigation(Site site) {
        return sites.navigation(site);
    }

    public Optional<ContentItem> association(Site site) {
        return items(site, ASSOCIATION).stream().findFirst();
    }

    /** The site's static pages, in their order. */
    public List<ContentItem> pages(Site site) {
        return items(site, PAGES);
    }

    /** The pages the international site's own routes show: its home, advocacy and National MMM pages. */
    public List<ContentItem> routePages() {
        return pages(network()).stream().filter(page -> ROUTES.containsKey(page.name())).toList();
    }

    /** One of {@link #routePages()}, by its key. */
    public ContentItem routePage(String key) {
        return routePages().stream().filter(page -> page.name().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("The international site ships no page " + key));
    }

    /** The international site's delegations, in their order. */
    public List<ContentItem> delegations() {
        return items(network(), DELEGATIONS);
    }

    /** The site's events, as shipped (their folders start with their first day). */
    public List<ContentItem> events(Site site) {
        return items(site, EVENTS);
    }

    /** The site's stories, newest first. */
    public List<Story> news(Site site) {
        return items(site, NEWS).stream().map(item -> new Story(site, item))
                .sorted(Comparator.comparing((Story story) -> story.date()).thenComparing(story -> story.item().folder()).reversed()).toList();
    }

    /** Every hosted site's stories, newest first. */
    public List<Story> news() {
        return newestFirst(sites().stream().flatMap(site -> news(site).stream()));
    }

    /** What the international news lists, newest first: its own stories and those the associations share. */
    public List<Story> networkNews() {
        return newestFirst(news().stream().filter(Story::onNetwork));
    }

    /** What a delegation's page lists, newest first: the international site's stories of its section. */
    public List<Story> delegationNews(ContentItem delegation) {
        return news(network()).stream().filter(story -> story.section().code().equals(delegation.name())).toList();
    }

    /** Every site's home in each of its languages: where a visitor starts. */
    public List<String> homes() {
        return sites().stream().flatMap(site -> site.languages().stream().map(language -> site.url(language, "")))
                .toList();
    }

    /** Every page the content gives the visitors of every hosted site, in each language of the site. */
    public List<String> publicPages() {
        return sites().stream().flatMap(site -> publicPages(site).stream()).toList();
    }

    /**
     * The pages of one site in each of its languages: its home and news, its stories and static pages, the
     * international site's advocacy, delegations, National MMM and themes, and the plugin's own pages.
     */
    public List<String> publicPages(Site site) {
        Set<String> paths = new LinkedHashSet<>();
        for (Language language : site.languages()) {
            paths.add(site.url(language, ""));
            paths.add(site.url(language, "/news"));
            paths.add(site.url(language, "/calendar"));
            events(site).forEach(event -> paths.add(site.url(language, "/calendar/" + slug(shown(site, event,
                    language)))));
            news(site).forEach(story -> paths.add(story.path(language)));
            // The international site links only the pages its routes show; a subsite's navigation lists them all.
            (site.network() ? routePages() : pages(site)).forEach(page -> paths.add(pagePath(site, page, language)));
            if (site.network()) {
                delegations().forEach(delegation -> paths.add(delegationPath(delegation, language)));
                paths.add(site.url(language, "/themes"));
            }
            navigation(site).forEach(entry -> paths.add(site.url(language, entry.path())));
        }
        return List.copyOf(paths);
    }

    /** A static page's address in a language: the international site shows its own at their routes. */
    public String pagePath(Site site, ContentItem page, Language language) {
        String route = site.network() ? ROUTES.get(page.name()) : null;
        return site.url(language, route != null ? route : "/pages/" + slug(shown(site, page, language)));
    }

    public String delegationPath(ContentItem delegation, Language language) {
        return network().url(language, "/advocacy/" + delegation.name());
    }

    /** Every story's card on a page of a site in a language, in the order given. */
    public List<Listing.Card> cards(List<Story> stories, Site site, Language page) {
        Texts texts = texts(site, page);
        return stories.stream().map(story -> story.card(page, texts)).toList();
    }

    /** The UI strings of a site's pages in a language. */
    public Texts texts(Site site, Language language) {
        return messages.of(site, language);
    }

    /** A file's Markdown as the loader stores it and pages show it. */
    public String html(ContentFile file) {
        return markdown.toHtml(file.body());
    }

    /**
     * The rows the content loader writes for this content, by table: one per item and one per file of each kind,
     * and one per file in the record of what it has loaded.
     */
    public Map<String, Long> expectedRows() {
        List<ContentItem> associations = kind(ASSOCIATION);
        List<ContentItem> delegations = kind(DELEGATIONS);
        List<ContentItem> pages = kind(PAGES);
        List<ContentItem> news = kind(NEWS);
        List<ContentItem> events = kind(EVENTS);
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("article", (long) news.size());
        rows.put("article_translation", files(news));
        rows.put("page", (long) pages.size());
        rows.put("page_translation", files(pages));
        rows.put("association", (long) associations.size());
        rows.put("association_translation", files(associations));
        rows.put("delegation", (long) delegations.size());
        rows.put("delegation_translation", files(delegations));
        rows.put("event", (long) events.size());
        rows.put("event_translation", files(events));
        rows.put("content_import", Stream.of(associations, delegations, pages, news, events)
                .mapToLong(ShippedContent::files).sum());
        return rows;
    }

    /** The rows of the tables {@link #expectedRows()} names, as the database holds them. */
    public static Map<String, Long> rows(Jdbi jdbi) {
        Map<String, Long> rows = new LinkedHashMap<>();
        jdbi.useHandle(handle -> TABLES.forEach(table -> rows.put(table,
                handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one())));
        return rows;
    }

    /** The file a page in this language shows: the item's file in it, else its original, as core falls back. */
    public static ContentFile shown(Site site, ContentItem item, Language language) {
        Language original = item.originalLanguage(site);
        return item.files().stream().filter(file -> file.language().equals(language)).findFirst()
                .or(() -> item.files().stream().filter(file -> file.language().equals(original)).findFirst())
                .orElseThrow();
    }

    /** The slug the loader gives a file: the one it names, else one made from its title. */
    public static String slug(ContentFile file) {
        return file.field("slug").orElseGet(() -> Slugs.of(file.required("title")));
    }

    /** The lang attribute content in {@code shown} needs on a page in {@code page}: none when they agree. */
    public static String langIfOther(Language shown, Language page) {
        return shown.equals(page) ? null : shown.code();
    }

    /** A date as a page in this language writes it for people: its long form in the language's locale. */
    public static String longDate(LocalDate date, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
    }

    /** A language's name as readers of another language call it: "French", "anglais". */
    public static String languageName(Language language, Language in) {
        return language.locale().getDisplayLanguage(in.locale());
    }

    /** A language's name in itself, as the language switcher shows it: "Français", "العربية". */
    public static String nativeName(Language language) {
        String name = language.locale().getDisplayLanguage(language.locale());
        return name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1);
    }

    private List<ContentItem> items(Site site, String kind) {
        return items.computeIfAbsent(site.code() + "/" + kind, key -> kind.equals(ASSOCIATION)
                ? source.item(site, kind) : source.items(site, kind));
    }

    /** The items of one kind that every hosted site ships. */
    private List<ContentItem> kind(String kind) {
        return sites().stream().flatMap(site -> items(site, kind).stream()).toList();
    }

    private static long files(List<ContentItem> items) {
        return items.stream().mapToLong(item -> item.files().size()).sum();
    }

    private static List<Story> newestFirst(Stream<Story> stories) {
        return stories.sorted(Comparator.comparing((Story story) -> story.date()).thenComparing(story -> story.item().folder()).reversed()).toList();
    }

    /** A story a site ships: a folder of its news, named after its date. */
    public record Story(Site site, ContentItem item) {

        public LocalDate date() {
            return LocalDate.parse(item.folder().substring(0, 10));
        }

        /** The date of one of its texts: its own when it says one, else the story's. */
        public LocalDate date(ContentFile file) {
            return file.field("date").map(LocalDate::parse).orElse(date());
        }

        /** Whether the international news lists it: all of the international site's, an association's if it says so. */
        public boolean onNetwork() {
            return site.network() || item.shared("network").map(Boolean::parseBoolean).orElse(false);
        }

        public Section section() {
            return item.shared("section").flatMap(Section::find)
                    .orElse(site.network() ? Section.NETWORK : Section.NATIONAL);
        }

        /** The file a page in this language shows. */
        public ContentFile in(Language language) {
            return shown(site, item, language);
        }

        public String title(Language language) {
            return in(language).required("title");
        }

        /** Its page on its site, in one of the site's languages. */
        public String path(Language language) {
            return site.url(language, "/news/" + slug(in(language)));
        }

        /**
         * Its card on a page in this language, with that page's strings: linked to its site in that language if
         * the site publishes in it, marked with its language when it has no translation in that one.
         */
        public Listing.Card card(Language page, Texts texts) {
            ContentFile file = in(page);
            Language shown = file.language();
            String badge = shown.equals(page) ? null : texts.format("card.inLanguage", languageName(shown, page));
            return new Listing.Card(file.required("title"), site.url(site.shownIn(page), "/news/" + slug(file)),
                    langIfOther(shown, page), date(file).toString(), longDate(date(file), page), badge);
        }
    }
}
