package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * An association's article reaches the international site's news only when the network's editors accept it, and
 * no article is dated in the future: a national editor can neither put a story on the network's home nor pin it
 * first with a date years ahead.
 */
class NetworkNewsByConsentTest extends TestlandTeam {

    private static final String NETWORK_NEWS = "/en/news";

    @Test
    void anAssociationsArticleIsProposedAndListedByTheNetworkOnlyOnceAccepted() {
        String title = "Proposed " + unique();
        long id = Articles.create(editor, title, "A story for everyone.");
        assertThat(edit(id)).contains("Propose", "for the network news");
        assertThat(Articles.send(editor, id, Map.of("network", "true"), "publish").status()).isEqualTo(303);
        assertThat(server.get(NETWORK_NEWS).body()).as("proposed, not listed").doesNotContain(title);
        assertThat(edit(id)).contains("Waiting for the network’s editors to accept it.",
                "name=\"network\" value=\"true\"");
        assertThat(editor.get(ProposalRoutes.PATH).status()).as("an association's editor does not decide")
                .isEqualTo(403);
        assertThat(editor.post(ProposalRoutes.PATH + "/" + id + "/accept", Map.of()).status()).isEqualTo(403);

        Browser admin = server.signedIn("admin@example.org", PASSWORD);
        String proposals = admin.get("/admin").body();
        assertThat(proposals).contains("href=\"" + ProposalRoutes.PATH + "\"");
        assertThat(admin.get(ProposalRoutes.PATH).body()).contains(title, "MMM Testland", "proposed by Ed");
        assertThat(admin.post(ProposalRoutes.PATH + "/" + id + "/accept", Map.of()).status()).isEqualTo(303);
        assertThat(server.get(NETWORK_NEWS).body()).as("accepted, listed at once").contains(title);
        assertThat(admin.get(ProposalRoutes.PATH).body()).doesNotContain(title);
        assertThat(edit(id)).contains("The network news lists this article.");
        assertThat(admin.post(ProposalRoutes.PATH + "/" + id + "/accept", Map.of()).status())
                .as("answered already").isEqualTo(409);

        assertThat(Articles.send(editor, id, Map.of(), "save").status()).isEqualTo(303);
        assertThat(server.get(NETWORK_NEWS).body()).as("still listed: its box is still ticked").contains(title);
        assertThat(send(editor, id, "en", Map.of("network", ""), "save").status()).isEqualTo(303);
        assertThat(server.get(NETWORK_NEWS).body()).as("taken back by its association").doesNotContain(title);
    }

    @Test
    void aDeclinedArticleStaysOffTheNetworkAndCanBeProposedAgain() {
        String title = "Declined " + unique();
        long id = Articles.create(editor, title, "A story for Testland.");
        assertThat(Articles.send(editor, id, Map.of("network", "true"), "publish").status()).isEqualTo(303);
        Browser admin = server.signedIn("admin@example.org", PASSWORD);
        admin.get(ProposalRoutes.PATH);
        assertThat(admin.post(ProposalRoutes.PATH + "/" + id + "/decline", Map.of()).status()).isEqualTo(303);
        assertThat(server.get(NETWORK_NEWS).body()).doesNotContain(title);
        assertThat(edit(id)).contains("The network’s editors declined it");
        assertThat(admin.get(ProposalRoutes.PATH).body()).doesNotContain(title);

        assertThat(Articles.send(editor, id, Map.of("network", "true"), "save").status()).isEqualTo(303);
        assertThat(admin.get(ProposalRoutes.PATH).body()).as("proposed anew").contains(title);
        int declines = server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'article.network-decline' AND target = :target")
                .bind("target", "article " + id).mapTo(Integer.class).one());
        assertThat(declines).as("in the audit log").isEqualTo(1);
    }

    @Test
    void theNetworksEditorsShareAnArticleDirectly() {
        Browser admin = server.signedIn("admin@example.org", PASSWORD);
        String title = "Shared " + unique();
        long id = Articles.create(admin, title, "Shared by the network.");
        assertThat(Articles.send(admin, id, Map.of("network", "true"), "publish").status()).isEqualTo(303);
        assertThat(server.get(NETWORK_NEWS).body()).contains(title);
    }

    @Test
    void anArticleIsNeverDatedInTheFuture() {
        long id = Articles.create(editor, "Pinned " + unique(), "A story.");
        String later = LocalDate.now(ArticleEditor.ZONE).plusYears(3).toString();
        TestServer.Page refused = Articles.send(editor, id, Map.of("date", later), "publish");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("An article’s date cannot be in the future: to publish it later, schedule it.");
        assertThat(edit(id)).doesNotContain("value=\"" + later + "\"");

        String tomorrow = LocalDate.now(ArticleEditor.ZONE).plusDays(1).toString();
        assertThat(Articles.send(editor, id, Map.of("at", tomorrow + "T09:00"), "schedule").status()).isEqualTo(303);
        assertThat(edit(id)).as("a scheduled article shows the day it goes public")
                .contains("value=\"" + tomorrow + "\"");
        assertThat(Articles.send(editor, id, Map.of(), "save").status()).as("a day it keeps is no refusal")
                .isEqualTo(303);
        assertThat(Articles.send(editor, id, Map.of(), "publish").status()).isEqualTo(303);
        assertThat(HtmlForm.fields(edit(id), "text-form").get("date")).as("published now, dated today")
                .isEqualTo(LocalDate.now(ArticleEditor.ZONE).toString());
    }

    private static String edit(long id) {
        return editor.get(Articles.edit(id)).body();
    }
}
