package org.makemothersmatter.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void foldsAccentsAndJoinsWordsWithDashes() {
        assertThat(Slugs.of("Congé spécial")).isEqualTo("conge-special");
        assertThat(Slugs.of("L’éducation des filles en Côte d’Ivoire : pierre angulaire"))
                .isEqualTo("leducation-des-filles-en-cote-divoire-pierre-angulaire");
        assertThat(Slugs.of("“Equality in name means nothing” – MEPs")).isEqualTo("equality-in-name-means-nothing-meps");
    }

    @Test
    void keepsLettersOfOtherScriptsAndNeverGivesAnEmptySlug() {
        assertThat(Slugs.of("تضامن مع لبنان")).isEqualTo("تضامن-مع-لبنان");
        assertThat(Slugs.of("!!!")).isEqualTo("untitled");
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = Slugs.of("word ".repeat(40));
        assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-").endsWith("word");
    }

    @Test
    void numbersASlugThatIsTaken() {
        Set<String> taken = Set.of("news", "news-2");
        assertThat(Slugs.unique("news", taken::contains)).isEqualTo("news-3");
        assertThat(Slugs.unique("other", taken::contains)).isEqualTo("other");
    }
}
