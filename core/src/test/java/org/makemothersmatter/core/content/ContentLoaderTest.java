package org.makemothersmatter.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.TestServer;

/** Content files are initial content: once the database has a text, a file never replaces it nor stops the start. */
class ContentLoaderTest {

    @Test
    void aPageFileArrivingAfterTheTeamWroteThePageLeavesTheirTextAlone() {
        try (TestServer server = TestServer.start(TestSites.module())) {
            Jdbi jdbi = server.instance(Jdbi.class);
            // As if the team had written the page in the back office before the file shipped.
            jdbi.useHandle(h -> {
                h.createUpdate("UPDATE page_translation SET body_markdown = 'Written by the team' WHERE title = 'Advocacy'")
                        .execute();
                h.createUpdate("DELETE FROM content_import WHERE content_key LIKE '%2-advocacy%'").execute();
            });
            assertThat(server.instance(ContentLoader.class).loadAll()).as("the file is seen, marked, not applied")
                    .isEqualTo(1);
            String text = jdbi.withHandle(h -> h.createQuery(
                    "SELECT body_markdown FROM page_translation WHERE title = 'Advocacy'").mapTo(String.class).one());
            assertThat(text).isEqualTo("Written by the team");
        }
    }
}
