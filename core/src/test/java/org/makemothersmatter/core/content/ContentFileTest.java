package org.makemothersmatter.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;

class ContentFileTest {

    @Test
    void readsFrontMatterAndBody() {
        ContentFile file = ContentFile.parse("x/fr.md", Language.FRENCH, """
                ---
                title: "Women at the peace table: international Conference"
                # a comment
                network: true
                ---
                Body **text**.
                """);
        assertThat(file.required("title")).isEqualTo("Women at the peace table: international Conference");
        assertThat(file.field("network")).contains("true");
        assertThat(file.field("excerpt")).isEmpty();
        assertThat(file.body()).isEqualTo("Body **text**.");
    }

    @Test
    void namesTheFileAndTheProblem() {
        assertThatThrownBy(() -> ContentFile.parse("belgium/news/a/fr.md", Language.FRENCH, "no front matter"))
                .isInstanceOf(ContentException.class).hasMessageContaining("belgium/news/a/fr.md");
        assertThatThrownBy(() -> ContentFile.parse("a/en.md", Language.ENGLISH, "---\ntitle: [unclosed\n---\n"))
                .isInstanceOf(ContentException.class).hasMessageContaining("a/en.md").hasMessageContaining("YAML");
        ContentFile untitled = ContentFile.parse("a/en.md", Language.ENGLISH, "---\nexcerpt: \"x\"\n---\n");
        assertThatThrownBy(() -> untitled.required("title")).hasMessageContaining("a/en.md").hasMessageContaining("title");
    }
}
