package org.makemothersmatter.core.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each address of the site goes in the exported folder, so that a static server finds it by the address
 * alone (the README's nginx configuration does the same): a page {@code /en/news} is {@code en/news/index.html},
 * page 3 of a listing ({@code /en/news?page=3}) is {@code en/news/page-3.html}, an image {@code /media/12/800}
 * is {@code media/12/800.jpg} (its extension gives its type), and a file with an extension keeps its address.
 * And which addresses a page or a stylesheet links to.
 */
final class ExportFiles {

    private static final Pattern PAGE_QUERY = Pattern.compile("page=([1-9][0-9]{0,8})");
    private static final Pattern CSS_LINK = Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]+)");
    private static final byte[] HREF = "href".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SRC = "src".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", ".jpg", "image/png", ".png",
            "image/gif", ".gif", "image/webp", ".webp", "image/svg+xml", ".svg", "text/css", ".css",
            "text/html", ".html");

    private ExportFiles() {
    }

    /**
     * The file, relative to the folder, for what the site answered at {@code address} (a path, with its query);
     * empty for a query the static server cannot tell apart (anything but {@code page=N}).
     */
    static Optional<String> file(String address, String contentType) {
        URI uri = URI.create(address);
        String path = uri.getPath();
        String query = uri.getRawQuery();
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
        boolean html = type.equals("text/html");
        Matcher page = PAGE_QUERY.matcher(query == null ? "" : query);
        String folder = path.endsWith("/") ? path : path + "/";
        String name;
        if (query != null) {
            if (!html || !page.matches()) {
                return Optional.empty();
            }
            name = folder + "page-" + page.group(1) + ".html";
        } else if (path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            name = path;
        } else if (html) {
            name = folder + "index.html";
        } else {
            name = path + EXTENSIONS.getOrDefault(type, "");
        }
        return Optional.of(name.substring(1));
    }

    /** The addresses on this site that an HTML page ({@code css} false) or a stylesheet links to, in UTF-8. */
    static List<String> links(String from, byte[] text, boolean css) {
        List<String> links = new ArrayList<>();
        if (css) {
            Matcher matcher = CSS_LINK.matcher(new String(text, StandardCharsets.UTF_8));
            while (matcher.find()) {
                local(from, matcher.group(1)).ifPresent(links::add);
            }
            return links;
        }
        // Found by looking at the quote that opens each attribute value rather than with a pattern tried at every
        // position of the page, whose text is most of its length. In bytes: UTF-8 never holds an ASCII byte
        // within another character, so the page need not be decoded, only its links.
        for (int at = 0; at < text.length - 1; at++) {
            if (text[at] != '=' || text[at + 1] != '"' || !(attribute(text, at, HREF) || attribute(text, at, SRC))) {
                continue;
            }
            int end = at + 2;
            while (end < text.length && text[end] != '"') {
                end++;
            }
            if (end == text.length) {
                break;
            }
            String link = new String(text, at + 2, end - at - 2, StandardCharsets.UTF_8).replace("&amp;", "&");
            local(from, link).ifPresent(links::add);
            at = end;
        }
        return links;
    }

    /** Whether the attribute whose value opens at {@code at} has this name, after a space. */
    private static boolean attribute(byte[] text, int at, byte[] name) {
        int start = at - name.length;
        if (start < 1 || !Character.isWhitespace(text[start - 1])) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (text[start + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** The address on this site a link leads to (path and query), or empty if it leads elsewhere. */
    static Optional<String> local(String from, String link) {
        int hash = link.indexOf('#');
        String target = hash < 0 ? link : link.substring(0, hash);
        if (target.isEmpty() || target.startsWith("//") || SCHEME.matcher(target).matches()) {
            return Optional.empty();
        }
        if (plainPath(target)) {
            return Optional.of(target);
        }
        try {
            URI resolved = new URI(from).resolve(new URI(target)).normalize();
            String path = resolved.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("/..")) {
                return Optional.empty();
            }
            return Optional.of(resolved.getRawQuery() == null ? path : path + "?" + resolved.getRawQuery());
        } catch (URISyntaxException e) {
            // Not an address at all: nothing a visitor could follow either.
            return Optional.empty();
        }
    }

    /**
     * Whether a link is already the address it leads to: a path from the root without dot segments or characters
     * an address cannot hold. Most links of the site's pages are, and need no parsing (a page has dozens).
     */
    private static boolean plainPath(String link) {
        if (link.charAt(0) != '/' || link.contains("/.")) {
            return false;
        }
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c <= ' ' || c >= 0x7f || "\"%<>\\^`{|}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
