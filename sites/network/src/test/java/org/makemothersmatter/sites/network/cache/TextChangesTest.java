package org.makemothersmatter.sites.network.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The text of a public story changes (its title and body, a translation, its address) and every page that
 * shows it, in every language of its site and of the international site, shows the change on the next request.
 */
class TextChangesTest extends FreshPagesTest {

    @Test
    void aTitleAndBodyEditedInOneLanguageShowAtOnceInEveryLanguage() {
        String title = unique("Mothers draft a title");
        BackOffice.Item item = published(title, "The first words.");
        List<String> pages = articlePages(title);
        Scene scene = scene(pages.toArray(String[]::new));

        String edited = unique("Mothers settle on a title");
        office.saveText(item, association.defaultLanguage(), edited, slug(pages.get(0)), "The second words.");

        assertNotListed(title, listings());
        assertListed(edited, listings());
        assertThat(articlePages(edited)).as("the same addresses").isEqualTo(pages);
        pages.forEach(page -> assertShows(page, heading(edited), "The second words."));
        scene.assertFreshAndOthersKept();
    }

    @Test
    void aTranslationAddedShowsAtOnceInItsLanguage() {
        assumeTrue(association.languages().size() > 1, "no association publishes in two languages");
        Language original = association.defaultLanguage();
        Language translated = association.languages().get(1);
        String title = unique("Mothers speak one language");
        BackOffice.Item item = published(title, "In the original.");
        List<String> pages = articlePages(title);
        Scene scene = scene(pages.toArray(String[]::new));

        String translation = unique("Mothers speak two languages");
        office.saveText(item, translated, translation, "", "In the translation.");

        assertListed(translation, List.of(association.url(translated, ""), association.url(translated, "/news")));
        assertListed(title, List.of(association.url(original, ""), association.url(original, "/news")));
        if (sites.network().publishesIn(translated)) {
            assertListed(translation, List.of(sites.network().url(translated, "/news"),
                    sites.network().url(translated, "/national-mmm")));
        }
        String page = cardLink(association.url(translated, "/news"), translation);
        assertShows(page, "<h1>" + translation + "</h1>", "In the translation.");
        String before = pages.get(association.languages().indexOf(translated));
        assertThat(server.get(before).header("Location")).as("the address it had in that language")
                .isEqualTo(page);
        scene.assertFreshAndOthersKept();
    }

    @Test
    void aNewAddressIsLinkedAtOnceAndTheOldOneRedirectsToIt() {
        String title = unique("Mothers move house");
        BackOffice.Item item = published(title, "At a new address.");
        List<String> pages = articlePages(title);
        Scene scene = scene(pages.toArray(String[]::new));

        String slug = slug(pages.get(0)) + "-moved";
        office.saveText(item, association.defaultLanguage(), title, slug, "At a new address.");

        List<String> moved = articlePages(title);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(moved.get(i)).endsWith("/news/" + slug);
            TestServer.Page old = server.get(pages.get(i));
            assertThat(old.status()).as(pages.get(i)).isEqualTo(301);
            assertThat(old.header("Location")).isEqualTo(moved.get(i));
            assertShows(moved.get(i), heading(title));
        }
        for (String listing : listings()) {
            assertThat(cardLink(listing, title)).as(listing).endsWith("/news/" + slug);
        }
        scene.assertFreshAndOthersKept();
    }
}
