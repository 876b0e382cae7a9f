package org.makemothersmatter.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void anyLanguageTheLocaleDataKnowsIsALanguageOfItsTag() {
        for (String tag : List.of("es", "ca", "de", "it", "pt", "pl", "sw", "bm", "eu", "ast")) {
            Language language = Language.of(tag);
            assertThat(language.code()).isEqualTo(tag);
            assertThat(language.locale().getLanguage()).isEqualTo(tag);
        }
    }

    @Test
    void aTagWithRegionOrScriptKeepsThemAndIsWrittenInLowerCaseInAddresses() {
        Language brazilian = Language.of("pt-BR");
        assertThat(brazilian.code()).isEqualTo("pt-br");
        assertThat(brazilian.locale().getCountry()).isEqualTo("BR");
        assertThat(Language.of("sr-Latn").locale().getScript()).isEqualTo("Latn");
        assertThat(Language.of("PT-br")).isEqualTo(brazilian);
    }

    @Test
    void whatIsNotATagOfAKnownLanguageIsRefusedWithTheReason() {
        for (String notALanguage : List.of("xx", "qqq", "spanish", "e", "", "en_GB", "en-GB-x-private", "news", "1a")) {
            assertThat(Language.find(notALanguage)).as(notALanguage).isEmpty();
        }
        assertThat(Language.find(null)).isEmpty();
        assertThatThrownBy(() -> Language.of("xx")).hasMessageContaining("'xx' is not a language tag");
    }

    @Test
    void theDirectionComesFromTheLanguagesScript() {
        for (String rightToLeft : List.of("ar", "he", "fa", "ur", "ps", "ckb", "az-Arab")) {
            assertThat(Language.of(rightToLeft).dir()).as(rightToLeft).isEqualTo("rtl");
        }
        for (String leftToRight : List.of("en", "fr", "az", "tr", "sw", "sr-Latn")) {
            assertThat(Language.of(leftToRight).dir()).as(leftToRight).isEqualTo("ltr");
        }
    }

    @Test
    void aLanguageIsNamedInItselfForTheLanguageSwitcher() {
        assertThat(Language.of("es").nativeName()).isEqualTo("Español");
        assertThat(Language.of("ca").nativeName()).isEqualTo("Català");
        assertThat(Language.of("de").nativeName()).isEqualTo("Deutsch");
        assertThat(Language.of("ar").nativeName()).isEqualTo("العربية");
        assertThat(Language.ENGLISH.nativeName()).isEqualTo("English");
    }

    @Test
    void datesOfABareTagFollowTheNetworksReaders() {
        assertThat(Language.ENGLISH.locale().getCountry()).isEqualTo("GB");
        assertThat(Language.of("es").locale().getCountry()).isEmpty();
    }

    @Test
    void aCodeShapedLikeATagIsToldApartFromLongerOnes() {
        for (String tagShaped : List.of("es", "cat", "pt-br", "zh-hant", "xx")) {
            assertThat(Language.looksLikeTag(tagShaped)).as(tagShaped).isTrue();
        }
        for (String siteCode : List.of("spain", "mali", "south-africa", "belgium")) {
            assertThat(Language.looksLikeTag(siteCode)).as(siteCode).isFalse();
        }
    }
}
