package org.makemothersmatter.plugins.belgium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.sites.SitePlugins;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlValidator;
import org.makemothersmatter.core.testkit.TestNetworkSite;
import org.makemothersmatter.core.testkit.TestServer;

/** MMM Belgium's public consultation: answers kept when valid, shown again when not, read by its editors only. */
class ConsultationTest {

    private static final String PASSWORD = "a long and secret password";
    private static final String FORM = "/belgium/fr/consultation";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(new TestNetworkSite(), SitePlugins.module(new BelgiumPlugin()));
        Accounts accounts = server.instance(Accounts.class);
        accounts.create("editor@mmm-belgium.be", "Els", Role.EDITOR, Set.of("belgium"), PASSWORD);
        accounts.create("translator@mmm-belgium.be", "Tom", Role.TRANSLATOR, Set.of("belgium"), PASSWORD);
        accounts.create("editor@mmm.org", "Awa", Role.EDITOR, Set.of("testnet"), PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theConsultationIsInTheSitesNavigationInEachLanguage() {
        for (String language : List.of("fr", "en")) {
            TestServer.Page page = server.get("/belgium/" + language + "/consultation");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("<html lang=\"" + language + "\"",
                    "<a href=\"/belgium/" + language + "/consultation\" aria-current=\"page\">",
                    "name=\"_csrf\"", "method=\"post\"");
            String announcement = page.body().replaceAll("(?s).*<a href=\"([^\"]+)\">(Lire l’annonce|Read the announcement)</a>.*", "$1");
            assertThat(server.get(announcement).status()).as(announcement).isEqualTo(200);
        }
        assertThat(server.get(FORM).body()).contains("<h1>Concilier parentalité et travail : consultation publique</h1>",
                "Je suis parent et j’exerce un emploi rémunéré");
        assertThat(server.get("/belgium/en/consultation").body()).contains("I am a parent in paid work");
    }

    @Test
    void validAnswersAreKeptAndTheVisitorIsThanked() {
        Browser visitor = server.browser();
        visitor.get(FORM);
        long before = answers();
        TestServer.Page sent = visitor.post(FORM, answers("parent-in-work", "Les horaires de la crèche <script>x</script>",
                "Des congés plus souples", "mere@exemple.be", "yes"));
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.header("Location")).isEqualTo("/belgium/fr/consultation/thanks");
        assertThat(visitor.get("/belgium/fr/consultation/thanks").body()).contains("<h1>Merci</h1>",
                "Vos réponses ont bien été reçues.");
        assertThat(answers()).isEqualTo(before + 1);
        Map<String, Object> row = server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT * FROM plugin_belgium.belgium_consultation_answer ORDER BY id DESC LIMIT 1").mapToMap().one());
        assertThat(row).containsEntry("language", "fr").containsEntry("situation", "parent-in-work")
                .containsEntry("email", "mere@exemple.be").containsEntry("proposals", "Des congés plus souples");
    }

    @Test
    void answersThatCannotBeKeptAreShownAgainWithWhatIsWrong() throws Exception {
        Browser visitor = server.browser();
        visitor.get(FORM);
        long before = answers();
        TestServer.Page refused = visitor.post(FORM, answers("", "", "Un texte à garder", "pas-une-adresse", ""));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Vos réponses n’ont pas encore pu être envoyées",
                "<a href=\"#situation-parent-in-work\">Choisissez ce qui vous décrit le mieux.</a>",
                "Dites-nous ce qui est difficile pour vous.", "Saisissez une adresse e-mail",
                "Votre accord est nécessaire", ">Un texte à garder</textarea>", "value=\"pas-une-adresse\"",
                "aria-invalid=\"true\"", "aria-describedby=\"email-hint email-error\"");

        assertThat(HtmlValidator.errors(Map.of(FORM + " refused", refused.body()))).isEmpty();

