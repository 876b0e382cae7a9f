package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.RealBrowser;
import org.makemothersmatter.core.testkit.TestImages;
import org.makemothersmatter.core.testkit.TestPdfs;
import org.makemothersmatter.core.testkit.Untranslated;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Every screen of the back office but the article and page editors (see ArticleEditorBrowserTest), in Chromium set to
 * French at a desktop's and a phone's width: each is in French with no English string of the back office left, none
 * breaks a WCAG 2.1 A or AA rule that axe-core checks, none has to be scrolled sideways, and each is kept as a
 * screenshot under target/screenshots/. The screens are found as a person finds them: from the menu of an editor of
 * one site, then of a network administrator, and the links and forms of those screens.
 */
class BackOfficeScreensBrowserTest extends InChromium {

    private static final String EDITOR = "editor@testland.org";
    private static final String ADMIN = "admin@example.org";
    private static final String MENU = ".site-nav a";
    /** Not an account: the screen is the second page of the administrator's sign-in, which asks for the code. */
    private static final String ASKED_FOR_CODE = "asked for the code";
    private static final Untranslated ENGLISH = Untranslated.in("fr", List.of("admin", "core", "testland"));

    private static List<Screen> screens;

    @TempDir
    static Path files;

    /** A screen as an account sees it (none: signed out), named by its heading. */
    private record Screen(String name, String account, String path) {
    }

    private record Width(String name, int width, int height) {
    }

    @BeforeAll
    static void start() throws IOException {
        TestSites.sendNote(server, "Could the next workshop be on a Saturday morning?");
        TestImages.upload(server.signedIn(EDITOR, PASSWORD), "A mother and her child", TestImages.photo(800, 600));
        chromium = RealBrowser.start(server, BackOfficeScreensBrowserTest.class, 1280, 900, "fr-BE,fr");
        screens = discover();
    }

    @Test
    void everyScreenAtADesktopsWidth() {
        check(new Width("desktop", 1280, 900));
    }

    @Test
    void everyScreenAtAPhonesWidth() {
        check(new Width("phone", 390, 844));
    }

    private static void check(Width width) {
        chromium.resize(width.width(), width.height());
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (int i = 0; i < screens.size(); i++) {
            Screen screen = screens.get(i);
            if (ASKED_FOR_CODE.equals(screen.account())) {
                askForCode();
            } else {
                chromium.actAs(screen.account(), PASSWORD);
                chromium.open(screen.path());
            }
            // Numbered, so that the screenshots list in the order of the visit and two screens of a name both stay.
            chromium.screenshot(String.format("%02d-%s-%s", i + 1, fileName(screen.name()), width.name()));
            List<String> found = new ArrayList<>(chromium.axeViolations());
            if (chromium.horizontalOverflow()) {
                found.add("the page scrolls sideways at " + width.width() + " px");
            }
            if (!"fr".equals(chromium.language())) {
                found.add("the page is in '" + chromium.language() + "'");
            }
            ENGLISH.foundIn(chromium.visibleText()).forEach(english -> found.add("English: " + english));
            ENGLISH.labelsAmong(chromium.labels()).forEach(english -> found.add("English label: " + english));
            if (!found.isEmpty()) {
                problems.put(screen.name() + " (" + screen.path() + ")", found);
            }
        }
        assertThat(problems).as("problems at %d px", width.width()).isEmpty();
    }

