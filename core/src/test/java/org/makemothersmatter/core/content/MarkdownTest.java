package org.makemothersmatter.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void rendersMarkdownWithHeadingsBelowThePageTitle() {
        String html = markdown.toHtml("# Mission\n\nSome *text* and a [link](https://example.org).\n\n- one\n- two");
        assertThat(html).contains("<h2>Mission</h2>", "<em>text</em>", "<li>one</li>")
                .contains("href=\"https://example.org\"").doesNotContain("<h1>");
    }

    @Test
    void neutralisesScriptAndEventHandlers() {
        String html = markdown.toHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>"
                + " [x](javascript:alert(3))");
        assertThat(html).doesNotContain("<script", "onerror", "javascript:").contains("Hello");
    }

    @Test
    void excerptsCutAtAWordAndSaySo() {
        assertThat(markdown.excerpt("Short text.", 50)).isEqualTo("Short text.");
        assertThat(markdown.excerpt("One **two** three four five", 14)).isEqualTo("One two three…");
        assertThat(markdown.excerpt("# Title\n\nA [link](javascript:alert(1)) and <b onclick=x>raw</b> `code`.", 200))
                .isEqualTo("Title A link and raw code.");
    }
}