        TestServer.Page tooLong = visitor.post(FORM, answers("employer", "x".repeat(4001), "", "", "yes"));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Écrivez au plus 4", "value=\"employer\" checked", "id=\"consent\" name=\"consent\" value=\"yes\" checked");
        assertThat(answers()).isEqualTo(before);
    }

    @Test
    void aFormWithoutItsTokenIsShownAgainAndNotKept() {
        long before = answers();
        Browser stranger = server.browser();
        TestServer.Page forged = stranger.postRaw(FORM, answers("other", "Envoyé d’ailleurs", "", "", "yes"));
        assertThat(forged.status()).isEqualTo(422);
        assertThat(forged.body()).contains("Ce formulaire avait expiré.", ">Envoyé d’ailleurs</textarea>");
        assertThat(answers()).isEqualTo(before);
        assertThat(stranger.post(FORM, answers("other", "Envoyé d’ailleurs", "", "", "yes")).status())
                .as("sent again with the token of the page shown").isEqualTo(303);
        assertThat(answers()).isEqualTo(before + 1);
    }

    @Test
    void whatARobotFillsInIsNotKept() {
        Browser robot = server.browser();
        robot.get(FORM);
        long before = answers();
        Map<String, String> form = answers("other", "Buy now", "", "", "yes");
        form.put("website", "http://spam.example");
        assertThat(robot.post(FORM, form).status()).isEqualTo(303);
        assertThat(answers()).isEqualTo(before);
    }

    @Test
    void theAnswersAreForBelgiumsEditorsWhoMayDeleteThem() throws Exception {
        Browser visitor = server.browser();
        visitor.get("/belgium/en/consultation");
        visitor.post("/belgium/en/consultation", answers("parent-not-in-work", "<b>No childcare</b> nearby", "", "", "yes"));
        for (String email : List.of("editor@mmm.org", "translator@mmm-belgium.be")) {
            Browser other = server.signedIn(email, PASSWORD);
            assertThat(other.get("/admin/sites/belgium/consultation").status()).as(email).isEqualTo(403);
            assertThat(other.get("/admin").body()).doesNotContain("Consultation answers");
        }

        Browser editor = server.signedIn("editor@mmm-belgium.be", PASSWORD);
        assertThat(editor.get("/admin").body()).contains("<a href=\"/admin/sites/belgium/consultation\">Consultation answers</a>");
        TestServer.Page list = editor.get("/admin/sites/belgium/consultation");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Consultation answers – MMM Belgium", "I am a parent not in paid work",
                "&lt;b&gt;No childcare&lt;/b&gt; nearby").doesNotContain("<b>No childcare");
        long id = server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT MAX(id) FROM plugin_belgium.belgium_consultation_answer").mapTo(Long.class).one());
        String answer = "/admin/sites/belgium/consultation/" + id;
        String delete = answer + "/delete";
        assertThat(list.body()).contains("href=\"" + answer + "\"");
        TestServer.Page shown = editor.get(answer);
        assertThat(shown.body()).contains("<h1>Answer " + id + " – MMM Belgium</h1>", "I am a parent not in paid work",
                "href=\"" + delete + "\"");
        TestServer.Page confirmation = editor.get(delete);
        assertThat(confirmation.body()).contains("action=\"" + delete + "\"");
        assertThat(exists(id)).as("shown, not deleted").isTrue();
        assertThat(HtmlValidator.errors(Map.of("answers", list.body(), "answer", shown.body(),
                "confirmation", confirmation.body(),
                "thanks", server.get("/belgium/en/consultation/thanks").body()))).isEmpty();

        assertThat(editor.postRaw(delete, Map.of()).status()).as("without the form's token").isEqualTo(403);
        assertThat(server.signedIn("editor@mmm.org", PASSWORD).post(delete, Map.of()).status()).isEqualTo(403);
        assertThat(exists(id)).isTrue();

        editor.get(delete);
        TestServer.Page deleted = editor.post(delete, Map.of());
        assertThat(deleted.status()).isEqualTo(303);
        assertThat(exists(id)).isFalse();
        assertThat(editor.get(deleted.header("Location")).body()).contains("Answer " + id + " deleted.");
        assertThat(editor.post(delete, Map.of()).status()).as("already gone").isEqualTo(404);
        int audited = server.instance(Jdbi.class).withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_event "
                + "WHERE action = 'consultation.delete' AND target = :target").bind("target", "consultation " + id)
                .mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void theAnswersDownloadAsASpreadsheetThatRunsNoFormula() {
        Browser visitor = server.browser();
        visitor.get("/belgium/fr/consultation");
        visitor.post(FORM, answers("employer", "=HYPERLINK(\"http://evil.example\", \"Cliquez\")",
                "Des horaires, \"souples\"; et plus", "", "yes"));
        String path = "/admin/sites/belgium/consultation.csv";
        assertThat(server.signedIn("translator@mmm-belgium.be", PASSWORD).get(path).status()).isEqualTo(403);

        Browser editor = server.signedIn("editor@mmm-belgium.be", PASSWORD);
        assertThat(editor.get("/admin/sites/belgium/consultation").body()).contains("href=\"" + path + "\"");
        TestServer.Page csv = editor.get(path);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        assertThat(csv.body())
                .startsWith("\uFEFFID,Received,Language,Situation,What makes it hard,What would help,E-mail\n")
                .contains(",French,I am an employer or I manage a team,"
                        + "\"'=HYPERLINK(\"\"http://evil.example\"\", \"\"Cliquez\"\")\",")
                .contains("\"Des horaires, \"\"souples\"\"; et plus\"");
        assertThat(csv.body().lines().count()).isEqualTo(answers() + 1);
        int audited = server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'consultation.export'").mapTo(Integer.class).one());
        assertThat(audited).isEqualTo(1);
    }

    private static Map<String, String> answers(String situation, String difficulties, String proposals, String email,
                                               String consent) {
        Map<String, String> form = new HashMap<>(Map.of("situation", situation, "difficulties", difficulties,
                "proposals", proposals, "email", email));
        if (!consent.isEmpty()) {
            form.put("consent", consent);
        }
        return form;
    }


    private static long answers() {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM plugin_belgium.belgium_consultation_answer").mapTo(Long.class).one());
    }

    private static boolean exists(long id) {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM plugin_belgium.belgium_consultation_answer WHERE id = :id").bind("id", id).mapTo(Long.class).one()) > 0;
    }
}
