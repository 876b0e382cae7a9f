package org.makemothersmatter.sites.network.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.Matches;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.sites.network.NetworkSitePlugin;

/**
 * One editor at work on the international site's news, through the back-office forms as a browser sends them,
 * and visiting its public pages. Every request is counted in a {@link Tally}, with every change the site
 * acknowledges; a form the site answers otherwise than with its redirect fails the test.
 */
final class Newsroom {

    static final Site SITE = new NetworkSitePlugin().site();
    static final Language LANGUAGE = SITE.defaultLanguage();
    private static final String VERSION = "name=\"version\" value=\"(\\d+)\"";
    private static final String ITEM_VERSION = "name=\"itemVersion\" value=\"(\\d+)\"";

    private final Browser browser;
    private final Tally tally;

    /** Signs in to the site's back office as its network administrator, with the administrator's phone. */
    Newsroom(SiteProcess site, Tally tally) {
        this.browser = site.browser();
        this.tally = tally;
        site.phone().signIn(browser, () -> {
            visit("/admin/login");
            return acknowledged(send(() -> browser.post("/admin/login", Map.of("email", SiteProcess.ADMIN_EMAIL,
                    "password", SiteProcess.ADMIN_PASSWORD))), "signing in");
        });
    }

    /** Starts a draft; its id. */
    long create(String title) {
        visit("/admin/articles/new?site=" + SITE.code());
        TestServer.Page created = send(() -> browser.post("/admin/articles", Map.of("site", SITE.code(),
                "section", Section.NETWORK.code(), "language", LANGUAGE.code(), "title", title, "excerpt", "",
                "body", "Written while the site's durability is put to the test.")));
        long id = Long.parseLong(Matches.first(acknowledged(created, "creating " + title), "/admin/articles/(\\d+)"));
        tally.acknowledged(new Tally.Change("article.create", id, title));
        return id;
    }

    void publish(long id) {
        String version = Matches.first(visit("/admin/articles/" + id).body(), ITEM_VERSION);
        acknowledged(send(() -> browser.post("/admin/articles/" + id + "/publish", Map.of("version", version))),
                "publishing article " + id);
        tally.acknowledged(new Tally.Change("article.publish", id, null));
    }

    /** Saves a new title and text in the article's language, and publishes the change (the article is public). */
    void save(long id, String title) {
        String version = Matches.last(visit("/admin/articles/" + id + "?lang=" + LANGUAGE.code()).body(), VERSION);
        acknowledged(send(() -> browser.post("/admin/articles/" + id + "/text/" + LANGUAGE.code(), Map.of(
                "version", version, "title", title, "slug", "", "excerpt", "", "body", "Revised: " + title,
                "then", "publish"))),
                "saving article " + id);
        tally.acknowledged(new Tally.Change("article.save", id, title));
    }

    /** Gets a page, as a visitor or as the signed-in editor. */
    TestServer.Page visit(String path) {
        return send(() -> browser.get(path));
    }

    private TestServer.Page send(Supplier<TestServer.Page> request) {
        tally.sent();
        try {
            TestServer.Page page = request.get();
            tally.answered(page.status());
            return page;
        } catch (UncheckedIOException e) {
            tally.unanswered();
            throw e;
        }
    }

    /** Where the redirect acknowledging a form leads. */
    private static String acknowledged(TestServer.Page page, String what) {
        assertThat(page.status()).as("%s: %s", what, page.body()).isEqualTo(303);
        return page.header("Location");
    }
}
