package org.makemothersmatter.core.export;

import java.time.Duration;
import java.util.List;

/**
 * What an export wrote: HTML pages, files in all (pages, redirects, 404 pages, stylesheets, images) and their
 * bytes, and what a reader of the static copy should know: pages whose form needs the live site, links the
 * site answered with an error, and addresses a static server cannot serve.
 */
public record ExportResult(int pages, int files, long bytes, Duration took, List<String> perVisitor,
                           List<String> broken, List<String> skipped) {

    public String summary() {
        return String.format("Exported %,d pages in %,d files (%,d bytes) in %.1f s%s.", pages, files, bytes,
                took.toMillis() / 1000.0, perVisitor.isEmpty() ? ""
                        : "; " + perVisitor.size() + " with a form that needs the live site to be sent: "
                        + String.join(", ", perVisitor));
    }
}
