package org.makemothersmatter.sites.network.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.NavigationEntry;

/**
 * What else an editor changes shows at once: an association's static pages and the navigation that lists
 * them, a story's settings (its date, its sharing with the network news), and the plugins' own pages, which
 * show their site's latest news.
 */
class SitePagesTest extends FreshPagesTest {

    private static final Pattern CARD = Pattern.compile("(?s)<article class=\"card\">.*?</article>");

    @Test
    void aStaticPagePublishedEditedAndWithdrawnShowsAtOnceInTheNavigationOfEveryLanguage() {
        String title = unique("Our mothers charter");
        BackOffice.Item item = office.draftPage(association, association.defaultLanguage(), title, "What we hold.");
        Scene scene = scene();

        office.act(item, "publish");
        List<String> pages = new ArrayList<>();
        for (Language language : association.languages()) {
            String page = office.publicPage(item, language);
            pages.add(page);
            assertShows(page, heading(title), "What we hold.");
        }
        assertListed(title, pagesOf(association));
        scene.assertFreshAndOthersKept();

        scene = scene(pages.toArray(String[]::new));
        String edited = unique("Our mothers charter revised");
        office.saveText(item, association.defaultLanguage(), edited, slug(pages.get(0)), "What we now hold.");
        assertNotListed(title, pagesOf(association));
        assertListed(edited, pagesOf(association));
        pages.forEach(page -> assertShows(page, heading(edited), "What we now hold."));
        scene.assertFreshAndOthersKept();

        office.act(item, "unpublish");
        assertNotListed(edited, pagesOf(association));
        pages.forEach(page -> assertThat(server.get(page).status()).as(page).isEqualTo(404));
        scene.assertFreshAndOthersKept();
    }

    @Test
    void aStorysDateAndSharingWithTheNetworkNewsShowAtOnce() {
        String title = unique("Mothers change the date");
        BackOffice.Item item = published(title, "Shared, then not.");
        Scene scene = scene();
        LocalDate yesterday = LocalDate.now(ArticleEditor.ZONE).minusDays(1);

        office.articleSettings(item, Section.NATIONAL, yesterday, false);
        List<String> own = siteListings(association);
        List<String> network = listings().stream().filter(path -> !own.contains(path)).toList();
        assertNotListed(title, network);
        for (String listing : own) {
            assertThat(card(listing, title)).as(listing).contains("datetime=\"" + yesterday + "\"");
        }
        scene.assertFreshAndOthersKept();

        office.articleSettings(item, Section.NATIONAL, yesterday, true);
        assertListed(title, network);
        scene.assertFreshAndOthersKept();
    }

    @Test
    void thePluginsPagesShowTheirSitesLatestNewsAtOnce() {
        int pages = 0;
        for (Site site : sites.national()) {
            List<String> withNews = new ArrayList<>();
            for (NavigationEntry entry : sites.navigation(site)) {
                for (Language language : site.languages()) {
                    String path = site.url(language, entry.path());
                    server.get(path);
                    var page = server.get(path);
                    if (page.header("ETag") != null && page.body().contains("id=\"latest-news\"")) {
                        withNews.add(path);
                    }
                }
            }
            if (withNews.isEmpty()) {
                continue;
            }
            pages += withNews.size();
            Site untouched = sites.national().stream().filter(s -> !s.equals(site)).findFirst().orElseThrow();
            Scene scene = scene(site, untouched);
            String title = unique("Mothers of " + site.code() + " in the news");
            office.act(office.draftArticle(site, Section.NATIONAL, site.defaultLanguage(), title, "News.", false),
                    "publish");
            assertListed(title, withNews);
            scene.assertFreshAndOthersKept();
        }
        assumeTrue(pages > 0, "no plugin has a page of its own that shows its site's news");
    }

    /** The page's card of this title. */
    private static String card(String path, String title) {
        Matcher card = CARD.matcher(server.get(path).body());
        while (card.find()) {
            if (card.group().contains(">" + title + "</a>")) {
                return card.group();
            }
        }
        throw new AssertionError("No card " + title + " on " + path);
    }
}
