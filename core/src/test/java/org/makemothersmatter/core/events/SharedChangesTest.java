package org.makemothersmatter.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.editorial.Draft;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Two server processes over one database: what one publishes, the other shows within a second, its kept pages
 * renewed by the change the first logged; a change rolled back is never logged.
 */
class SharedChangesTest {

    private static final String PASSWORD = "a long enough password";

    @Test
    void aChangeCommittedThroughOneServerShowsThroughTheOtherWithinASecond() {
        DatabaseSettings shared = DatabaseSettings.inMemory("shared-" + UUID.randomUUID());
        try (TestServer first = TestServer.start(shared, TestSites.module());
             TestServer second = TestServer.start(shared, TestSites.module())) {
            Account admin = TestSites.createTeam(first.instance(Accounts.class), PASSWORD);
            String news = "/testland/en/news";
            // Kept by the second server before the change.
            assertThat(second.get(news).body()).doesNotContain("Told to the other server");
            ArticleEditor articles = first.instance(ArticleEditor.class);
            long id = articles.create(admin, "testland", Section.NATIONAL, Language.ENGLISH, false,
                    new Draft("Told to the other server", "", "", "Published through the first server."));
            articles.publish(admin, id, articles.read(admin, id).version());

            long published = System.nanoTime();
            String seen = second.get(news).body();
            while (!seen.contains("Told to the other server")
                    && System.nanoTime() - published < Duration.ofSeconds(1).toNanos()) {
                seen = second.get(news).body();
            }
            assertThat(seen).as("the second server's news a second after").contains("Told to the other server");
        }
    }

    @Test
    void aChangeRolledBackIsNotLogged() {
        try (TestServer server = TestServer.start(TestSites.module())) {
            ChangeLog log = server.instance(ChangeLog.class);
            ContentEvents events = server.instance(ContentEvents.class);
            long before = log.newest();
            assertThatThrownBy(() -> server.instance(Jdbi.class).useTransaction(handle -> {
                events.afterCommit(handle, ContentChanged.on("testland"));
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");
            assertThat(log.after(before, 10)).isEmpty();
            server.instance(Jdbi.class).useTransaction(handle ->
                    events.afterCommit(handle, ContentChanged.of("testland", ContentChanged.Item.of("article", 7))));
            assertThat(log.after(before, 10)).singleElement().satisfies(row -> {
                assertThat(row.process()).isEqualTo(log.process());
                assertThat(row.change()).isEqualTo(ContentChanged.of("testland",
                        ContentChanged.Item.of("article", 7)));
            });
        }
    }
}
