package org.makemothersmatter.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.SitePlugins;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.store.PluginDatabases;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.TestNetworkSite;
import org.makemothersmatter.core.testkit.TestPlugin;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * What a plugin may add beyond pages: tables of its own, public forms protected against forgery, and
 * back-office pages that only the site's editors and the network's administrators reach.
 */
class PluginExtensionsTest {

    private static final String PASSWORD = "a long and secret password";
    private static final DatabaseSettings DATABASE = DatabaseSettings.inMemory("extensions-" + UUID.randomUUID());
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(DATABASE, new TestPlugins());
        Accounts accounts = server.instance(Accounts.class);
        TestSites.createTeam(accounts, PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPluginsTablesHaveAMigrationHistoryOfTheirOwnAppliedOnce() {
        Jdbi jdbi = server.instance(Jdbi.class);
        int applied = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plugin_testland.\"flyway_schema_history\" "
                + "WHERE \"success\" AND \"version\" = '1'").mapTo(Integer.class).one());
        assertThat(applied).isEqualTo(1);
        assertThat(server.instance(PluginDatabases.class).migrate()).as("nothing new on the next start").isZero();
        try (TestServer again = TestServer.start(DATABASE, new TestPlugins())) {
            assertThat(again.get("/testland/en/own").status()).isEqualTo(200);
        }
    }

    @Test
    void aPublicFormIsTakenOnlyWithTheTokenOfThePageItCameFrom() {
        Browser visitor = server.browser();
        assertThat(visitor.get("/testland/en/own").body()).contains("name=\"_csrf\" value=\"" + visitor.csrf() + "\"");
        assertThat(visitor.cookie("mmm_form")).hasValueSatisfying(cookie -> {
            assertThat(cookie.isHttpOnly()).isTrue();
            assertThat(cookie.getValue()).isEqualTo(visitor.csrf());
        });
        long before = notes();
        assertThat(visitor.postRaw("/testland/en/own", Map.of("note", "forged")).status()).isEqualTo(422);
        assertThat(server.browser().postRaw("/testland/en/own", Map.of("_csrf", visitor.csrf(), "note", "stolen token"))
                .status()).as("the token without its cookie").isEqualTo(422);
        assertThat(notes()).isEqualTo(before);

        TestServer.Page sent = visitor.post("/testland/en/own", Map.of("note", "<b>Hello</b> from a visitor"));
        assertThat(sent.status()).isEqualTo(303);
        assertThat(notes()).isEqualTo(before + 1);
    }

    @Test
    void aPluginsBackOfficePageIsForTheSitesEditorsAndTheNetworksAdministrators() {
        server.browser().get("/testland/en/own");
        Browser visitor = server.browser();
        visitor.get("/testland/en/own");
        visitor.post("/testland/en/own", Map.of("note", "<script>alert(1)</script>"));

        for (String email : List.of("editor@testland.org", "admin@example.org")) {
            Browser browser = server.signedIn(email, PASSWORD);
            assertThat(browser.get("/admin").body()).as(email)
                    .contains("<a href=\"/admin/sites/testland/notes\">Testland notes</a>");
            TestServer.Page notes = browser.get("/admin/sites/testland/notes");
            assertThat(notes.status()).isEqualTo(200);
            assertThat(notes.body()).contains("<h1>Testland notes – MMM Testland</h1>", "&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script>alert");
        }
        for (String email : List.of("editor@otherland.org", "translator@testland.org")) {
            Browser browser = server.signedIn(email, PASSWORD);
            assertThat(browser.get("/admin").body()).as(email).doesNotContain("Testland notes");
            assertThat(browser.get("/admin/sites/testland/notes").status()).as(email).isEqualTo(403);
        }
        assertThat(server.get("/admin/sites/testland/notes").status()).as("signed out").isEqualTo(303);
    }

    @Test
    void aPluginClaimingAnAddressCoreUsesStopsTheStart() {
        AbstractModule clash = new AbstractModule() {
            @Override
            protected void configure() {
                install(new TestNetworkSite());
                SitePlugins.register(binder(), Clash.class);
            }
        };
        assertThatThrownBy(() -> TestServer.start(clash)).hasMessageContaining(
                "Plugin clash: the route GET /news is the same address as core's route GET /news: give it another path");
    }

    static final class Clash extends TestPlugin {
        Clash() {
            super(new Site("clash", "MMM Clash", List.of(Language.ENGLISH), false));
        }

        @Override
        public void routes(SiteRoutes routes) {
            routes.get("/news", page -> page.redirect("/"));
        }
    }


    private static long notes() {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plugin_testland.testland_note")
                .mapTo(Long.class).one());
    }
}
