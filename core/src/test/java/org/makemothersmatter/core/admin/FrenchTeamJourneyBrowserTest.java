package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.mail.MailDao;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.RealBrowser;
import org.makemothersmatter.core.testkit.TestImages;
import org.makemothersmatter.core.testkit.Untranslated;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A French-speaking team's work in the back office, from end to end, in Chromium set to French (Belgium) at a
 * desktop's width and at a phone's: the administrator creates the editor's and the translator's accounts; the editor
 * writes an article in French with an image from the editor's picker as its picture and its featured image,
 * previews it, schedules it, then publishes it at once with a last change; the translator writes its English text
 * and submits it, which the editor publishes; the editor changes its address and title, writes the association's
 * mission page, changes it and restores its first revision, trashes the article and restores it, and reads the
 * answers to the site's form. Every screen is checked as it is reached: in French, with no English string of the
 * back office or the site left, no horizontal scrolling, no WCAG 2.1 A or AA rule broken that axe-core checks,
 * kept as a screenshot under target/screenshots/. At each step, visitors see only what an editor published.
 */
class FrenchTeamJourneyBrowserTest extends InChromium {

    private static final String ADMIN = "admin@example.org";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Untranslated ENGLISH = Untranslated.in("fr", List.of("admin", "core", "testland"));

    /** The width's name, in the titles too, so that each run writes texts of its own. */
    private String width;
    /** The public addresses of the article: in French, in English, and in French once renamed. */
    private String french;
    private String english;
    private String renamed;
    private int screen;
    private final Map<String, List<String>> problems = new LinkedHashMap<>();

    @AfterEach
    void close() {
        closeChromium();
    }

    @ParameterizedTest(name = "at {0} px")
    @CsvSource({"1280, 900, ordinateur", "390, 844, telephone"})
    void aFrenchSpeakingTeamWritesTranslatesAndPublishesWithoutLosingAnEdit(int pixels, int height, String name)
            throws IOException {
        width = name;
        french = "/testland/fr/news/les-meres-au-travail-" + name;
        english = "/testland/en/news/mothers-at-work-" + name;
        renamed = "/testland/fr/news/meres-et-travail-" + name;
        screen = 0;
        problems.clear();
        assertThat(ENGLISH.foundIn("Oops. Someone else changed this article since you opened it.")).as("English is told")
                .isNotEmpty();
        chromium = RealBrowser.start(server, FrenchTeamJourneyBrowserTest.class, pixels, height, "fr-BE,fr");
        TestSites.sendNote(server, "Pourriez-vous organiser l’atelier un samedi matin ?");
        String claire = "claire." + unique() + "@testland.org";
        String tom = "tom." + unique() + "@testland.org";

        createAccounts(claire, tom);
        long article = writeAnArticleWithAnImage(claire);
        scheduleThenPublishWithALastChange(article);
        translate(article, claire, tom);
        changeTheAddressAndTheTitle(article);
        writeAndReviseThePage();
        trashAndRestore(article);
        readTheAnswers();

        assertThat(problems).as("screens at %d px that are not in French, scroll sideways or break a WCAG rule",
                pixels).isEmpty();
    }

    /**
     * The administrator invites the editor and the translator, each with Testland as their site; each chooses their
     * password.
     */
    private void createAccounts(String claire, String tom) {
        chromium.actAs(ADMIN, PASSWORD);
        look("dashboard-admin");
        chromium.open(menu("/admin/accounts"));
        look("accounts");
        addAccount(claire, "Claire", "editor");
        addAccount(tom, "Tom", "translator");
        look("accounts-added");
        chromium.open(menu("/admin/audit"));
        look("audit");
    }

