package org.makemothersmatter.core.web.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.makemothersmatter.core.documents.Document;
import org.makemothersmatter.core.documents.DocumentDao;
import org.makemothersmatter.core.documents.Documents;

/**
 * Statements and reports, for every site: {@code /documents/{id}/{name}.pdf}, the name made from the title. An
 * address always gives the same bytes, so browsers and proxies keep them for a year without asking again.
 */
public final class DocumentRoutes {

    private final Documents documents;

    @Inject
    public DocumentRoutes(Documents documents) {
        this.documents = documents;
    }

    public void register(RoutesConfig routes) {
        routes.get("/documents/{id}/{name}", this::file);
    }

    /** The file; at an older or misspelt name, a redirect to its name now, which follows its title. */
    private void file(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundResponse();
        }
        Document document = documents.find(Long.parseLong(id)).orElseThrow(NotFoundResponse::new);
        if (!document.fileName().equals(ctx.pathParam("name"))) {
            ctx.redirect(document.url(), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        DocumentDao.File file = documents.file(document.id()).orElseThrow(NotFoundResponse::new);
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.header("Content-Disposition", disposition(document.fileName()));
        ctx.contentType(file.contentType()).result(file.bytes());
    }

    /**
     * Shown in the browser, saved under its name: as ASCII for the clients that read only that (other letters
     * replaced), and as UTF-8 (RFC 6266). The name is a slug, so it holds no quote, slash or line break.
     */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
