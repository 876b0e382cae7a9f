package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The audit log keeps what was refused, with the rule that refused it, and where every change came from; network
 * administrators search it by who, what, site and days.
 */
class AuditLogTest extends TestlandTeam {

    @Test
    void aRefusedRequestIsInTheLogWithItsRule() {
        long id = draft("Not Otto's " + unique());
        assertThat(otherEditor.get(Articles.edit(id)).status()).isEqualTo(403);
        assertThat(entries("editor@otherland.org", "refused")).anyMatch(e -> e.target().equals("GET /admin/articles/"
                + id) && e.detail().contains("does not work on testland") && e.ip() != null);

        Browser forger = server.signedIn("editor@otherland.org", PASSWORD);
        int before = entries("editor@otherland.org", "refused").size();
        assertThat(forger.postRaw("/admin/articles/" + id + "/trash", Map.of("version", "1")).status())
                .as("no CSRF token").isEqualTo(403);
        assertThat(entries("editor@otherland.org", "refused")).hasSize(before + 1);
    }

    @Test
    void aChangeSaysWhereItCameFrom() {
        String title = "From somewhere " + unique();
        long id = draft(title);
        assertThat(entries("editor@testland.org", "article.create")).anyMatch(e -> e.target().equals("article " + id)
                && e.ip() != null && !e.ip().isEmpty());
    }

    @Test
    void theDatabaseItselfKeepsEveryLineOfTheLog() {
        draft("Kept in the log " + unique());
        AuditLog log = server.instance(AuditLog.class);
        long lines = log.count();
        Jdbi jdbi = server.instance(Jdbi.class);
        for (String statement : List.of("UPDATE audit_event SET detail = 'rewritten'", "DELETE FROM audit_event",
                "DELETE FROM audit_event WHERE action = 'article.create'")) {
            assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(statement))).as(statement)
                    .hasMessageContaining("only ever added to");
        }
        assertThat(log.count()).isEqualTo(lines);
        assertThat(entries("editor@testland.org", "article.create")).noneMatch(e -> "rewritten".equals(e.detail()));
    }

    @Test
    void theLogIsSearchedByWhoWhatSiteAndDays() {
        otherEditor.get(Articles.edit(draft("Searched " + unique())));
        Browser admin = server.signedIn("admin@example.org", PASSWORD);
        Document found = Jsoup.parse(admin.get("/admin/audit?who=OTHERLAND&action=refused").body());
        List<String> who = found.select("td[data-label=Who]").eachText();
        assertThat(who).isNotEmpty().allMatch("editor@otherland.org"::equals);
        assertThat(found.select("td[data-label=What]").eachText()).allMatch(what -> what.startsWith("was refused"));
        Element action = found.selectFirst("select[name=action] option[selected]");
        assertThat(action).isNotNull();
        assertThat(action.attr("value")).isEqualTo("refused");

        String today = LocalDate.now(ArticleEditor.ZONE).toString();
        assertThat(Jsoup.parse(admin.get("/admin/audit?site=testland&from=" + today + "&to=" + today).body())
                .select("td[data-label=Site]").eachText()).isNotEmpty().allMatch("MMM Testland"::equals);
        assertThat(Jsoup.parse(admin.get("/admin/audit?from=2000-01-01&to=2000-01-02").body())
                .select("tbody tr")).isEmpty();
        assertThat(admin.get("/admin/audit?from=yesterday").status()).isEqualTo(400);
        assertThat(admin.get("/admin/audit?action=no-such-action").status()).isEqualTo(400);
        assertThat(editor.get("/admin/audit").status()).as("administrators only").isEqualTo(403);
    }

    @Test
    void whatTheSearchFindsIsDownloadedForASpreadsheetAndTheDownloadIsLogged() {
        otherEditor.get(Articles.edit(draft("=HYPERLINK(\"http://evil.example\") " + unique())));
        Browser admin = server.signedIn("admin@example.org", PASSWORD);
        String page = admin.get("/admin/audit?who=otherland").body();
        assertThat(page).contains("href=\"/admin/audit.csv?who=otherland&amp;\"");
        TestServer.Page csv = admin.get("/admin/audit.csv?who=otherland");
        assertThat(csv.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"mmm-audit.csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFat,actor,action,site,target,detail,ip");
        assertThat(lines.subList(1, lines.size())).isNotEmpty()
                .allMatch(line -> line.contains(",editor@otherland.org,"));
        assertThat(admin.get("/admin/audit?action=audit.export").body()).contains("downloaded the audit log");
        assertThat(editor.get("/admin/audit.csv").status()).isEqualTo(403);
    }

    private record Entry(String target, String detail, String ip) {
    }

    private static List<Entry> entries(String actor, String action) {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                        "SELECT target, detail, ip FROM audit_event WHERE actor = :actor AND action = :action")
                .bind("actor", actor).bind("action", action)
                .map((rs, c) -> new Entry(rs.getString("target"), rs.getString("detail"), rs.getString("ip")))
                .list());
    }
}