    /**
     * The administrator invites someone, who chooses their password through the link of the invitation (kept in the
     * outbox: this server sends no mail) and is signed in; then the administrator is back on the accounts.
     */
    private void addAccount(String email, String name, String role) {
        type("#email", email);
        type("#name", name);
        new Select(chromium.find("#role")).selectByValue(role);
        chromium.find("input[name=sites][value=testland]").click();
        chromium.submit("#invite-form");
        assertThat(chromium.find(".flash").getText()).contains(email);

        chromium.actAs(null, PASSWORD);
        chromium.open(invitation(email));
        look("password-" + role);
        type("#password", PASSWORD);
        type("#repeat", PASSWORD);
        chromium.submit("#password-form");
        assertThat(chromium.path()).startsWith("/admin?");
        chromium.signedInAs(email);
        chromium.actAs(ADMIN, PASSWORD);
        chromium.open(menu("/admin/accounts"));
    }

    /** The path of the link of the invitation mailed to this address. */
    private static String invitation(String email) {
        String body = server.instance(Jdbi.class).onDemand(MailDao.class).due(Instant.now().plusSeconds(60), 1000)
                .stream().filter(mail -> mail.recipient().equals(email)).findFirst().orElseThrow().body();
        Matcher link = Pattern.compile("/admin/password/[A-Za-z0-9_-]+").matcher(body);
        assertThat(link.find()).as("a link in %s", body).isTrue();
        return link.group();
    }

    /**
     * The editor writes an article in French, inserts an image uploaded in the editor's picker, makes it the
     * featured image, and previews the article as visitors will see it.
     */
    private long writeAnArticleWithAnImage(String claire) throws IOException {
        chromium.actAs(claire, PASSWORD);
        look("dashboard-editor");
        long id = startInFrench("articles", "Les mères au travail " + width,
                "Un atelier sur la conciliation de la vie familiale et professionnelle.");
        look("article-created");

        editorReady();
        WebElement text = chromium.find(".CodeMirror [contenteditable=true]");
        text.click();
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, Keys.ENTER);
        chromium.find(".editor-toolbar button.image").click();
        chromium.waitUntil("the picker is open", "return !!document.querySelector('#image-picker[open]');");
        look("image-picker");
        chromium.find("#picker-file").sendKeys(picture().toString());
        type("#picker-alt", "Une mère et son enfant à l’atelier");
        chromium.find("#image-picker form button[type=submit]").click();
        chromium.waitUntil("the image is inserted", "return document.getElementById('body').value.indexOf("
                + "'![Une mère et son enfant à l’atelier](/media/') >= 0;");
        chromium.find("details summary").click();
        new Select(chromium.find("#image")).selectByVisibleText("Une mère et son enfant à l’atelier");
        press("save");
        assertThat(field("#body")).contains("![Une mère et son enfant à l’atelier](/media/");
        look("article-saved");

