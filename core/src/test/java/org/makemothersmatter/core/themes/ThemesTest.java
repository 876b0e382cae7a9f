package org.makemothersmatter.core.themes;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.feeds.FeedFormat;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.settings.NetworkSettings;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The network's themes: kept by its administrators, tagged on articles and pages by the sites' editors, each with its
 * page on the international site (here in English, French and Arabic) listing what every site published on it.
 */
class ThemesTest {

    private static final String PASSWORD = "a long and secret password";
    private static TestServer server;
    private static Browser admin;
    private static Browser editor;
    private static Browser otherEditor;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(NetworkSettings.parse("themes test",
                new StringReader("testnet.languages = en, fr, ar\n")), TestSites.module());
        TestSites.createTeam(server.instance(Accounts.class), PASSWORD);
        admin = server.signedIn("admin@example.org", PASSWORD);
        editor = server.signedIn("editor@testland.org", PASSWORD);
        otherEditor = server.signedIn("editor@otherland.org", PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void onlyNetworkAdministratorsKeepTheThemesAndBadFormsAreRefused() {
        long themes = count("SELECT COUNT(*) FROM theme");
        assertThat(editor.get("/admin/themes").status()).isEqualTo(403);
        editor.get("/admin/articles");
        assertThat(editor.post("/admin/themes", Map.of("language", "en", "name", "Mine")).status()).isEqualTo(403);
        admin.get("/admin/themes");
        assertThat(admin.postRaw("/admin/themes", Map.of("language", "en", "name", "No token")).status())
                .as("without the form's token").isEqualTo(403);
        assertThat(admin.post("/admin/themes", Map.of("language", "en", "name", " ")).status()).isEqualTo(422);
        assertThat(admin.post("/admin/themes", Map.of("language", "en", "name", "x".repeat(Themes.MAX_NAME + 1)))
                .status()).isEqualTo(422);
        assertThat(admin.post("/admin/themes", Map.of("language", "xx", "name", "Somewhere")).status())
                .isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM theme")).isEqualTo(themes);

        String name = "Theme " + unique();
        long id = create(name);
        String url = "/admin/themes/" + id;
        assertThat(admin.get(url).body()).contains(name);
        TestServer.Page taken = HtmlForm.submit(admin, url, "text-fr-form", Map.of("name", "Santé bis",
                "slug", "sante"));
        assertThat(taken.status()).as("the French address of a shipped theme").isEqualTo(422);
        assertThat(taken.body()).contains("sante");
        String stale = HtmlForm.fields(admin.get(url).body(), "text-fr-form").get("version");
        assertThat(HtmlForm.submit(admin, url, "text-fr-form", Map.of("name", "Thème " + unique())).status())
                .isEqualTo(303);
        assertThat(admin.post(url + "/text/fr", Map.of("version", stale, "name", "Trop tard")).status())
                .as("a form read before another save").isEqualTo(409);
        assertThat(admin.post(url + "/text/de", Map.of("version", "1", "name", "Thema")).status()).isEqualTo(404);
        assertThat(admin.get("/admin/themes/999999999").status()).isEqualTo(404);
        assertThat(admin.post(url + "/move", Map.of("version", "1", "direction", "sideways")).status())
                .isEqualTo(400);
        assertThat(admin.post(url + "/move", Map.of("direction", "up")).status()).isEqualTo(400);

        // Moved up, it comes before the theme that was before it on the public index.
        List<String> before = publicIndex();
        int at = before.indexOf(name);
        assertThat(at).isPositive();
        assertThat(send(id, "move", Map.of("direction", "up")).status()).isEqualTo(303);
        List<String> after = publicIndex();
        assertThat(after.indexOf(name)).isEqualTo(at - 1);
        assertThat(after.get(at)).isEqualTo(before.get(at - 1));

        String page = "/en/themes/" + slugOf(name);
        assertThat(server.get(page).status()).isEqualTo(200);
        assertThat(send(id, "retire", Map.of("retired", "true")).status()).isEqualTo(303);
        assertThat(publicIndex()).doesNotContain(name);
        assertThat(server.get(page).status()).isEqualTo(404);
        assertThat(admin.get("/admin/themes").body()).contains(name);
        assertThat(send(id, "retire", Map.of("retired", "false")).status()).isEqualTo(303);
        assertThat(publicIndex()).contains(name);

        List<String> actions = jdbi().withHandle(h -> h.createQuery("SELECT action FROM audit_event"
                + " WHERE target = :target ORDER BY id").bind("target", "theme " + id).mapTo(String.class).list());
        assertThat(actions).containsExactly("theme.create", "theme.translate", "theme.move", "theme.retire", "theme.restore");
    }

    @Test
    void aThemesPageListsWhatEverySitePublishedOnItNewestFirstInItsLanguage() throws Exception {
        String en = "Care " + unique();
        String fr = "Soins " + unique();
        long theme = create(en);
        HtmlForm.submit(admin, "/admin/themes/" + theme, "text-fr-form", Map.of("name", fr, "description",
                "Une description."));
        String network = "Network " + unique();
        String testland = "Testland " + unique();
        String otherland = "Otherland " + unique();
        String untagged = "Untagged " + unique();
        String draft = "Draft " + unique();
        publishArticle(admin, "testnet", "network", "en", network, theme);
        long testlandId = publishArticle(editor, "testland", "national", "en", testland, theme);
        publishArticle(otherEditor, "otherland", "national", "fr", otherland, theme);
        publishArticle(editor, "testland", "national", "en", untagged);
        long draftId = create(editor, "testland", "national", "en", draft);
        send(editor, "articles", draftId, "en", "save", theme);

        // The search narrowed to the theme finds what is tagged with it, once the index has it.
        String untaggedSearch = "/en/search?q=" + URLEncoder.encode(untagged, StandardCharsets.UTF_8);
        String untaggedLink = "/news/" + slugOf(untagged) + "\"";
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (!server.get(untaggedSearch).body().contains(untaggedLink) && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(server.get(untaggedSearch).body()).contains(untaggedLink);
        assertThat(server.get(untaggedSearch + "&theme=" + theme).body()).doesNotContain(untaggedLink);
        assertThat(server.get("/en/search?q=" + URLEncoder.encode(testland, StandardCharsets.UTF_8) + "&theme="
                + theme).body()).contains("/news/" + slugOf(testland) + "\"");

        String enPage = "/en/themes/" + slugOf(en);
        // Followed in a feed reader too: the page names its feeds, which hold what it lists.
        assertThat(server.get(enPage).body()).contains("href=\"" + enPage + "/feed.atom\"");
        for (FeedFormat format : FeedFormat.values()) {
            TestServer.Page feed = server.get(enPage + "/" + format.file());
            assertThat(feed.header("Content-Type")).isEqualTo(format.contentType());
            assertThat(new SyndFeedInput().build(new StringReader(feed.body())).getEntries())
                    .extracting(SyndEntry::getTitle).contains(network, testland).doesNotContain(untagged, draft);
        }

        Document english = page(enPage);
        assertThat(titles(english)).containsSubsequence(otherland, testland, network)
                .doesNotContain(untagged, draft);
        assertThat(card(english, otherland).attr("lang")).isEqualTo("fr");
        assertThat(card(english, testland).hasAttr("lang")).isFalse();

        TestServer.Page moved = server.get("/fr/themes/" + slugOf(en));
        assertThat(moved.status()).isEqualTo(301);
        Document french = page(moved.header("Location"));
        assertThat(french.selectFirst("h1").text()).isEqualTo(fr);
        assertThat(card(french, testland).attr("lang")).isEqualTo("en");
        assertThat(card(french, otherland).hasAttr("lang")).isFalse();

        // No Arabic text: the theme is shown in its own language, laid out left to right.
        Document arabic = page("/ar/themes/" + slugOf(en));
        assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.selectFirst("h1").attr("lang")).isEqualTo("en");
        assertThat(arabic.selectFirst("h1").attr("dir")).isEqualTo("ltr");
        assertThat(card(arabic, network).attr("lang")).isEqualTo("en");

        assertThat(page("/en/themes").select("a[href=" + enPage + "]")).hasSize(1);
        assertThat(page("/en/").select("nav.site-nav a[href=/en/themes]")).hasSize(1);

        // The article shows its theme, linked to its page on the international site.
        String article = "/testland/en/news/" + slugOf(testland);
        assertThat(page(article).select("p.themes a[href=" + enPage + "]").text()).isEqualTo(en);
        assertThat(page("/testland/fr/news/" + slugOf(testland)).select("p.themes a").attr("href"))
                .isEqualTo("/fr/themes/" + slugOf(fr));

        // Untagged, it leaves the theme's page at once: the page kept rendered was made stale.
        send(editor, "articles", testlandId, "en", "save");
        assertThat(titles(page(enPage))).contains(otherland, network).doesNotContain(testland);
        assertThat(page(article).select("p.themes")).isEmpty();

        // A page tagged is listed after the news.
        String pageTitle = "Our care programme " + unique();
        editor.get("/admin/pages/new?site=testland");
        TestServer.Page created = editor.post("/admin/pages", Map.of("site", "testland", "language", "en",
                "title", pageTitle, "body", "What we do."));
        assertThat(created.status()).isEqualTo(303);
        send(editor, "pages", idIn(created.header("Location"), "pages"), "en", "publish", theme);
        assertThat(page(enPage).select("#theme-pages ~ ul a[href=/testland/en/pages/" + slugOf(pageTitle) + "]"))
                .hasSize(1);
    }

    @Test
    void anArticleShowsUpToThreeRelatedArticlesByThemesSharedThenRecency() {
        long a = create("A " + unique());
        long b = create("B " + unique());
        String both1 = "Both one " + unique();
        String onlyA = "Only A " + unique();
        String both2 = "Both two " + unique();
        String onlyB = "Only B " + unique();
        String none = "None " + unique();
        String elsewhere = "Elsewhere " + unique();
        publishArticle(editor, "testland", "national", "en", both1, a, b);
        publishArticle(editor, "testland", "national", "en", onlyA, a);
        publishArticle(editor, "testland", "national", "en", both2, a, b);
        publishArticle(editor, "testland", "national", "en", onlyB, b);
        publishArticle(editor, "testland", "national", "en", none);
        publishArticle(otherEditor, "otherland", "national", "fr", elsewhere, a, b);
        String main = "Main " + unique();
        publishArticle(editor, "testland", "national", "en", main, a, b);

        Document article = page("/testland/en/news/" + slugOf(main));
        assertThat(article.select("section.related h3 a").eachText()).as("of its own site")
                .containsExactly(both2, both1, onlyB);

        // The international site's articles are related to every site's.
        String networkMain = "Network main " + unique();
        publishArticle(admin, "testnet", "network", "en", networkMain, a, b);
        assertThat(page("/en/news/" + slugOf(networkMain)).select("section.related h3 a").eachText())
                .containsExactly(main, elsewhere, both2);
    }

    /** A new theme written in English by the network's administrator; returns its id. */
    private static long create(String name) {
        TestServer.Page created = HtmlForm.submit(admin, "/admin/themes", "theme-form", Map.of("language", "en",
                "name", name, "description", "About " + name + "."));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return idIn(created.header("Location"), "themes");
    }

    /** Presses a theme's button in the list, as the list gives its form. */
    private static TestServer.Page send(long theme, String action, Map<String, String> fields) {
        String list = admin.get("/admin/themes").body();
        Element form = Jsoup.parse(list).selectFirst("form[action=/admin/themes/" + theme + "/" + action + "]");
        var sent = new java.util.LinkedHashMap<String, String>();
        form.select("input").forEach(input -> sent.put(input.attr("name"), input.attr("value")));
        sent.putAll(fields);
        return admin.postRaw(form.attr("action"), sent);
    }

    private static long create(Browser who, String site, String section, String language, String title) {
        who.get("/admin/articles/new?site=" + site);
        TestServer.Page created = who.post("/admin/articles", Map.of("site", site, "section", section,
                "language", language, "title", title, "excerpt", "", "body", "About " + title + "."));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return idIn(created.header("Location"), "articles");
    }

    /** A published article of this site in one language, tagged with these themes; returns its id. */
    private static long publishArticle(Browser who, String site, String section, String language, String title,
                                       long... themes) {
        long id = create(who, site, section, language, title);
        send(who, "articles", id, language, "publish", themes);
        return id;
    }

    /** Sends an edit form as its page gives it, with exactly these themes ticked and this button pressed. */
    private static void send(Browser who, String kind, long id, String language, String button, long... themes) {
        String edit = "/admin/" + kind + "/" + id + "?lang=" + language;
        Map<String, String> shown = HtmlForm.fields(who.get(edit).body(), "text-form");
        assertThat(shown).containsKey("themed");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        shown.forEach((name, value) -> {
            if (!name.equals("theme")) {
                fields.add(Map.entry(name, value));
            }
        });
        for (long theme : themes) {
            fields.add(Map.entry("theme", String.valueOf(theme)));
        }
        fields.add(Map.entry("then", button));
        TestServer.Page sent = who.postFields("/admin/" + kind + "/" + id + "/text/" + language, fields);
        assertThat(sent.status()).as(sent.body()).isEqualTo(303);
    }

    private static List<String> publicIndex() {
        return page("/en/themes").select("ul.themes h2 a").eachText();
    }

    private static Document page(String path) {
        TestServer.Page page = server.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private static List<String> titles(Document page) {
        return page.select("#theme-news ~ article .card-title a, section article .card-title a").eachText();
    }

    /** The title of the card of this article. */
    private static Element card(Document page, String title) {
        return page.select(".card-title").stream().filter(e -> e.text().equals(title)).findFirst().orElseThrow();
    }

    private static String slugOf(String title) {
        return org.makemothersmatter.core.content.Slugs.of(title);
    }

    private static long idIn(String location, String kind) {
        Matcher id = Pattern.compile("/admin/" + kind + "/(\\d+)").matcher(location);
        assertThat(id.find()).as(location).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static long count(String sql) {
        return jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static Jdbi jdbi() {
        return server.instance(Jdbi.class);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
