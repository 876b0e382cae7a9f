package org.makemothersmatter.plugins.lebanon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.testkit.OwnPageContract;
import org.makemothersmatter.core.testkit.TestServer;

/** MMM Lebanon's solidarity appeal, in French, English and Arabic (right to left). */
class SolidarityPageTest extends OwnPageContract {

    private static final Pattern CARD_TITLE =
            Pattern.compile("<h3 class=\"card-title\"([^>]*)><a href=\"([^\"]+)\">([^<]+)</a>");

    /** The opening of the appeal in each language. */
    private static final Map<String, String> APPEAL = Map.of(
            "fr", "Cette pandémie a en effet tout particulièrement éprouvé les sociétés fragiles",
            "en", "this pandemic has particularly challenged fragile societies and put them at risk of collapse.",
            "ar", "تحدياً خاصاً للمجتمعات الهشّة وعرّضتها لخطر الانهيار.");

    @Override
    protected SitePlugin plugin() {
        return new LebanonPlugin();
    }

    @Override
    protected String path() {
        return "/solidarity";
    }

    @Override
    protected Map<String, Expected> expected() {
        return Map.of(
                "fr", new Expected("Solidaires avec le Liban", "Solidarité",
                        "pour améliorer la vie des mères et des enfants et faire évoluer la législation vers l’égalité"),
                "en", new Expected("Solidarity with Lebanon", "Solidarity",
                        "to improve the lives of mothers and children and to change the legislation towards gender equality."),
                "ar", new Expected("تضامناً مع لبنان", "التضامن",
                        "من أجل تحسين حياة الأمهات والأطفال وتغيير التشريعات نحو المساواة بين الجنسين."));
    }

    /** The appeal's article exists in English only: on the French and Arabic pages its card says so. */
    @Test
    void itQuotesTheAppealAndLinksToItsArticle() {
        for (Language language : site().languages()) {
            TestServer.Page page = page(language);
            assertThat(page.body()).as(page.path()).contains(APPEAL.get(language.code()));
            assertThat(CARD_TITLE.matcher(page.body()).results().toList()).as(page.path())
                    .anySatisfy(card -> {
                        assertThat(card.group(3)).isEqualTo("Solidarity with Lebanon");
                        assertThat(card.group(1))
                                .isEqualTo(language.equals(Language.ENGLISH) ? "" : " lang=\"en\" dir=\"ltr\"");
                    });
        }
    }
}
