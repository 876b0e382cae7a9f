package org.makemothersmatter.core.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.web.view.ArticleCard;
import org.makemothersmatter.core.web.view.Layout;

/**
 * Renders a page: its template inside the layout. Each template is looked up by name in the site's own
 * folder first ({@code belgium/home.jte}), then in core's ({@code core/home.jte}), so a plugin replaces a
 * core template by shipping one of the same name.
 */
public final class PageRenderer {

    /**
     * The frame's blocks a plugin may fill: {@code banner} opens the main area (an appeal, an announcement),
     * {@code aside} follows the page's content (contacts, a call to join), {@code prefooter} comes before the
     * footer (partners' logos).
     */
    public static final List<String> BLOCKS = List.of("banner", "aside", "prefooter");

    /** A rendered page's type, with its encoding, the same whether rendered or answered from memory. */
    public static final String HTML = "text/html;charset=utf-8";

    private final TemplateEngine engine;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    @Inject
    public PageRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    public void render(Context ctx, Site site, String name, Object view, Layout layout) {
        answer(ctx, render(site, name, view, layout));
    }

    /** Answers with a rendered page, saying its encoding rather than leaving browsers to find it in the page. */
    public static void answer(Context ctx, byte[] html) {
        ctx.contentType(HTML).result(html);
    }

    public static void answer(Context ctx, String html) {
        ctx.contentType(HTML).result(html);
    }

    /**
     * A page in the site's layout, header and footer. Each of them is the site's own template if its plugin has
     * one of that name, else core's. The frame's named blocks ({@link #BLOCKS}) are filled by the plugin's
     * {@code <code>/blocks/<name>.jte}, given the page's {@code Layout}, where it has one: a plugin adds a banner,
     * a sidebar or a line above the footer without copying the frame.
     */
    public byte[] render(Site site, String name, Object view, Layout layout) {
        Map<String, Object> part = Map.of("layout", layout);
        Map<String, Object> frame = new HashMap<>(Map.of("layout", layout,
                "header", template(resolve(site, "header"), part), "footer", template(resolve(site, "footer"), part)));
        for (String block : BLOCKS) {
            frame.put(block, block(site, block).map(template -> template(template, part)).orElse(null));
        }
        return framed(resolve(site, name), view, resolve(site, "layout"), frame);
    }

    /** The plugin's template that fills a named block of the frame, if it has one. */
    private Optional<String> block(Site site, String block) {
        return Optional.of(ownOr(site, "blocks/" + block, "")).filter(template -> !template.isEmpty());
    }

    /** An article card as the site shows it: its plugin's {@code <code>/card.jte}, else core's. */
    public Content card(Site site, ArticleCard card, int level) {
        return template(ownOr(site, "card", "core/tags/card.jte"), Map.of("card", card, "level", level));
    }

    /**
     * A template rendered inside a frame template, which receives it as its {@code content} parameter besides
     * its own: so that a plugin's template is framed by core's without calling it (each module compiles its
     * templates alone, and cannot call another module's). Written as UTF-8 bytes piece by piece, as it will be
     * sent and kept: not built as one string first, which a single character beyond Latin-1 makes twice as large.
     */
    public byte[] framed(String template, Object view, String frame, Map<String, Object> frameParams) {
        Content content = output -> engine.render(template, view, output);
        Map<String, Object> params = new HashMap<>(frameParams);
        params.put("content", content);
        Utf8ByteOutput html = new Utf8ByteOutput();
        engine.render(frame, params, html);
        return html.toByteArray();
    }

    /** One of core's tags ({@code core/tags/<name>.jte}) as content that a view can carry into a template. */
    public Content tag(String name, Map<String, Object> params) {
        return template("core/tags/" + name + ".jte", params);
    }

    private Content template(String template, Map<String, Object> params) {
        return output -> engine.render(template, params, output);
    }

    /** A template that brings its own frame, such as the back office's pages. */
    public String renderTemplate(String template, Object view) {
        StringOutput html = new StringOutput();
        engine.render(template, view, html);
        return html.toString();
    }

    private String resolve(Site site, String name) {
        return ownOr(site, name, "core/" + name + ".jte");
    }

    /** The site's own template {@code <code>/<name>.jte} if its plugin has one, else the fallback; looked up once. */
    private String ownOr(Site site, String name, String fallback) {
        return resolved.computeIfAbsent(site.code() + "/" + name, key -> {
            String own = site.code() + "/" + name + ".jte";
            return engine.hasTemplate(own) ? own : fallback;
        });
    }
}
