package org.makemothersmatter.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.editorial.Draft;
import org.makemothersmatter.core.editorial.EditableArticle;
import org.makemothersmatter.core.editorial.PageEditor;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.SitePlugins;
import org.makemothersmatter.core.testkit.TestPlugin;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * A network that publishes in every language the search has rules for, and an association in two of them; and their
 * content, written as editors write it (the editorial services, which announce each change as the back office does).
 */
final class SearchSites extends AbstractModule {

    static final List<Language> LANGUAGES = List.of("en", "fr", "nl", "es", "de", "ar", "it", "pt").stream()
            .map(Language::of).toList();
    static final String NETWORK = "searchnet";
    static final String ASSOCIATION = "searchland";
    private static final String PASSWORD = "a long enough password";

    @Override
    protected void configure() {
        SitePlugins.register(binder(), Network.class);
        SitePlugins.register(binder(), Association.class);
    }

    public static final class Network extends TestPlugin {
        public Network() {
            super(new Site(NETWORK, "Search network", LANGUAGES, true));
        }
    }

    public static final class Association extends TestPlugin {
        public Association() {
            super(new Site(ASSOCIATION, "MMM Searchland", List.of(Language.ENGLISH, Language.FRENCH), false));
        }
    }

    /** The content of one server, written by its network administrator. */
    static final class Newsroom {

        final TestServer server;
        final Account admin;
        final ArticleEditor articles;
        final PageEditor pages;

        Newsroom(TestServer server) {
            this.server = server;
            this.admin = server.instance(Accounts.class).create("searcher@example.org", "Sam", Role.NETWORK_ADMIN,
                    Set.of(), PASSWORD);
            this.articles = server.instance(ArticleEditor.class);
            this.pages = server.instance(PageEditor.class);
        }

        /** A published article of the site, in one language, in the site's first section that fits. */
        long article(String site, String language, String title, String body) {
            Section section = site.equals(NETWORK) ? Section.NETWORK : Section.NATIONAL;
            long id = articles.create(admin, site, section, Language.of(language), false,
                    new Draft(title, "", "", body));
            publish(id);
            return id;
        }

        void publish(long id) {
            articles.publish(admin, id, article(id).version());
        }

        /** Moves a published article to another section and date. */
        void move(long id, Section section, LocalDate date) {
            articles.saveSettings(admin, id, article(id).version(), section, date, false, null, List.of());
        }

        EditableArticle article(long id) {
            return articles.read(admin, id);
        }

        /** A published static page of the site, in one language. */
        long page(String site, String language, String title, String body) {
            long id = pages.create(admin, site, Language.of(language), new Draft(title, "", "", body));
            pages.publish(admin, id, pages.read(admin, id).version());
            return id;
        }

        /** The search page of the network in a language, for these words and parameters. */
        TestServer.Page search(String language, String query, String parameters) {
            return server.get("/" + language + "/search?q=" + java.net.URLEncoder.encode(query,
                    java.nio.charset.StandardCharsets.UTF_8) + parameters);
        }
    }

    /** Waits at most a second (the time a change may take to reach the search) for the page to be as expected. */
    static TestServer.Page within(Duration wait, java.util.function.Supplier<TestServer.Page> page,
                                  Predicate<String> expected) {
        long end = System.nanoTime() + wait.toNanos();
        TestServer.Page seen = page.get();
        while (!expected.test(seen.body()) && System.nanoTime() < end) {
            sleep();
            seen = page.get();
        }
        assertThat(seen.status()).isEqualTo(200);
        assertThat(expected.test(seen.body())).as("%s within %s:%n%s", seen.path(), wait, seen.body()).isTrue();
        return seen;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
