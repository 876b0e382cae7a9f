package org.makemothersmatter.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.sites.SitePlugins;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.ArticleDao;

/**
 * What a plugin's own page must do, as a test base: read in each language of its site, be in the site's
 * navigation, and show the site's latest news with links that work. A plugin's test extends it and says what
 * the page says in each language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OwnPageContract {

    private static final Pattern CARD_LINK = Pattern.compile("<h3 class=\"card-title\"[^>]*><a href=\"([^\"]+)\">");

    /** What the page says in one language: its heading, its label in the navigation, a sentence only it says. */
    public record Expected(String heading, String navLabel, String sentence) {
    }

    private TestServer server;
    private SitePlugin declared;
    private Site site;

    /** The plugin, as its services file declares it. */
    protected abstract SitePlugin plugin();

    /** The page's path within the site: "/workshops". */
    protected abstract String path();

    /** What the page says, by language code, for every language of the site. */
    protected abstract Map<String, Expected> expected();

    @BeforeAll
    void startThePlugin() {
        declared = plugin();
        server = TestServer.start(new TestNetworkSite(), SitePlugins.module(declared));
        site = server.instance(Sites.class).find(siteCode()).orElseThrow();
    }

    /** The plugin's site code. */
    protected final String siteCode() {
        return declared.code();
    }

    @AfterAll
    void stopThePlugin() {
        server.close();
    }

    /** The site, as the server hosts it. */
    protected Site site() {
        return site;
    }

    /** The page in one language of the site. */
    protected TestServer.Page page(Language language) {
        return server.get(site.url(language, path()));
    }

    protected TestServer server() {
        return server;
    }

    @Test
    void itReadsInEachLanguageOfTheSite() {
        assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(
                site.languages().stream().map(Language::code).toList());
        for (Language language : site.languages()) {
            Expected expected = expected().get(language.code());
            TestServer.Page page = server.get(site.url(language, path()));
            assertThat(page.status()).as(page.path()).isEqualTo(200);
            assertThat(page.body()).as(page.path())
                    .contains("<html lang=\"" + language.code() + "\" dir=\"" + language.dir() + "\">",
                            "<h1>" + expected.heading() + "</h1>", expected.sentence(),
                            "<a href=\"" + site.url(language, path()) + "\" aria-current=\"page\">"
                                    + expected.navLabel() + "</a>");
            expected().forEach((other, text) -> {
                if (!other.equals(language.code())) {
                    assertThat(page.body()).as(page.path() + " without the " + other + " text")
                            .doesNotContain(text.sentence());
                }
            });
        }
    }

    @Test
    void theSitesNavigationLeadsToIt() {
        for (Language language : site.languages()) {
            String link = "<a href=\"" + site.url(language, path()) + "\">" + expected().get(language.code()).navLabel()
                    + "</a>";
            assertThat(server.get(site.url(language, "")).body()).as("home").contains(link);
            assertThat(server.get(site.url(language, "/news")).body()).as("news").contains(link);
        }
    }

    @Test
    void itShowsTheSitesLatestNewsWithLinksThatWork() {
        ArticleDao articles = server.instance(ArticleDao.class);
        long id = articles.insert(siteCode(), Section.NATIONAL, LocalDate.now(), site.defaultLanguage(),
                false, null);
        articles.insertTranslation(id, site.defaultLanguage(), siteCode(), "The newest story", "the-newest-story",
                "What happened.", "What happened.", "<p>What happened.</p>", null, null);
        for (Language language : site.languages()) {
            String body = server.get(site.url(language, path())).body();
            List<String> links = CARD_LINK.matcher(body).results().map(m -> m.group(1)).toList();
            assertThat(links).as(language.code()).first().isEqualTo(site.url(language, "/news/the-newest-story"));
            assertThat(body).contains("<a href=\"" + site.url(language, "/news") + "\">");
            for (String link : links) {
                assertThat(server.get(link).status()).as(link).isEqualTo(200);
            }
        }
    }
}
