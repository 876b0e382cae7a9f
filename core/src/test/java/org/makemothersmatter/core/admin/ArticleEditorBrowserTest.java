package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.RealBrowser;
import org.makemothersmatter.core.testkit.TestImages;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The article editor in Chromium, as an editor uses it: the Markdown editor's toolbar, live preview and word count,
 * what is typed landing in the form's field and autosaved, an image chosen in the picker inserted where the cursor is, at a
 * desktop's width and at a phone's, within the page's security policy and without breaking a WCAG 2.1 A or AA rule
 * that axe-core checks.
 */
class ArticleEditorBrowserTest extends InChromium {

    private static final String EDITOR = "editor@testland.org";

    @BeforeAll
    static void start() {
        chromium = RealBrowser.start(server, ArticleEditorBrowserTest.class, 1280, 900);
        chromium.signIn(EDITOR, PASSWORD);
    }

    @Test
    void whatIsTypedInTheEditorIsTheFormsTextWithAToolbarAPreviewAWordCountAndAnAutosavedCopy() {
        long id = Articles.create(server.signedIn(EDITOR, PASSWORD), "Typed in a browser", "First words.");
        chromium.resize(1280, 900);
        chromium.open(Articles.edit(id));
        chromium.waitUntil("the editor is set up", "return !!document.querySelector('.EasyMDEContainer');");
        assertThat(chromium.findAll(".editor-toolbar button").stream().map(WebElement::getText))
                .contains("Bold", "Italic", "Heading", "Link", "Preview", "Side by side");

        WebElement text = chromium.find(".CodeMirror [contenteditable=true]");
        text.click();
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, Keys.ENTER, "A mother speaks at the UN.");
        assertThat(chromium.find("#body").getDomProperty("value"))
                .isEqualTo("First words.\n\nA mother speaks at the UN.");
        assertThat(chromium.find(".editor-statusbar .words").getText()).isEqualTo("8");
        chromium.waitUntil("a copy is autosaved within a few seconds",
                "return document.querySelector('.autosave-status').textContent.indexOf('A copy was autosaved') === 0;");
        assertThat(server.signedIn(EDITOR, PASSWORD).get(Articles.edit(id)).body())
                .contains("Restore the autosaved copy from");

        chromium.find(".editor-toolbar button.side-by-side").click();
        chromium.waitUntil("the preview shows the text as the site renders it",
                "return (document.querySelector('.editor-preview-active-side') || {}).innerHTML"
                        + " === '<p>First words.</p>\\n<p>A mother speaks at the UN.</p>\\n';");
        chromium.find("details summary").click();
        chromium.screenshot("editor-side-by-side-desktop");
        assertThat(chromium.axeViolations()).isEmpty();
        assertThat(chromium.consoleErrors()).isEmpty();

        chromium.resize(390, 844);
        chromium.screenshot("editor-side-by-side-phone");
        assertThat(chromium.horizontalOverflow()).as("the page scrolls sideways at 390 px").isFalse();
        assertThat(chromium.axeViolations()).isEmpty();
    }

    @Test
    void anImageChosenInThePickerIsInsertedWithItsAlternativeTextWhereTheCursorIs() {
        Browser editor = server.signedIn(EDITOR, PASSWORD);
        long image = TestImages.upload(editor, "Mothers at the UN", TestImages.photo(1200, 800));
        long id = Articles.create(editor, "Pictured", "Before.\n\nAfter.");
        chromium.resize(390, 844);
        chromium.open(Articles.edit(id));
        chromium.waitUntil("the editor is set up", "return !!document.querySelector('.EasyMDEContainer');");
        WebElement text = chromium.find(".CodeMirror [contenteditable=true]");
        text.click();
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME), Keys.END, Keys.ENTER, Keys.ENTER);

        chromium.find(".editor-toolbar button.image").click();
        chromium.waitUntil("the picker lists the site's images",
                "return document.querySelectorAll('#image-picker[open] .picker-image').length > 0;");
        chromium.screenshot("picker-phone");
        assertThat(chromium.horizontalOverflow()).as("the page scrolls sideways at 390 px").isFalse();
        assertThat(chromium.script("var picker = document.getElementById('image-picker');"
                + " return picker.scrollWidth <= picker.clientWidth;")).as("the picker scrolls sideways").isEqualTo(true);
        assertThat(chromium.axeViolations()).isEmpty();
        WebElement choice = chromium.find("#image-picker .picker-image");
        assertThat(choice.getText()).isEqualTo("Mothers at the UN");
        choice.click();

        assertThat(chromium.find("#image-picker").getDomProperty("open")).isEqualTo("false");
        assertThat(chromium.find("#body").getDomProperty("value"))
                .isEqualTo("Before.\n\n![Mothers at the UN](/media/" + image + "/800)\n\nAfter.");
        chromium.find("#text-form button[value=save]").click();
        chromium.waitUntil("the form is saved", "return location.search.indexOf('done=') >= 0;");
        assertThat(server.signedIn(EDITOR, PASSWORD).get(Articles.edit(id)).body())
                .contains("![Mothers at the UN](/media/" + image + "/800)");
        assertThat(chromium.horizontalOverflow()).as("the page scrolls sideways at 390 px").isFalse();
        assertThat(chromium.consoleErrors()).isEmpty();
    }
}
