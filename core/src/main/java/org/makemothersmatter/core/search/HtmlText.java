package org.makemothersmatter.core.search;

import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;

/** The words of published HTML, as the index keeps them: its text, entities decoded, one space between blocks. */
final class HtmlText {

    /** Elements whose content is not text a reader sees. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "template");
    /** Elements within a line of text: any other ends a word. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "cite", "code", "em", "i", "mark", "q", "s",
            "small", "span", "strong", "sub", "sup", "u");

    private HtmlText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder(html.length());
        HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
            private int skipping;

            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
            }

            @Override
            public void openTag(String element, List<String> attributes) {
                if (SKIPPED.contains(element)) {
                    skipping++;
                }
                space(element);
            }

            @Override
            public void closeTag(String element) {
                if (SKIPPED.contains(element) && skipping > 0) {
                    skipping--;
                }
                space(element);
            }

            /** A paragraph, a line break, a cell ends a word: a space keeps the words on either side apart. */
            private void space(String element) {
                if (!INLINE.contains(element)) {
                    text.append(' ');
                }
            }

            @Override
            public void text(String chunk) {
                if (skipping == 0) {
                    text.append(chunk);
                }
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
