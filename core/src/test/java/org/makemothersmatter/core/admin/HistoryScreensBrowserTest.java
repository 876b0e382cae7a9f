package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.RealBrowser;
import org.makemothersmatter.core.testkit.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The screens that set two texts side by side, in Chromium at a desktop's and a phone's width: the revisions of an
 * article with changes to show, and the conflict of a text saved meanwhile by someone else. Neither breaks a WCAG
 * 2.1 A or AA rule that axe-core checks nor has to be scrolled sideways, even with a word too long for a phone; on a
 * phone the two sides stack. The text typed in the conflicting form is kept, across its lines, by Keep mine.
 */
class HistoryScreensBrowserTest extends InChromium {

    private static final String LONG_WORD = "https://example.org/" + "a-very-long-address-that-does-not-break".repeat(4);
    private static Browser ada;

    @BeforeAll
    static void start() {
        ada = server.signedIn("admin@example.org", PASSWORD);
        chromium = RealBrowser.start(server, HistoryScreensBrowserTest.class, 1280, 900);
        chromium.signIn("editor@testland.org", PASSWORD);
    }

    @Test
    void theRevisionsOfAnArticleWithChanges() {
        long id = article("Mothers at work");
        save("/admin/articles/" + id, "Mothers and work", "A paragraph that stays.\n\nMothers balance work, family "
                + "and a life of their own; see " + LONG_WORD + " for more.\n\nA new paragraph.");
        chromium.open("/admin/articles/" + id + "/revisions");
        assertThat(chromium.findAll("table.compare del")).isNotEmpty();
        assertThat(problems("revisions")).isEmpty();
    }

    @Test
    void theConflictOfATextSavedMeanwhileAndKeepingMine() {
        long id = article("Written twice");
        String article = "/admin/articles/" + id;
        chromium.open(article + "?lang=en");
        save(article, "Written twice", "Ada's words about mothers, and " + LONG_WORD + ".");
        // The text is typed in the Markdown editor the script sets up over the form's field, as an editor does.
        chromium.waitUntil("the editor is set up", "return !!document.querySelector('.EasyMDEContainer');");
        WebElement body = chromium.find(".CodeMirror [contenteditable=true]");
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Ed's words about mothers.", Keys.ENTER, "On two lines.");
        chromium.submit("#text-form");
        assertThat(chromium.find(".flash.error").getText()).contains("Someone else saved this text");
        assertThat(problems("conflict")).isEmpty();

        chromium.resize(1280, 900);
        chromium.submit("#keep-mine");
        assertThat(chromium.find(".flash").getText()).isEqualTo("Saved.");
        assertThat(chromium.find("#body").getDomProperty("value")).isEqualTo("Ed's words about mothers.\nOn two lines.");
    }

    /**
     * What is wrong with the page shown, at a desktop's width then at a phone's (where it stays), each width
     * kept as a screenshot: axe-core's violations, a sideways scroll, and two sides of a changed line side by side
     * on a phone.
     */
    private static List<String> problems(String name) {
        List<String> found = new ArrayList<>();
        for (int width : List.of(1280, 390)) {
            chromium.resize(width, 900);
            chromium.screenshot(name + "-" + width);
            chromium.axeViolations().forEach(violation -> found.add(width + " px: " + violation));
            if (chromium.horizontalOverflow()) {
                found.add(width + " px: the page scrolls sideways");
            }
            List<WebElement> sides = chromium.findAll("table.compare tbody tr:not(.same)").get(0)
                    .findElements(By.cssSelector("td"));
            boolean stacked = sides.get(0).getRect().getX() == sides.get(1).getRect().getX();
            if (stacked != (width < 640)) {
                found.add(width + " px: the two sides are " + (stacked ? "" : "not ") + "stacked");
            }
        }
        return found;
    }

    private static long article(String title) {
        ada.get("/admin/articles/new?site=testland");
        TestServer.Page created = ada.post("/admin/articles", Map.of("site", "testland", "section", "national",
                "language", "en", "title", title, "excerpt", "", "body", "A paragraph that stays.\n\n"
                        + "Mothers reconcile work and family."));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        Matcher id = Pattern.compile("/admin/articles/(\\d+)").matcher(created.header("Location"));
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** Ada saves this English text of the item, by its edit form. */
    private static void save(String item, String title, String body) {
        assertThat(HtmlForm.submit(ada, item + "?lang=en", "text-form", Map.of("title", title, "body", body,
                "then", "save")).status()).isEqualTo(303);
    }
}