        chromium.open(chromium.links("main a[href*='/preview/']").get(0));
        assertThat(chromium.find(".preview-banner").isDisplayed()).isTrue();
        assertThat(chromium.find("h1").getText()).isEqualTo("Les mères au travail " + width);
        assertThat(chromium.findAll("main img")).as("the image and the featured image").isNotEmpty();
        assertThat(chromium.script("return Array.from(document.querySelectorAll('main img')).every("
                + "img => img.getBoundingClientRect().right <= document.documentElement.clientWidth);"))
                .as("no image wider than the screen").isEqualTo(true);
        look("article-preview");
        assertThat(server.get(french).status()).as("a draft is not public").isEqualTo(404);
        chromium.open(chromium.links(".preview-banner a").get(0));
        return id;
    }

    /** Scheduled for tomorrow, the article is not public; published now, with a change typed just before, it is. */
    private void scheduleThenPublishWithALastChange(long id) {
        String tomorrow = ZonedDateTime.now(ArticleEditor.ZONE).plusDays(1).truncatedTo(ChronoUnit.MINUTES)
                .format(LOCAL_TIME);
        chromium.script("var at = document.querySelector('input[name=at]'); at.value = arguments[0];"
                + " at.dispatchEvent(new Event('input', {bubbles: true}));", tomorrow);
        press("schedule");
        assertThat(chromium.find(".status").getText()).startsWithIgnoringCase("programmé");
        look("article-scheduled");
        assertThat(server.get(french).status()).as("scheduled, not yet public").isEqualTo(404);

        // A sentence typed, and Publish pressed without saving first: what the form shows is what goes public.
        typeInEditor(" Inscriptions ouvertes.");
        press("publish");
        assertThat(chromium.find(".status").getText()).startsWithIgnoringCase("publié");
        var page = server.get(french);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Inscriptions ouvertes.", "og:image");
        look("article-published");
    }

    /**
     * The editor asks for the English text; the translator writes it and submits it for review, which leaves it
     * out of the public site until the editor publishes it.
     */
    private void translate(long id, String claire, String tom) {
        chromium.open(chromium.links("main nav a[href$='?lang=en']").get(0));
        look("translation-missing");
        chromium.submit("main form[action*='/request-translation/en']");
        look("translation-requested");
        chromium.actAs(tom, PASSWORD);
        look("dashboard-translator");
        chromium.open("/admin/articles/" + id + "?lang=en");
        editorReady();
        look("translation-form");
        type("#title", "Mothers at work " + width);
        typeInEditor("A workshop on balancing family and working life.");
        press("review");
        look("translation-submitted");
        assertThat(server.get(english).status()).as("not public before review").isEqualTo(404);

        chromium.actAs(claire, PASSWORD);
        chromium.open("/admin");
        look("dashboard-review");
        chromium.open(chromium.links("main a[href*='/admin/articles/" + id + "?lang=en']").get(0));
        editorReady();
        press("publish");
        assertThat(server.get(english).body()).contains("<h1>Mothers at work " + width + "</h1>");
        look("translation-published");
    }

    /**
     * A new title and address, typed, then published at once: visitors keep the old page until then, and its old
     * address leads to the new one after.
     */
    private void changeTheAddressAndTheTitle(long id) {
        chromium.open("/admin/articles/" + id + "?lang=fr");
        editorReady();
        type("#title", "Les mères et le travail " + width);
        type("#slug", "meres-et-travail-" + width);
        press("save");
        assertThat(chromium.findAll(".pending")).as("a change not yet public").isNotEmpty();
        look("article-change-pending");
        assertThat(server.get(french).body()).as("visitors keep the published text")
                .contains("<h1>Les mères au travail " + width + "</h1>");
        assertThat(server.get(renamed).status()).isEqualTo(404);

        chromium.open(chromium.links("main a[href*='/preview/fr']").get(0));
        assertThat(chromium.find("h1").getText()).isEqualTo("Les mères et le travail " + width);
        look("article-change-preview");
        chromium.open(chromium.links(".preview-banner a").get(0));
        editorReady();
        press("publish");
        assertThat(server.get(renamed).body()).contains("<h1>Les mères et le travail " + width + "</h1>");
        assertThat(server.get(french).status()).as("the old address leads on").isEqualTo(301);
    }

    /** The mission page: written, published, changed, and its first revision restored and published. */
    private void writeAndReviseThePage() {
        long id = startInFrench("pages", "Notre mission " + width, "Faire entendre la voix des mères.");
        editorReady();
        press("publish");
        String address = "/testland/fr/pages/notre-mission-" + width;
        assertThat(server.get(address).body()).contains("Faire entendre la voix des mères.");

        editorReady();
        typeInEditor(" Et celle des enfants.");
        press("save");
        assertThat(server.get(address).body()).as("a change waits for its publication")
                .doesNotContain("Et celle des enfants.");
        press("publish");
        assertThat(server.get(address).body()).contains("Et celle des enfants.");

        chromium.open(chromium.links("main a[href$='/revisions']").get(0));
        look("page-revisions");
        chromium.followClick("main tbody tr:last-child form button");
        look("page-revision-restored");
        chromium.open("/admin/pages/" + id + "?lang=fr");
        editorReady();
        assertThat(field("#body")).isEqualTo("Faire entendre la voix des mères.");
        press("publish");
        assertThat(server.get(address).body()).doesNotContain("Et celle des enfants.");
    }

    /** Moved to the trash, the article leaves the site; restored from the trash's list, it is a draft again. */
    private void trashAndRestore(long id) {
        chromium.open("/admin/articles/" + id + "?lang=fr");
        press("trash");
        look("article-trashed");
        assertThat(server.get(renamed).status()).isEqualTo(404);
        chromium.open(menu("/admin/articles/trash"));
        look("trash");
        chromium.find("input[name=item][value^='" + id + ":']").click();
        new Select(chromium.find("select[name=action]")).selectByValue("restore");
        chromium.submit("main form[method=post]");
        look("trash-restored");
        chromium.open("/admin/articles/" + id + "?lang=fr");
        assertThat(chromium.find(".status").getText()).startsWithIgnoringCase("brouillon");
    }

    /** The answers to the site's form, in the menu under the plugin's own name, and one of them. */
    private void readTheAnswers() {
        chromium.open(chromium.links(".site-nav a[href^='/admin/sites/']").get(0));
        look("answers");
        chromium.open(chromium.links("main tbody th[scope=row] a").get(0));
        look("answer");
        chromium.open(menu("/admin/me"));
        look("my-account");
    }

    /**
     * Starts one of Testland's articles or pages ({@code kind}: "articles", "pages") in French from its list's link to
     * the form, national if it has a section; returns the id of the page the form leads to.
     */
    private long startInFrench(String kind, String title, String body) {
        chromium.open(menu("/admin/" + kind));
        look(kind);
        chromium.open(chromium.links("main a[href^='/admin/" + kind + "/new']").get(0));
        look("new-" + kind);
        new Select(chromium.find("#site")).selectByValue("testland");
        new Select(chromium.find("#language")).selectByValue("fr");
        chromium.findAll("#section").forEach(section -> new Select(section).selectByValue("national"));
        type("#title", title);
        type("#body", body);
        chromium.submit("main form[method=post]");
        Matcher created = Pattern.compile("/admin/" + kind + "/(\\d+)").matcher(chromium.path());
        assertThat(created.find()).as("the new item's page, not %s", chromium.path()).isTrue();
        return Long.parseLong(created.group(1));
    }

    /** Checks the screen shown, keeping what is wrong with it, and keeps it as a screenshot. */
    private void look(String name) {
        String shot = String.format("%s-%02d-%s", width, ++screen, name);
        chromium.screenshot(shot);
        List<String> found = new ArrayList<>(chromium.axeViolations());
        if (chromium.horizontalOverflow()) {
            found.add("the page scrolls sideways");
        }
        if (!"fr".equals(chromium.language())) {
            found.add("the page is in '" + chromium.language() + "'");
        }
        ENGLISH.foundIn(chromium.visibleText()).forEach(english -> found.add("English: " + english));
        ENGLISH.labelsAmong(chromium.labels()).forEach(english -> found.add("English label: " + english));
        found.addAll(chromium.consoleErrors());
        if (!found.isEmpty()) {
            problems.put(shot + " (" + chromium.path() + ")", found);
        }
    }

    /** The address of a menu entry, found in the menu as a person finds it. */
    private static String menu(String path) {
        List<String> entries = chromium.links(".site-nav a[href='" + path + "']");
        assertThat(entries).as("the menu leads to %s", path).isNotEmpty();
        return entries.get(0);
    }

    /** Presses one of the edit form's buttons and waits for the page that answers; it must be no refusal. */
    private static void press(String button) {
        chromium.followClick("button[name=then][value=" + button + "]");
        assertThat(chromium.findAll(".flash.error").stream().map(WebElement::getText)).as("after %s", button)
                .isEmpty();
    }

    private static void editorReady() {
        chromium.waitUntil("the editor is set up", "return !!document.querySelector('.EasyMDEContainer');");
    }

    /** Types at the end of the text, in the Markdown editor. */
    private static void typeInEditor(String text) {
        WebElement editor = chromium.find(".CodeMirror [contenteditable=true]");
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), text);
    }

    private static void type(String field, String text) {
        WebElement input = chromium.find(field);
        input.clear();
        input.sendKeys(text);
    }

    private static String field(String selector) {
        return chromium.find(selector).getDomProperty("value");
    }

    private Path picture() throws IOException {
        Path file = Files.createTempFile("atelier-", ".png");
        Files.write(file, TestImages.encode(TestImages.picture(1600, 1000, false), "png"));
        file.toFile().deleteOnExit();
        return file;
    }

}
