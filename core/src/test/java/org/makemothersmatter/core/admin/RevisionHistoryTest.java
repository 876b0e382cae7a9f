package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The history of an article's or a page's texts reads as they were written: two revisions side by side, chosen or
 * each with the one before it, the words that changed marked, each saved text by its author's name. Each form is
 * sent as the page gives it.
 */
class RevisionHistoryTest {

    private static final String PASSWORD = "a long and secret password";
    private static TestServer server;
    private static Browser ed;
    private static Browser ada;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestSites.module());
        TestSites.createTeam(server.instance(Accounts.class), PASSWORD);
        ed = server.signedIn("editor@testland.org", PASSWORD);
        ada = server.signedIn("admin@example.org", PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theNewestRevisionIsShownBesideTheOneBeforeItWithTheWordsThatChangedMarked() {
        long id = article("Mothers at work", "A paragraph that stays.\n\nMothers reconcile work and family.");
        assertThat(save(ed, "/admin/articles/" + id, "en", Map.of("title", "Mothers and work",
                "body", "A paragraph that stays.\n\nMothers balance work and family life.")).status()).isEqualTo(303);

        Document page = Jsoup.parse(ed.get("/admin/articles/" + id + "/revisions").body());
        assertThat(cells(page, "Title")).containsExactly("Mothers <del>at</del> work", "Mothers <ins>and</ins> work");
        assertThat(page.select("table.compare:has(caption:contains(Text)) tr.same td").eachText())
                .as("a paragraph both share, beside itself").contains("A paragraph that stays.");
        assertThat(cells(page, "Text")).contains("Mothers <del>reconcile</del> work and family.",
                "Mothers <ins>balance</ins> work and family<ins> life</ins>.");
        assertThat(page.select("table.compare caption").eachText()).as("each field, said when unchanged")
                .containsExactly("Title", "Address (slug) (the same)", "Excerpt (the same)", "Text (Markdown)");
        assertThat(page.select("table.compare th[scope=col]").eachText()).as("each side says which revision it is")
                .anyMatch(label -> label.matches("From: \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} · English · Ed"))
                .anyMatch(label -> label.matches("To: \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2} · English · Ed"));
        assertThat(page.select("table.listing tbody tr").eachText()).as("every revision, by its author's name")
                .hasSize(2).allMatch(row -> row.contains("English") && row.contains("Ed"))
                .noneMatch(row -> row.contains("editor@testland.org"));
        assertThat(page.select("table.listing td[data-label=Title]").eachText())
                .containsExactly("Mothers and work", "Mothers at work");
        assertThat(page.select("form[action$=/restore] input[name=_csrf]")).as("restoring, with its token").hasSize(2);
    }

    @Test
    void anyTwoRevisionsAreComparedFromAFormThatNeedsNoScript() {
        long id = article("Three drafts", "The first words.");
        save(ed, "/admin/articles/" + id, "en", Map.of("body", "The second words."));
        save(ada, "/admin/articles/" + id, "en", Map.of("body", "The third words."));
        TestServer.Page revisions = ed.get("/admin/articles/" + id + "/revisions");
        Document page = Jsoup.parse(revisions.body());
        List<String> ids = page.select("#compare select[name=to] option").eachAttr("value");
        assertThat(ids).hasSize(3);
        assertThat(page.select("table.listing td[data-label=By]").eachText()).containsExactly("Ada", "Ed", "Ed");
        assertThat(cells(page, "Text")).as("by default, the newest beside the one before it")
                .containsExactly("The <del>second</del> words.", "The <ins>third</ins> words.");

        TestServer.Page chosen = HtmlForm.submit(ed, revisions, "compare", Map.of("from", ids.get(2), "to", ids.get(0)));
        assertThat(chosen.status()).isEqualTo(200);
        Document compared = Jsoup.parse(chosen.body());
        assertThat(cells(compared, "Text")).containsExactly("The <del>first</del> words.", "The <ins>third</ins> words.");
        assertThat(compared.select("#compare option[selected]").eachAttr("value")).as("the form keeps the choice")
                .containsExactly(ids.get(2), ids.get(0));

        TestServer.Page backwards = HtmlForm.submit(ed, revisions, "compare", Map.of("from", ids.get(0),
                "to", ids.get(1)));
        assertThat(cells(Jsoup.parse(backwards.body()), "Text")).as("in either order")
                .containsExactly("The <del>third</del> words.", "The <ins>second</ins> words.");

        String middle = page.select("table.listing a:contains(What it changed)").get(1).attr("href");
        assertThat(cells(Jsoup.parse(ed.get(middle).body()), "Text")).as("a revision beside the one before it")
                .containsExactly("The <del>first</del> words.", "The <ins>second</ins> words.");
        String first = page.select("table.listing a:contains(What it changed)").get(2).attr("href");
        Document firstText = Jsoup.parse(ed.get(first).body());
        assertThat(cells(firstText, "Text")).as("the first text: all of it new").containsExactly("",
                "<ins>The first words.</ins>");
        assertThat(firstText.select("table.compare th[scope=col]").first().text()).isEqualTo("From: nothing before it");
    }

    @Test
    void aRevisionThatIsNotOneOfTheTextsIsABadRequest() {
        long id = article("Asked plainly", "Some text.");
        long other = article("Another one", "Other text.");
        String othersRevision = Jsoup.parse(ed.get("/admin/articles/" + other + "/revisions").body())
                .select("#compare select[name=to] option").attr("value");
        for (String query : List.of("?to=abc", "?from=abc", "?to=" + othersRevision, "?from=999999999")) {
            assertThat(ed.get("/admin/articles/" + id + "/revisions" + query).status()).as(query).isEqualTo(400);
        }
    }

    @Test
    void aPagesHistoryComparesTranslationsInTheirOwnLanguage() {
        ed.get("/admin/pages/new?site=testland");
        TestServer.Page created = ed.post("/admin/pages", Map.of("site", "testland", "language", "en",
                "title", "About us", "slug", "", "body", "We help mothers."));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        String page = "/admin/pages/" + id(created);
        Browser tia = server.signedIn("translator@testland.org", PASSWORD);
        assertThat(save(tia, page, "fr", Map.of("title", "À propos", "body", "Nous aidons les mères.")).status())
                .isEqualTo(303);
        assertThat(save(tia, page, "fr", Map.of("body", "Nous aidons les mères et les pères.")).status())
                .isEqualTo(303);

        Document history = Jsoup.parse(ed.get(page + "/revisions").body());
        assertThat(history.select("table.compare caption").eachText()).as("a page has no excerpt")
                .doesNotContain("Excerpt");
        assertThat(cells(history, "Text")).containsExactly("Nous aidons les mères.",
                "Nous aidons les mères<ins> et les pères</ins>.");
        assertThat(history.select("table.compare td").eachAttr("lang")).containsOnly("fr");
        assertThat(history.select("table.listing td[data-label=By]").eachText()).containsExactly("Tia", "Tia", "Ed");
        assertThat(history.select("table.listing td[data-label=Language]").eachText())
                .containsExactly("French", "French", "English");
    }

    @Test
    void htmlTypedInATextIsShownAsTypedNeverRun() {
        long id = article("Plain <b>title</b>", "Hello <script>alert('x')</script> there.");
        save(ed, "/admin/articles/" + id, "en", Map.of("title", "Bold <b>title</b> & more",
                "body", "Hello <img src=x onerror=alert(1)> there."));
        String history = ed.get("/admin/articles/" + id + "/revisions").body();
        assertThat(history).doesNotContain("<script>alert", "<img src=x", "<b>title</b>");
        Document page = Jsoup.parse(history);
        assertThat(page.select("main script, main img, main b")).isEmpty();
        assertThat(page.select("table.compare td").eachText()).contains("Plain <b>title</b>",
                "Bold <b>title</b> & more", "Hello <script>alert('x')</script> there.",
                "Hello <img src=x onerror=alert(1)> there.");
    }

    /** The cells of the compared field of this name, side by side, as marked up. */
    private static List<String> cells(Document page, String field) {
        return page.select("table.compare:has(caption:matchesOwn(^" + Pattern.quote(field) + "\\b)) tbody td")
                .stream().map(cell -> cell.html()).toList();
    }

    /** Starts an English article on Testland, by Ed; its id. */
    private static long article(String title, String body) {
        ed.get("/admin/articles/new?site=testland");
        TestServer.Page created = ed.post("/admin/articles", Map.of("site", "testland", "section", "national",
                "language", "en", "title", title, "excerpt", "", "body", body));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return id(created);
    }

    private static long id(TestServer.Page created) {
        Matcher id = Pattern.compile("/admin/\\w+/(\\d+)").matcher(created.header("Location"));
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** Sends the text form of one language as the edit page gives it, with these fields typed over. */
    private static TestServer.Page save(Browser who, String item, String language, Map<String, String> typed) {
        var form = new LinkedHashMap<>(typed);
        form.put("then", "save");
        return HtmlForm.submit(who, item + "?lang=" + language, "text-form", form);
    }
}
