package org.makemothersmatter.core.content;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns Markdown bodies into HTML that is safe to show: rendered by commonmark, then passed through an
 * allow-list sanitizer, so that no content (file or, later, editor) can bring script into a page.
 */
public final class Markdown {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("hr", "pre", "code", "figure", "figcaption").toFactory());

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().build();

    /** Sanitized HTML. Headings start at level 2: the page's own title is its only h1. */
    public String toHtml(String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.max(2, heading.getLevel()));
                visitChildren(heading);
            }
        });
        return POLICY.sanitize(html.render(document));
    }

    /**
     * The words of a Markdown body, on one line: text and code only, without markup, link targets or raw
     * HTML, so that an excerpt never carries what the sanitizer would have removed.
     */
    public String toPlainText(String markdown) {
        StringBuilder words = new StringBuilder();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                words.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                words.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                words.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                words.append(' ');
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                words.append(' ');
            }

            @Override
            public void visit(Heading heading) {
                visitChildren(heading);
                words.append(' ');
            }
        });
        return words.toString().replaceAll("\\s+", " ").strip();
    }

    /** A teaser: the first words of the text, cut at a word boundary and marked as cut. */
    public String excerpt(String markdown, int maxLength) {
        String plain = toPlainText(markdown);
        if (plain.length() <= maxLength) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', maxLength);
        return plain.substring(0, cut > 0 ? cut : maxLength).strip() + "…";
    }

}
