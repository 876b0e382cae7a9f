package org.makemothersmatter.plugins.mali;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.testkit.OwnPageContract;
import org.makemothersmatter.core.testkit.TestServer;

/** MMM Mali's page on its training and counselling, and the four areas it works through. */
class ProgrammesPageTest extends OwnPageContract {

    private static final Map<String, List<String>> AREAS = Map.of(
            "fr", List.of("Formation", "Sensibilisation", "Conseil", "Assistance"),
            "en", List.of("Training", "Awareness raising", "Counselling", "Assistance"));

    @Override
    protected SitePlugin plugin() {
        return new MaliPlugin();
    }

    @Override
    protected String path() {
        return "/programmes";
    }

    @Override
    protected Map<String, Expected> expected() {
        return Map.of(
                "fr", new Expected("Formation et conseil", "Formation et conseil",
                        "MMM Mali œuvre pour l’autonomisation des mères et la promotion de leurs droits humains"),
                "en", new Expected("Training and counselling", "Training and counselling",
                        "MMM Mali works for the empowerment of mothers and the promotion of their human rights"));
    }

    @Test
    void itListsTheFourAreasInTheLanguageOfThePage() {
        for (Language language : site().languages()) {
            TestServer.Page page = page(language);
            assertThat(Pattern.compile("<li>([^<]+)</li>").matcher(page.body()).results().map(m -> m.group(1)))
                    .as(page.path()).containsExactlyElementsOf(AREAS.get(language.code()));
        }
    }
}