    /** The screens, each once, in the order of the accounts that see them so that the browser signs in seldom. */
    private static List<Screen> discover() throws IOException {
        Map<String, Screen> found = new LinkedHashMap<>();
        chromium.actAs(null, PASSWORD);
        chromium.open("/admin");
        add(found, null);
        chromium.open(chromium.links("main a[href='/admin/forgot']").get(0));
        add(found, null);
        chromium.actAs(EDITOR, PASSWORD);
        List<String> editorsMenu = chromium.links(MENU);
        assertThat(editorsMenu).as("the editor's menu").isNotEmpty();
        for (String menuScreen : editorsMenu) {
            chromium.open(menuScreen);
            add(found, EDITOR);
            List<String> newForms = chromium.links("main a[href$='/new'], main a[href*='/new?']");
            List<String> records = chromium.links("main tbody th[scope=row] a");
            if (!chromium.findAll("main form input[type=file]").isEmpty()) {
                fillAndSubmit("main form[enctype='multipart/form-data']");
            }
            for (String form : newForms) {
                chromium.open(form);
                add(found, EDITOR);
                fillAndSubmit("main form");
                // Created, the item is shown in its editor: an article's or a page's links to its revisions (its
                // editor has a test of its own), an event's is checked here, with the confirmation of its deletion.
                List<String> revisions = chromium.links("main a[href$='/revisions']");
                if (revisions.isEmpty()) {
                    add(found, EDITOR);
                    chromium.open(chromium.links("main a[href$='/delete']").get(0));
                } else {
                    chromium.open(revisions.get(0));
                }
                add(found, EDITOR);
            }
            if (!records.isEmpty()) {
                chromium.open(records.get(0));
                add(found, EDITOR);
                chromium.open(chromium.links("main a[href$='/delete']").get(0));
                add(found, EDITOR);
            }
        }
        chromium.open("/admin/me");
        chromium.open(chromium.links("main a[href='/admin/me/two-factor']").get(0));
        add(found, EDITOR);
        chromium.actAs(ADMIN, PASSWORD);
        List<String> administratorsOnly = chromium.links(MENU).stream().filter(s -> !editorsMenu.contains(s)).toList();
        assertThat(administratorsOnly).as("the administrator's own screens").isNotEmpty();
        for (String menuScreen : administratorsOnly) {
            chromium.open(menuScreen);
            add(found, ADMIN);
            List<String> records = chromium.links("main tbody th[scope=row] a");
            if (!records.isEmpty()) {
                chromium.open(records.get(0));
                add(found, ADMIN);
            }
        }
        askForCode();
        add(found, ASKED_FOR_CODE);
        return List.copyOf(found.values());
    }

    /** Signs out, and in again as the administrator, whose two-factor sign-in is on, up to the page of the code. */
    private static void askForCode() {
        chromium.actAs(null, PASSWORD);
        chromium.open("/admin/login");
        chromium.find("#email").sendKeys(ADMIN);
        chromium.find("#password").sendKeys(PASSWORD);
        chromium.submit("form");
        assertThat(chromium.path()).startsWith("/admin/login/code");
    }

    private static void add(Map<String, Screen> found, String account) {
        found.putIfAbsent(chromium.path(), new Screen(chromium.find("h1").getText(), account, chromium.path()));
    }

    /**
     * Fills the form's empty text fields (but those of a given shape, such as a document's symbol) and file field (a
     * picture, or a PDF where it asks for one), sends it, and checks that it was accepted.
     */
    private static void fillAndSubmit(String form) throws IOException {
        for (WebElement field : chromium.find(form).findElements(By.cssSelector(
                "input:not([type]), input[type=text], textarea, input[type=file]"))) {
            if ("file".equals(field.getDomAttribute("type"))) {
                field.sendKeys((String.valueOf(field.getDomAttribute("accept")).contains("pdf") ? statement()
                        : picture()).toString());
            } else if (field.getDomProperty("value").isEmpty() && field.getDomAttribute("pattern") == null) {
                field.sendKeys("A mother and her child at the association's workshop");
            }
        }
        // The first section offered is the international site's, and the editor writes for a national one.
        chromium.findAll(form + " select[name=section]")
                .forEach(section -> new Select(section).selectByValue("national"));
        chromium.submit(form);
        assertThat(chromium.findAll(".flash.error").stream().map(WebElement::getText))
                .as("the form at %s was accepted", form).isEmpty();
    }

    private static Path statement() throws IOException {
        return Files.write(files.resolve("statement.pdf"), TestPdfs.pdf("A statement of the association"));
    }

    private static Path picture() throws IOException {
        Path file = files.resolve("picture.png");
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x9b1b4a));
        graphics.fillOval(100, 50, 600, 500);
        graphics.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }


    private static String fileName(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
