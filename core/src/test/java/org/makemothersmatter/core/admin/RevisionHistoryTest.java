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
 * each with the one before it, the words that changed marked, each saved text by its author's name. A text refused
 * because someone else saved it meanwhile is shown beside theirs, and the editor keeps theirs, takes the other or
 * merges both by hand, losing nothing. Each form is sent as the page gives it.
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

    @Test
    void aSaveRefusedBecauseSomeoneSavedMeanwhileShowsBothTextsSideBySideAndWhatToKeep() {
        long id = article("Shared work", "The first words.");
        TestServer.Page refused = conflict("/admin/articles/" + id, Map.of("body", "Ada's words about mothers."),
                Map.of("title", "Shared work, again", "body", "Ed's words about mothers.\nAnd a second line."));
        assertThat(refused.status()).isEqualTo(409);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".flash.error").text()).contains("Someone else saved this text since you opened it.");
        assertThat(page.select("table.compare th[scope=col]").eachText())
                .contains("Yours: as you typed it")
                .anyMatch(label -> label.matches("Theirs: saved meanwhile by Ada, \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}"));
        assertThat(cells(page, "Title")).containsExactly("Shared work<del>, again</del>", "Shared work");
        assertThat(cells(page, "Text")).containsExactly("<del>Ed</del>'s words about mothers.",
                "<ins>Ada</ins>'s words about mothers.", "<del>And a second line.</del>", "");
        assertThat(page.select("#keep-mine button").text()).isEqualTo("Keep mine");
        assertThat(page.select("#take-theirs").attr("href")).isEqualTo("/admin/articles/" + id + "?lang=en");
        assertThat(page.select("#merge-by-hand").attr("href")).isEqualTo("#editing");

        Map<String, String> form = HtmlForm.fields(refused.body(), "text-form");
        assertThat(form).as("the form keeps the text typed")
                .containsEntry("title", "Shared work, again")
                .containsEntry("body", "Ed's words about mothers.\nAnd a second line.")
                .containsEntry("version", Jsoup.parse(edit(ed, "/admin/articles/" + id, "en"))
                        .select("#text-form input[name=version]").val());
        assertThat(page.select("#beside").text()).startsWith("Theirs: saved meanwhile by Ada");
        assertThat(page.select("pre.markdown").text()).isEqualTo("Ada's words about mothers.");
        assertThat(edit(ed, "/admin/articles/" + id, "en")).as("nothing of the refused form was written")
                .contains("Ada's words about mothers.").doesNotContain("Ed's words");
    }

    @Test
    void keepMineSavesTheTextTypedOverTheirsWhichStaysAmongTheRevisions() {
        long id = published("Kept as typed");
        String article = "/admin/articles/" + id;
        TestServer.Page refused = conflict(article, Map.of("body", "Ada's change."),
                Map.of("body", "Ed's change,\nover two lines."));
        assertThat(refused.status()).isEqualTo(409);

        assertThat(HtmlForm.submit(ed, refused, "keep-mine", Map.of()).status()).isEqualTo(303);
        assertThat(HtmlForm.fields(edit(ed, article, "en"), "text-form")).as("as typed, line endings and all")
                .containsEntry("body", "Ed's change,\nover two lines.");
        assertThat(server.get("/testland/en/news/kept-as-typed").body()).as("a change of a published text waits")
                .contains("Some text.").doesNotContain("Ed's change");
        Document history = Jsoup.parse(ed.get(article + "/revisions").body());
        assertThat(history.select("table.listing td[data-label=By]").eachText()).startsWith("Ed", "Ada");
        assertThat(cells(history, "Text")).containsExactly("<del>Ada</del>'s change<del>.</del>",
                "<ins>Ed</ins>'s change<ins>,</ins>", "", "<ins>over two lines.</ins>");
    }

    @Test
    void keepMineIsRefusedAgainWhenTheyHaveSavedOnceMoreAndStillLosesNothing() {
        long id = article("Saved thrice", "The first words.");
        String article = "/admin/articles/" + id;
        TestServer.Page refused = conflict(article, Map.of("body", "Ada's first change."), Map.of("body", "Ed's text."));
        save(ada, article, "en", Map.of("body", "Ada's second change."));

        TestServer.Page again = HtmlForm.submit(ed, refused, "keep-mine", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(cells(Jsoup.parse(again.body()), "Text")).containsExactly("<del>Ed</del>'s <del>text</del>.",
                "<ins>Ada</ins>'s <ins>second change</ins>.");
        assertThat(HtmlForm.submit(ed, again, "keep-mine", Map.of()).status()).isEqualTo(303);
        assertThat(edit(ed, article, "en")).contains("Ed's text.");
    }

    @Test
    void takeTheirsOpensTheTextSavedMeanwhile() {
        long id = article("Theirs taken", "The first words.");
        String article = "/admin/articles/" + id;
        TestServer.Page refused = conflict(article, Map.of("body", "Ada's better words."), Map.of("body", "Ed's words."));
        TestServer.Page theirs = ed.get(Jsoup.parse(refused.body()).select("#take-theirs").attr("href"));
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(HtmlForm.fields(theirs.body(), "text-form")).containsEntry("body", "Ada's better words.");
        assertThat(theirs.body()).doesNotContain("Ed's words.", "id=\"keep-mine\"");
        assertThat(HtmlForm.submit(ed, theirs, "text-form", Map.of("then", "save")).status())
                .as("and saves it as any edit").isEqualTo(303);
    }

    @Test
    void mergeByHandSavesTheFormAsEditedBesideTheirs() {
        ed.get("/admin/pages/new?site=testland");
        TestServer.Page created = ed.post("/admin/pages", Map.of("site", "testland", "language", "en",
                "title", "Merged page", "slug", "", "body", "We help mothers."));
        String page = "/admin/pages/" + id(created);
        TestServer.Page refused = conflict(page, Map.of("body", "We help mothers and fathers."),
                Map.of("body", "We help mothers, every day."));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select("pre.markdown").text()).isEqualTo("We help mothers and fathers.");
        assertThat(Jsoup.parse(refused.body()).select("table.compare caption").eachText()).doesNotContain("Excerpt");

        TestServer.Page merged = HtmlForm.submit(ed, refused, "text-form",
                Map.of("body", "We help mothers and fathers, every day.", "then", "save"));
        assertThat(merged.status()).as("the form was brought to the version saved meanwhile").isEqualTo(303);
        assertThat(HtmlForm.fields(edit(ed, page, "en"), "text-form"))
                .containsEntry("body", "We help mothers and fathers, every day.");
    }

    @Test
    void aChangeOfTheArticleAloneMeanwhileOffersNoComparisonOfTexts() {
        long id = article("Settings changed", "The same words.");
        String article = "/admin/articles/" + id;
        Map<String, String> stale = HtmlForm.fields(edit(ed, article, "en"), "text-form");
        assertThat(save(ada, article, "en", Map.of("date", "2023-03-03")).status()).isEqualTo(303);
        stale.put("body", "My words.");
        stale.put("then", "save");
        TestServer.Page refused = ed.post(article + "/text/en", stale);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Someone else changed this article", "My words.")
                .doesNotContain("id=\"keep-mine\"", "class=\"compare\"");
    }

    @Test
    void htmlTypedInAConflictingTextIsShownAsTypedAndKeptAsTyped() {
        long id = article("Tags on both sides", "The first words.");
        String article = "/admin/articles/" + id;
        String mine = "Mine <script>alert('x')</script> & \"quoted\"";
        TestServer.Page refused = conflict(article, Map.of("body", "Theirs <img src=x onerror=alert(1)>"),
                Map.of("title", "A <b>bold</b> title", "body", mine));
        assertThat(refused.body()).doesNotContain("<script>alert", "<img src=x", "<b>bold</b>");
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("main script, main img, main b")).isEmpty();
        assertThat(page.select("table.compare td").eachText()).contains("A <b>bold</b> title", mine,
                "Theirs <img src=x onerror=alert(1)>");
        assertThat(page.select("#keep-mine input[name=body]").val()).isEqualTo(mine);

        assertThat(HtmlForm.submit(ed, refused, "keep-mine", Map.of()).status()).isEqualTo(303);
        assertThat(HtmlForm.fields(edit(ed, article, "en"), "text-form")).containsEntry("title", "A <b>bold</b> title")
                .containsEntry("body", mine);
    }

    /**
     * Ed opens the English text of {@code item}, Ada saves {@code theirs} over it, then Ed sends the form he opened
     * with {@code mine} typed: the answer.
     */
    private static TestServer.Page conflict(String item, Map<String, String> theirs, Map<String, String> mine) {
        Map<String, String> stale = HtmlForm.fields(edit(ed, item, "en"), "text-form");
        assertThat(save(ada, item, "en", theirs).status()).isEqualTo(303);
        stale.putAll(mine);
        stale.put("then", "save");
        return ed.post(item + "/text/en", stale);
    }

    /** An English article of Testland, by Ed, published. */
    private static long published(String title) {
        long id = article(title, "Some text.");
        assertThat(HtmlForm.submit(ed, "/admin/articles/" + id + "?lang=en", "text-form", Map.of("then", "publish"))
                .status()).isEqualTo(303);
        return id;
    }

    private static String edit(Browser who, String item, String language) {
        return who.get(item + "?lang=" + language).body();
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
