package org.makemothersmatter.sites.network.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.sites.network.NetworkSite;

/**
 * What the tests of kept pages share: the whole assembly, one server per test class over its own database, a
 * network administrator signed in to the back office, the association whose content changes (the one with
 * the most languages) and another one whose pages no such change may touch; and reading the public pages
 * as a visitor does, by following their links.
 */
abstract class FreshPagesTest {

    private static final String PASSWORD = "a long and secret password";
    private static final Pattern NAVIGATION = Pattern.compile("(?s)<nav class=\"site-nav\".*?</nav>");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

    static TestServer server;
    static Sites sites;
    static BackOffice office;
    static Site association;
    static Site other;

    @BeforeAll
    static void start() {
        server = TestServer.start(new NetworkSite());
        sites = server.instance(Sites.class);
        server.instance(Accounts.class).create("pages@mmm.example", "Paula", Role.NETWORK_ADMIN, Set.of(), PASSWORD);
        office = new BackOffice(server.signedIn("pages@mmm.example", PASSWORD));
        List<Site> national = sites.national().stream()
                .sorted(Comparator.comparing((Site s) -> -s.languages().size())).toList();
        assumeTrue(national.size() > 1, "two associations: one to change, one to leave alone");
        association = national.get(0);
        other = national.get(1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A title no content has, so that a page shows it only if it shows the test's article. */
    static String unique(String words) {
        return words + " " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }

    /** A story of the association shared with the network news, published. */
    static BackOffice.Item published(String title, String body) {
        BackOffice.Item item = draft(title, body);
        office.act(item, "publish");
        return item;
    }

    /** A draft story of the association, in its first language, shared with the network news once public. */
    static BackOffice.Item draft(String title, String body) {
        return office.draftArticle(association, Section.NATIONAL, association.defaultLanguage(), title, body, true);
    }

    /**
     * The pages that list the association's national stories: its home and news in each of its languages, the
     * international site's home, news and national directory in each of its own.
     */
    static List<String> listings() {
        List<String> paths = new ArrayList<>(siteListings(association));
        for (Language language : sites.network().languages()) {
            for (String path : List.of("", "/news", "/national-mmm")) {
                paths.add(sites.network().url(language, path));
            }
        }
        return paths;
    }

    /** The site's home and news, in each of its languages. */
    static List<String> siteListings(Site site) {
        return site.languages().stream()
                .flatMap(language -> Stream.of(site.url(language, ""), site.url(language, "/news")))
                .toList();
    }

    /** Every language's home of the site and every page its navigation leads to. */
    static List<String> pagesOf(Site site) {
        Set<String> paths = new LinkedHashSet<>();
        for (Language language : site.languages()) {
            String home = site.url(language, "");
            paths.add(home);
            Matcher navigation = NAVIGATION.matcher(server.get(home).body());
            assertThat(navigation.find()).as("the navigation of " + home).isTrue();
            Matcher link = LINK.matcher(navigation.group());
            while (link.find()) {
                paths.add(link.group(1));
            }
        }
        return List.copyOf(paths);
    }

    /**
     * The pages around a change of the association: its own and the international site's (and {@code more}),
     * which the change may alter, and the other association's, which it must not.
     */
    static Scene scene(String... more) {
        return scene(association, other, more);
    }

    /** The pages around a change of {@code site}, and those of {@code untouched}. */
    static Scene scene(Site site, Site untouched, String... more) {
        List<String> paths = new ArrayList<>(pagesOf(site));
        paths.addAll(pagesOf(sites.network()));
        paths.addAll(List.of(more));
        return Scene.before(server, paths, pagesOf(untouched));
    }

    /** Where the page's card of this title leads; null if the page lists no such card. */
    static String cardLink(String path, String title) {
        Matcher card = Pattern.compile("<a href=\"([^\"]+)\">" + Pattern.quote(title) + "</a>")
                .matcher(server.get(path).body());
        return card.find() ? card.group(1) : null;
    }

    static void assertListed(String title, List<String> paths) {
        for (String path : paths) {
            assertThat(server.get(path).body()).as(path).contains(title);
        }
    }

    static void assertNotListed(String title, List<String> paths) {
        for (String path : paths) {
            assertThat(server.get(path).body()).as(path).doesNotContain(title);
        }
    }

    /** The article's page in every language of its site, found from the site's news in that language. */
    static List<String> articlePages(String title) {
        return association.languages().stream().map(language -> {
            String link = cardLink(association.url(language, "/news"), title);
            assertThat(link).as(title + " listed in " + language.code()).isNotNull();
            return link;
        }).toList();
    }

    /** The last segment of a page's address: an article's or a static page's slug. */
    static String slug(String page) {
        return page.substring(page.lastIndexOf('/') + 1);
    }

    /** The end of the page's heading of this title, in the page's language or, with its lang, in another. */
    static String heading(String title) {
        return ">" + title + "</h1>";
    }

    static void assertShows(String path, String... texts) {
        TestServer.Page page = server.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.body()).as(path).contains(texts);
    }
}
