package org.makemothersmatter.core.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.web.view.Layout;

/**
 * Renders a page: its template inside the layout. Each template is looked up by name in the site's own
 * folder first ({@code belgium/home.jte}), then in core's ({@code core/home.jte}), so a plugin replaces a
 * core template by shipping one of the same name.
 */
public final class PageRenderer {

    private final TemplateEngine engine;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    @Inject
    public PageRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    public void render(Context ctx, Site site, String name, Object view, Layout layout) {
        ctx.html(render(site, name, view, layout));
    }

    public String render(Site site, String name, Object view, Layout layout) {
        return framed(resolve(site, name), view, resolve(site, "layout"), Map.of("layout", layout));
    }

    /**
     * A template rendered inside a frame template, which receives it as its {@code content} parameter besides
     * its own: so that a plugin's template is framed by core's without calling it (each module compiles its
     * templates alone, and cannot call another module's).
     */
    public String framed(String template, Object view, String frame, Map<String, Object> frameParams) {
        Content content = output -> engine.render(template, view, output);
        Map<String, Object> params = new HashMap<>(frameParams);
        params.put("content", content);
        StringOutput html = new StringOutput();
        engine.render(frame, params, html);
        return html.toString();
    }

    /** One of core's tags ({@code core/tags/<name>.jte}) as content that a view can carry into a template. */
    public Content tag(String name, Map<String, Object> params) {
        return output -> engine.render("core/tags/" + name + ".jte", params, output);
    }

    /** A template that brings its own frame, such as the back office's pages. */
    public String renderTemplate(String template, Object view) {
        StringOutput html = new StringOutput();
        engine.render(template, view, html);
        return html.toString();
    }

    private String resolve(Site site, String name) {
        return resolved.computeIfAbsent(site.code() + "/" + name, key -> {
            String own = site.code() + "/" + name + ".jte";
            return engine.hasTemplate(own) ? own : "core/" + name + ".jte";
        });
    }
}
