package org.makemothersmatter.sites.network.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * An editor at work in the back office, through its forms as a browser sends them: every action must be
 * accepted (answered with a redirect), so that a test reads the public pages right after it.
 */
final class BackOffice {

    private static final String VERSION = "name=\"version\" value=\"(\\d+)\"";
    private static final String ITEM_VERSION = "name=\"itemVersion\" value=\"(\\d+)\"";
    private static final String PUBLISHED = "<span class=\"status\">published</span>";
    private static final Pattern PUBLIC_PAGE = Pattern.compile("<a href=\"([^\"]+)\">Public page</a>");

    private final Browser browser;

    BackOffice(Browser browser) {
        this.browser = browser;
    }

    /** An article or a static page in the back office: its address there, such as /admin/articles/12. */
    record Item(String address) {

        long id() {
            return Long.parseLong(address.substring(address.lastIndexOf('/') + 1));
        }
    }

    /** A back-office page, as the editor's browser gets it. */
    TestServer.Page get(String path) {
        return browser.get(path);
    }

    /** Starts a draft article on the site, in one language, shared with the network news or not. */
    Item draftArticle(Site site, Section section, Language language, String title, String body, boolean network) {
        browser.get("/admin/articles/new?site=" + site.code());
        Map<String, String> form = new LinkedHashMap<>(Map.of("site", site.code(), "section", section.code(),
                "language", language.code(), "title", title, "excerpt", "", "body", body));
        if (network) {
            form.put("network", "true");
        }
        return created(browser.post("/admin/articles", form));
    }

    /** Starts a draft static page on the site, in one language. */
    Item draftPage(Site site, Language language, String title, String body) {
        browser.get("/admin/pages/new?site=" + site.code());
        return created(browser.post("/admin/pages", Map.of("site", site.code(), "language", language.code(),
                "title", title, "body", body)));
    }

    /** Publishes now, goes back to draft, moves to the trash or out of it: the buttons of the edit page. */
    void act(Item item, String action) {
        accepted(item.address() + "/" + action, Map.of("version", version(item)));
    }

    void schedule(Item item, LocalDateTime at) {
        accepted(item.address() + "/schedule", Map.of("version", version(item), "at", at.withSecond(0).withNano(0)
                .toString()));
    }

    /** An article's own settings: its section, the date it shows, whether the network news shares it. */
    void articleSettings(Item item, Section section, LocalDate date, boolean network) {
        accepted(item.address() + "/settings", Map.of("version", version(item), "section", section.code(),
                "date", date.toString(), "network", String.valueOf(network)));
    }

    /**
     * Saves one language's text, a new translation or a change, and publishes it if the item is public, as its
     * editor does with the form's publish button; an empty slug is made from the title.
     */
    void saveText(Item item, Language language, String title, String slug, String body) {
        String page = browser.get(item.address() + "?lang=" + language.code()).body();
        accepted(item.address() + "/text/" + language.code(), Map.of("version", Matches.last(page, VERSION),
                "title", title, "slug", slug, "excerpt", "", "body", body,
                "then", page.contains(PUBLISHED) ? "publish" : "save"));
    }

    /** The address of the item's public page, as its edit page links it; null while it is not public. */
    String publicPage(Item item, Language language) {
        String page = browser.get(item.address() + "?lang=" + language.code()).body();
        Matcher link = PUBLIC_PAGE.matcher(page);
        return link.find() ? link.group(1) : null;
    }

    private String version(Item item) {
        return Matches.first(browser.get(item.address()).body(), ITEM_VERSION);
    }

    private static Item created(TestServer.Page answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(303);
        return new Item(answer.header("Location").replaceAll("\\?.*", ""));
    }

    private void accepted(String path, Map<String, String> form) {
        TestServer.Page answer = browser.post(path, form);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(303);
    }
}
