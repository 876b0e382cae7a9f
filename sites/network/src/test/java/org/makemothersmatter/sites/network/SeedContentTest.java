package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.inject.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.makemothersmatter.core.content.ContentFile;
import org.makemothersmatter.core.content.ContentItem;
import org.makemothersmatter.core.model.Article;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.service.NewsService;
import org.makemothersmatter.core.service.SiteContentService;
import org.makemothersmatter.core.testkit.Crawler;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.sites.network.ShippedContent.Story;

/**
 * The content the hosted sites ship is what their pages show: every story, with its date, in its languages; the
 * national directory, the international news and the delegations; each association's subsite. What each page
 * must show is read from the content files on the classpath, whatever plugins and stories they are.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedContentTest {

    TestServer server;
    ShippedContent shipped;

    /** The sites' modules: the assembly's, as it ships. */
    Module[] sites() {
        return new Module[] {new NetworkSite()};
    }

    @BeforeAll
    void startServer() {
        server = TestServer.start(sites());
        shipped = ShippedContent.of(server);
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @Test
    void theDatabaseHoldsEveryFileShipped() {
        assertThat(ShippedContent.rows(server.instance(Jdbi.class))).isEqualTo(shipped.expectedRows());
    }

    @Test
    void everyStoryIsServedWithItsTitleAndDateInEachOfItsLanguages() {
        List<String> checked = new ArrayList<>();
        for (Story story : shipped.news()) {
            for (ContentFile file : story.item().files()) {
                String url = story.path(file.language());
                TestServer.Page page = server.get(url);
                assertThat(page.status()).as(url).isEqualTo(200);
                assertThat(Listing.unescaped(page.body())).as(url)
                        .contains("<html lang=\"" + file.language().code() + "\"")
                        .contains(file.required("title"))
                        .contains("<time datetime=\"" + story.date(file) + "\">");
                checked.add(url);
            }
        }
        assertThat(checked).as("every translation the database holds")
                .hasSize(Math.toIntExact(ShippedContent.rows(server.instance(Jdbi.class)).get("article_translation")));
    }

    @Test
    void theSameStoryInTwoLanguagesIsOneArticle() {
        Optional<Story> bilingual = shipped.news().stream().filter(story -> story.item().files().size() > 1)
                .findFirst();
        assumeTrue(bilingual.isPresent(), "no site ships a story in two languages");
        Story story = bilingual.get();
        NewsService news = server.instance(NewsService.class);
        List<Article> articles = story.item().files().stream().map(file -> news.find(story.site().code(),
                ShippedContent.slug(file), file.language()).orElseThrow()).toList();
        assertThat(articles).extracting(Article::id).containsOnly(articles.get(0).id());
        Article article = articles.get(0);
        assertThat(article.translations()).extracting(t -> t.language())
                .containsExactlyInAnyOrderElementsOf(story.item().files().stream().map(ContentFile::language).toList());
        assertThat(article.publishedOn()).isEqualTo(story.date());
        assertThat(article.originalLanguage()).isEqualTo(story.item().originalLanguage(story.site()));
    }

    @Test
    void theNationalDirectoryListsEveryAssociationAndTheirNews() {
        Site network = shipped.network();
        ContentItem intro = shipped.routePage(SiteContentService.DIRECTORY_PAGE);
        List<Story> shared = shipped.networkNews().stream().filter(story -> !story.site().network()).toList();
        for (Language language : network.languages()) {
            String path = shipped.pagePath(network, intro, language);
            String html = server.get(path).body();
            assertThat(html).as(path).contains(shipped.html(ShippedContent.shown(network, intro, language)));
            for (Site site : shipped.national()) {
                shipped.association(site).map(association -> ShippedContent.shown(site, association, language))
                        .ifPresent(association -> assertThat(Listing.unescaped(html)).as(path).contains(
                                "<a href=\"" + site.url(site.shownIn(language), "") + "\">"
                                        + association.required("name") + "</a>", association.required("summary")));
            }
            Listing.assertNewest(Listing.cards(html), shipped.cards(shared, network, language),
                    path);
        }
    }

    @Test
    void theInternationalNewsHoldsNetworkNewsAndWhatAssociationsShare() {
        Site network = shipped.network();
        for (Language language : network.languages()) {
            String first = network.url(language, "/news");
            Listing.Walk walk = Listing.walk(server, first);
            Listing.assertLists(walk.cards(), shipped.cards(shipped.networkNews(), network, language), first);
            assertPagination(walk, shipped.texts(network, language));
        }
    }

    @Test
    void theAdvocacyPagesShowEachDelegationWithItsNews() {
        Site network = shipped.network();
        ContentItem intro = shipped.routePage(SiteContentService.ADVOCACY_PAGE);
        for (Language language : network.languages()) {
            String path = shipped.pagePath(network, intro, language);
            String html = server.get(path).body();
            assertThat(html).as(path).contains(shipped.html(ShippedContent.shown(network, intro, language)));
            for (ContentItem delegation : shipped.delegations()) {
                ContentFile shown = ShippedContent.shown(network, delegation, language);
                String address = shipped.delegationPath(delegation, language);
                assertThat(Listing.unescaped(html)).as(path).contains("<a href=\"" + address + "\">"
                        + shown.required("name") + "</a>", shown.required("summary"));
                List<Listing.Card> news = shipped.cards(shipped.delegationNews(delegation), network, language);
                Listing.Walk walk = Listing.walk(server, address);
                String page = walk.pages().get(address);
                assertThat(Listing.unescaped(page)).as(address).contains(shown.required("summary"));
                assertThat(page).as(address).contains(shipped.html(shown));
                Listing.assertLists(walk.cards(), news, address);
                assertPagination(walk, shipped.texts(network, language));
            }
        }
    }

    @Test
    void everySubsiteShowsItsAssociationPagesAndNews() {
        for (Site site : shipped.national()) {
            for (Language language : site.languages()) {
                String home = site.url(language, "");
                String html = server.get(home).body();
                shipped.association(site).map(association -> ShippedContent.shown(site, association, language))
                        .ifPresent(association -> {
                            assertThat(Listing.unescaped(html)).as(home).contains(association.required("summary"));
                            assertThat(html).as(home).contains(shipped.html(association));
                        });
                for (ContentItem item : shipped.pages(site)) {
                    ContentFile page = ShippedContent.shown(site, item, language);
                    String path = shipped.pagePath(site, item, language);
                    String lang = lang(page.language(), language);
                    assertThat(Listing.unescaped(html)).as(home)
                            .contains("<a href=\"" + path + "\"" + lang + ">" + page.required("title") + "</a>");
                    assertThat(Listing.unescaped(server.get(path).body())).as(path)
                            .contains("<h1" + lang + ">" + page.required("title") + "</h1>");
                    assertThat(server.get(path).body()).as(path).contains(shipped.html(page));
                }
                List<Listing.Card> news = shipped.cards(shipped.news(site), site, language);
                Listing.assertNewest(Listing.cards(html), news, home);
                Listing.Walk walk = Listing.walk(server, site.url(language, "/news"));
                Listing.assertLists(walk.cards(), news, site.url(language, "/news"));
                assertPagination(walk, shipped.texts(site, language));
            }
        }
    }

    @Test
    void everyShippedPageIsReachedByFollowingLinksFromTheHomes() {
        Map<String, TestServer.Page> pages = Crawler.crawl(server, 100_000,
                shipped.homes().toArray(String[]::new));
        assertThat(pages).containsKeys(shipped.publicPages().toArray(String[]::new));
        assertThat(shipped.publicPages()).allSatisfy(path -> assertThat(pages.get(path).status()).as(path)
                .isEqualTo(200));
    }

    /** Each page of a listing of more than one page says where it stands: "Page 2 of 4". */
    private static void assertPagination(Listing.Walk walk, Texts texts) {
        List<String> pages = List.copyOf(walk.pages().keySet());
        for (int i = 0; pages.size() > 1 && i < pages.size(); i++) {
            assertThat(Listing.unescaped(walk.pages().get(pages.get(i)))).as(pages.get(i))
                    .contains(texts.format("pagination.status", i + 1, pages.size()));
        }
    }

    /** The lang and dir attributes of a title shown in another language than the page's. */
    private static String lang(Language shown, Language page) {
        String other = ShippedContent.langIfOther(shown, page);
        return other == null ? "" : " lang=\"" + other + "\" dir=\"" + shown.dir() + "\"";
    }
}
