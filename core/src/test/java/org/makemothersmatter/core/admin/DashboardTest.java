package org.makemothersmatter.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.testkit.Browser;

/** The first page of the back office shows each account what waits for it on its own sites, linked to its work. */
class DashboardTest extends TestlandTeam {

    @Test
    void aDraftIsListedWithWhoSavedItAndOnlyForItsSite() {
        String title = unique() + " draft";
        long id = draft(title);
        assertThat(section(editor, "Drafts")).contains("href=\"/admin/articles/" + id + "?lang=en\"", title,
                "saved by Ed");
        assertThat(section(editor, "Recent activity")).contains("Ed created an article");
        assertThat(otherEditor.get("/admin").body()).doesNotContain(title);
    }

    @Test
    void aTranslationSubmittedForReviewWaitsForTheEditor() {
        long id = draft(unique() + " to translate");
        assertThat(send(editor, id, "en", Map.of(), "publish").status()).isEqualTo(303);
        assertThat(section(editor, "Translations missing")).as("the site's second language lacks it")
                .contains("missing=");
        String french = unique() + " traduit";
        assertThat(send(translator, id, "fr", Map.of("title", french, "body", "Un texte."), "review").status())
                .isEqualTo(303);
        assertThat(section(editor, "Waiting for review")).contains("href=\"/admin/articles/" + id + "?lang=fr\"",
                french, "submitted by Tia");
    }

    @Test
    void aScheduledArticleIsListedWithItsTime() {
        long id = draft(unique() + " scheduled");
        assertThat(send(editor, id, "en", Map.of("at", "2099-01-01T09:00"), "schedule").status()).isEqualTo(303);
        assertThat(section(editor, "Scheduled")).contains("href=\"/admin/articles/" + id + "?lang=en\"",
                "goes public 1 Jan 2099 09:00");
    }

    /** The part of the first page under a heading. */
    private static String section(Browser who, String heading) {
        String page = who.get("/admin").body();
        int start = page.indexOf("<h2>" + heading + "</h2>");
        assertThat(start).as("a section " + heading).isNotNegative();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

}
