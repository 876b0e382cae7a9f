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
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.Mailbox;
import org.makemothersmatter.core.testkit.TestNetworkSite;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Each answer kept by MMM Belgium's consultation is told by e-mail to those who asked for it among those who may read
 * it (Belgium's editors, the network's administrators), in their language, without what the person wrote; nothing is
 * told of a refused form or of a robot's.
 */
class ConsultationNoticeTest {

    private static final String PASSWORD = "a long and secret password";
    private static final String FORM = "/belgium/fr/consultation";
    private static final String PUBLIC_URL = "http://mmm.example.org";
    private static final String SUBJECT_EN = "New answer to the consultation on parenthood and work";
    private static final String SUBJECT_FR = "Nouvelle réponse à la consultation sur la parentalité et le travail";
    private static Mailbox mailbox;
    private static TestServer server;

    @BeforeAll
    static void start() {
        mailbox = new Mailbox();
        server = TestServer.startAt(PUBLIC_URL, mailbox.settings(), new TestNetworkSite(),
                SitePlugins.module(new BelgiumPlugin()));
        Accounts accounts = server.instance(Accounts.class);
        accounts.create("editor@mmm-belgium.be", "Els", Role.EDITOR, Set.of("belgium"), PASSWORD);
        accounts.create("colleague@mmm-belgium.be", "Cas", Role.EDITOR, Set.of("belgium"), PASSWORD);
        accounts.create("translator@mmm-belgium.be", "Tom", Role.TRANSLATOR, Set.of("belgium"), PASSWORD);
        accounts.create("editor@mmm.org", "Awa", Role.EDITOR, Set.of("testnet"), PASSWORD);
        accounts.create("admin@mmm.org", "Ada", Role.NETWORK_ADMIN, Set.of(), PASSWORD);
        askForAnswers("editor@mmm-belgium.be", "fr");
        askForAnswers("editor@mmm.org", "");
        askForAnswers("admin@mmm.org", "");
    }

    @AfterAll
    static void stop() {
        server.close();
        mailbox.close();
    }

    @Test
    void eachAnswerKeptIsToldToThoseWhoAskedForItInTheirLanguage() {
        int before = mailbox.received().size();
        Browser visitor = server.browser();
        visitor.get(FORM);
        assertThat(visitor.post(FORM, answers("parent-in-work", "Les horaires de la crèche", "mere@exemple.be", "yes"))
                .status()).isEqualTo(303);
        long count = answers();
        mailbox.awaitDelivery(server);

        Mailbox.Mail french = mailbox.to("editor@mmm-belgium.be", SUBJECT_FR).get(0);
        assertThat(french.text()).startsWith("Bonjour Els,").contains("Une nouvelle réponse à la consultation "
                + "publique « Concilier parentalité et travail » est arrivée : " + (count == 1 ? "c’est la première"
                : count + " réponses à ce jour") + ".", "« Réponses à la consultation »", PUBLIC_URL + "/admin\n")
                .as("what the person wrote stays in the back office")
                .doesNotContain("Les horaires de la crèche", "mere@exemple.be");
        Mailbox.Mail english = mailbox.to("admin@mmm.org", SUBJECT_EN).get(0);
        assertThat(english.text()).startsWith("Hello Ada,").contains(count == 1 ? "the first one"
                : count + " answers so far");
        List<String> told = mailbox.received().subList(before, mailbox.received().size()).stream()
                .flatMap(m -> m.to().stream()).toList();
        assertThat(told).as("neither those who did not ask nor another site's editor")
                .containsExactlyInAnyOrder("editor@mmm-belgium.be", "admin@mmm.org");
    }

    @Test
    void nothingIsToldOfARefusedFormNorOfARobotsAnswer() {
        int before = mailbox.received().size();
        Browser visitor = server.browser();
        visitor.get(FORM);
        assertThat(visitor.post(FORM, answers("employer", "", "", "yes")).status()).isEqualTo(422);
        Map<String, String> robot = answers("other", "Buy now", "", "yes");
        robot.put("website", "http://spam.example");
        assertThat(visitor.post(FORM, robot).status()).isEqualTo(303);
        mailbox.awaitDelivery(server);
        assertThat(mailbox.received()).hasSize(before);
    }

    private static void askForAnswers(String email, String language) {
        Browser browser = server.signedIn(email, PASSWORD);
        Map<String, String> form = HtmlForm.fields(browser.get("/admin/me").body(), "account-form");
        form.put("language", language);
        form.put("notify-form-answer", "yes");
        assertThat(browser.post("/admin/me", form).status()).isEqualTo(303);
    }

    private static Map<String, String> answers(String situation, String difficulties, String email, String consent) {
        Map<String, String> form = new HashMap<>(Map.of("situation", situation, "difficulties", difficulties,
                "proposals", "", "email", email));
        form.put("consent", consent);
        return form;
    }

    private static long answers() {
        return server.instance(Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM plugin_belgium.belgium_consultation_answer").mapTo(Long.class).one());
    }
}
