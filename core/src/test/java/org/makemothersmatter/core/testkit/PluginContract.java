package org.makemothersmatter.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.editorial.Draft;
import org.makemothersmatter.core.editorial.PageEditor;
import org.makemothersmatter.core.model.Association;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.sites.SitePlugins;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.ArticleDao;
import org.makemothersmatter.core.store.AssociationDao;
import org.makemothersmatter.core.store.PageDao;
import org.makemothersmatter.core.web.Messages;

/**
 * What every national plugin must satisfy, as a test base: a plugin's own test extends it and names its
 * declaration. The plugin is started alone beside a small international site, and every
 * page reachable from its home pages is checked in each of its languages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PluginContract {

    private TestServer server;
    private SitePlugin declared;
    private Site site;
    private Map<String, TestServer.Page> pages;

    /** The plugin, as its services file declares it. */
    protected abstract SitePlugin plugin();

    @BeforeAll
    void startThePlugin() {
        declared = plugin();
        server = TestServer.start(new TestNetworkSite(), SitePlugins.module(declared));
        site = server.instance(Sites.class).find(siteCode()).orElseThrow(
                () -> new AssertionError("The module registers no site with the code " + siteCode()));
        List<String> homes = site.languages().stream().map(l -> site.url(l, "")).toList();
        pages = new LinkedHashMap<>();
        Crawler.crawl(server, 1000, homes.toArray(String[]::new)).forEach((path, page) -> {
            if (path.startsWith(site.pathPrefix() + "/")) {
                pages.put(path, page);
            }
        });
    }

    /** The plugin's site code. */
    protected final String siteCode() {
        return declared.code();
    }

    @AfterAll
    void stopThePlugin() {
        server.close();
    }

    @Test
    void itsPagesRenderInEachOfItsLanguages() {
        for (Language language : site.languages()) {
            assertThat(pages).containsKey(site.url(language, ""));
            assertThat(pages).containsKey(site.url(language, "/news"));
        }
        for (TestServer.Page page : pages.values()) {
            assertThat(page.status()).as(page.path()).isEqualTo(200);
            String language = page.path().split("/")[2];
            Language lang = Language.of(language);
            assertThat(page.body()).as(page.path())
                    .contains("<html lang=\"" + language + "\" dir=\"" + lang.dir() + "\">")
                    .contains("<main id=\"main\"", "hreflang=\"x-default\"");
            assertThat(page.body().split("<h1", -1)).as("one h1 on " + page.path()).hasSize(2);
        }
    }

    @Test
    void itsStarterContentHasBeenWrittenByTheTeam() {
        AssociationDao associations = server.instance(AssociationDao.class);
        for (Language language : site.languages()) {
            Association association = associations.find(site.code(), language).orElseThrow(
                    () -> new AssertionError("No association file content/" + site.code() + "/association/"
                            + language.code() + ".md"));
            assertThat(association.country()).as("the country of content/%s/association/%s.md, an ISO 3166 code",
                    site.code(), language.code()).isNotEqualTo("XX").matches("[A-Z]{2}");
        }
        pages.forEach((path, page) -> assertThat(page.body()).as("%s still has a placeholder of the scaffold: "
                + "replace every REPLACE in content/%s/", path, site.code()).doesNotContain("REPLACE"));
    }

    @Test
    void itsPagesAreValidHtml() throws Exception {
        Map<String, String> html = new LinkedHashMap<>();
        pages.forEach((path, page) -> html.put(path, page.body()));
        for (Language language : site.languages()) {
            html.put("404-" + language.code(), server.get(site.url(language, "/no-such-page")).body());
        }
        assertThat(HtmlValidator.errors(html)).isEmpty();
    }

    @Test
    void itsNotFoundPageSpeaksEachOfItsLanguages() {
        Messages messages = server.instance(Messages.class);
        for (Language language : site.languages()) {
            TestServer.Page page = server.get(site.url(language, "/no-such-page"));
            Texts texts = messages.of(site, language);
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.body()).contains("<html lang=\"" + language.code() + "\"",
                    "<h1>" + texts.get("error.404.title") + "</h1>");
        }
    }

    @Test
    void itsAddressesLeaveCoresAlone() {
        assertThat(server.get("/admin/login").status()).isEqualTo(200);
        assertThat(server.get("/assets/core/site.css").status()).isEqualTo(200);
        assertThat(server.get("/en/").status()).isEqualTo(200);
        assertThat(server.get(site.pathPrefix()).status()).isEqualTo(302);
    }

    @Test
    void itsTeamCannotTouchAnotherSitesContent() {
        Accounts accounts = server.instance(Accounts.class);
        Account editor = accounts.create("editor@" + siteCode() + ".example", "Editor", Role.EDITOR,
                Set.of(siteCode()), "a long enough password");
        ArticleDao articles = server.instance(ArticleDao.class);
        long other = articles.insert("testnet", Section.NETWORK, LocalDate.of(2024, 1, 1), Language.ENGLISH, true, null);
        articles.insertTranslation(other, Language.ENGLISH, "testnet", "Not yours", "not-yours", "x", "x", "<p>x</p>",
                null, null);
        ArticleEditor editorial = server.instance(ArticleEditor.class);
        PageDao pages = server.instance(PageDao.class);
        long page = pages.idByKey("testnet", "advocacy").orElseThrow();
        PageEditor pageEditor = server.instance(PageEditor.class);
        List<Runnable> attempts = new ArrayList<>(List.of(
                () -> editorial.read(editor, other),
                () -> editorial.saveText(editor, other, Language.ENGLISH, 1, new Draft("Taken", "", "", "x")),
                () -> editorial.publish(editor, other, 1),
                () -> editorial.trash(editor, other, 1),
                () -> editorial.create(editor, "testnet", Section.NETWORK, Language.ENGLISH, true,
                        new Draft("Forged", "", "", "x")),
                () -> pageEditor.read(editor, page),
                () -> pageEditor.saveText(editor, page, Language.ENGLISH, 1, new Draft("Taken", "", null, "x")),
                () -> pageEditor.unpublish(editor, page, 1),
                () -> pageEditor.create(editor, "testnet", Language.ENGLISH, new Draft("Forged", "", null, "x"))));
        for (Runnable attempt : attempts) {
            assertThatThrownBy(attempt::run).isInstanceOf(AccessDenied.class);
        }
        assertThat(pages.translations(page)).singleElement()
                .satisfies(t -> assertThat(t.title()).isEqualTo("Advocacy"));
        assertThat(articles.translations(other)).singleElement()
                .satisfies(t -> assertThat(t.title()).isEqualTo("Not yours"));
    }
}
