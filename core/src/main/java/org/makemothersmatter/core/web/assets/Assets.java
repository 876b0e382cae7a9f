package org.makemothersmatter.core.web.assets;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.sites.Branding;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.view.AssetLinks;
import org.webjars.WebJarVersionLocator;

/**
 * The files shipped under {@code assets/<folder>/} on the classpath (core's folder is {@code core}, a hosted site's
 * is its code), and the addresses pages link them by: the file's name with a fingerprint of its bytes before the
 * extension, {@code /assets/core/site.3f9a1c2b.css}, which browsers keep for a year since new bytes get a new
 * address. A file is read once, the first time it is linked or asked for; those every page links are read at start,
 * so that a file missing from the build stops the start rather than a page.
 *
 * <p>The article editor's Markdown widget, EasyMDE, is served from its WebJar at an address that carries its version,
 * {@code /assets/webjars/easymde/2.18.0/dist/easymde.min.js}, kept for a year as a fingerprinted file is: a new
 * version comes at a new address. Only that folder of the WebJar is served.
 */
@Singleton
public final class Assets {

    static final String PREFIX = "/assets/";
    private static final String CORE = "core";
    private static final String ICON = PREFIX + CORE + "/favicon.svg";
    private static final String STYLESHEET = PREFIX + CORE + "/site.css";
    private static final String BACK_OFFICE_STYLESHEET = PREFIX + CORE + "/admin.css";
    /** The back office's one script, which only improves forms that work without it. */
    private static final String BACK_OFFICE_SCRIPT = PREFIX + CORE + "/admin.js";
    /** Libraries' files, under {@code /assets/webjars/} as under the WebJars' own folder on the class path. */
    private static final String WEBJARS = "webjars";
    private static final String WEBJAR_RESOURCES = "META-INF/resources/webjars/";
    private static final String EDITOR_WEBJAR = "easymde";
    /** A folder, then names that do not start with a dot: nothing outside the folder, nothing hidden. */
    private static final Pattern PATH = Pattern.compile("([a-z0-9-]+)(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+");
    private static final Pattern FINGERPRINTED = Pattern.compile(
            "(.+)\\.([0-9a-f]{" + Asset.FINGERPRINT_LENGTH + "})(\\.[A-Za-z0-9]+)");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")\\s]+)\\1\\s*\\)");
    /** The types served, by extension; anything else under the folders (a folder itself) is not a shipped file. */
    private static final Map<String, Type> TYPES = Map.ofEntries(
            Map.entry("css", new Type("text/css;charset=utf-8", true)),
            Map.entry("js", new Type("text/javascript;charset=utf-8", true)),
            Map.entry("json", new Type("application/json;charset=utf-8", true)),
            Map.entry("txt", new Type("text/plain;charset=utf-8", true)),
            Map.entry("svg", new Type("image/svg+xml;charset=utf-8", true)),
            Map.entry("ico", new Type("image/x-icon", true)),
            Map.entry("png", new Type("image/png", false)),
            Map.entry("jpg", new Type("image/jpeg", false)),
            Map.entry("jpeg", new Type("image/jpeg", false)),
            Map.entry("gif", new Type("image/gif", false)),
            Map.entry("webp", new Type("image/webp", false)),
            Map.entry("avif", new Type("image/avif", false)),
            Map.entry("woff2", new Type("font/woff2", false)),
            Map.entry("woff", new Type("font/woff", false)),
            Map.entry("ttf", new Type("font/ttf", true)),
            Map.entry("otf", new Type("font/otf", true)),
            Map.entry("pdf", new Type("application/pdf", false)));

    private final ClassLoader classLoader;
    /** Whether files are read at each use, as they are being edited (development mode), or once. */
    private final boolean reading;
    private final Sites sites;
    private final Set<String> folders;
    /** By path under {@code assets/}; only files that exist, so that addresses made up by visitors take no memory. */
    private final Map<String, Asset> files = new ConcurrentHashMap<>();
    /** The one folder of a WebJar that is served: the editor's built files, {@code easymde/<version>/dist/}. */
    private final String webJarFolder;
    private final AssetLinks backOffice;
    private final AssetLinks editor;
    private final Map<String, AssetLinks> bySite;

    @Inject
    public Assets(Sites sites) {
        this(sites, Assets.class.getClassLoader(), false);
    }

    private Assets(Sites sites, ClassLoader classLoader, boolean reading) {
        this.sites = sites;
        this.classLoader = classLoader;
        this.reading = reading;
        List<Site> hosted = sites.plugins().stream().map(SitePlugin::site).toList();
        this.folders = Stream.concat(Stream.of(CORE), hosted.stream().map(Site::code)).collect(Collectors.toSet());
        String editorVersion = new WebJarVersionLocator().version(EDITOR_WEBJAR);
        if (editorVersion == null) {
            throw new IllegalStateException("The " + EDITOR_WEBJAR + " WebJar is not on the class path.");
        }
        this.webJarFolder = WEBJARS + "/" + EDITOR_WEBJAR + "/" + editorVersion + "/dist/";
        this.backOffice = new AssetLinks(url(ICON), List.of(url(STYLESHEET), url(BACK_OFFICE_STYLESHEET)), null,
                List.of(url(BACK_OFFICE_SCRIPT)));
        // The back office's stylesheet after the editor's, so that it adjusts the editor's colours to the site's.
        this.editor = new AssetLinks(url(ICON), List.of(url(STYLESHEET), url(PREFIX + webJarFolder + "easymde.min.css"),
                url(BACK_OFFICE_STYLESHEET)), null, List.of(url(PREFIX + webJarFolder + "easymde.min.js"),
                url(BACK_OFFICE_SCRIPT)));
        this.bySite = hosted.stream().collect(Collectors.toUnmodifiableMap(Site::code,
                site -> links(sites.branding(site.code()))));
    }

    /**
     * Files read again at each use, from this class loader, as a team edits them (development mode): an edited
     * stylesheet gets a new fingerprint, so the next page links it anew.
     */
    public static Assets reading(Sites sites, ClassLoader classLoader) {
        return new Assets(sites, classLoader, true);
    }

    /** The address to link a file by: {@code /assets/core/site.3f9a1c2b.css} for {@code /assets/core/site.css}. */
    public String url(String address) {
        Optional<Asset> asset = address.startsWith(PREFIX) ? asset(address.substring(PREFIX.length()))
                : Optional.empty();
        return asset.orElseThrow(() -> new IllegalArgumentException("No file is shipped at " + address)).address;
    }

    /** What the pages of a site link to: core's icon and stylesheet, then the site's own stylesheet and logo. */
    public AssetLinks site(Site site) {
        return reading ? links(sites.branding(site.code())) : bySite.get(site.code());
    }

    /** What the back office's pages link to. */
    public AssetLinks backOffice() {
        return backOffice;
    }

    /** What the back office's edit pages link to: its files and the Markdown editor's, which its script sets up. */
    public AssetLinks editor() {
        return editor;
    }

    private AssetLinks links(Branding branding) {
        return new AssetLinks(url(ICON),
                Stream.of(STYLESHEET, branding.stylesheet()).filter(Objects::nonNull).map(this::url).toList(),
                branding.logo() == null ? null : url(branding.logo()), List.of());
    }

    /**
     * The file an address under {@code /assets/} (given without that prefix) names, by its fingerprinted address or
     * its plain one, with whether the address names its bytes as they are.
     */
    Optional<Found> find(String path) {
        Matcher fingerprinted = FINGERPRINTED.matcher(path);
        if (fingerprinted.matches()) {
            Optional<Asset> named = asset(fingerprinted.group(1) + fingerprinted.group(3));
            if (named.isPresent()) {
                return named.map(asset -> new Found(asset, asset.fingerprint.equals(fingerprinted.group(2))));
            }
        }
        return asset(path).map(asset -> new Found(asset, asset.versioned));
    }

    /** A file and whether the address asked for is the one of its bytes as they are (not plain, not stale). */
    record Found(Asset asset, boolean current) {
    }

    private Optional<Asset> asset(String path) {
        if (reading) {
            return read(path);
        }
        Asset known = files.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        // Not computeIfAbsent: reading a stylesheet reads the files it links to, which may not be read yet.
        return read(path).map(asset -> {
            Asset first = files.putIfAbsent(path, asset);
            return first != null ? first : asset;
        });
    }

    private Optional<Asset> read(String path) {
        Matcher parts = PATH.matcher(path);
        Type type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        boolean webJar = path.startsWith(webJarFolder);
        if (!parts.matches() || !folders.contains(parts.group(1)) && !webJar || type == null) {
            return Optional.empty();
        }
        String resource = webJar ? WEBJAR_RESOURCES + path.substring(WEBJARS.length() + 1) : "assets/" + path;
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            if (path.endsWith(".css")) {
                String css = withFingerprints(path, new String(bytes, StandardCharsets.UTF_8));
                bytes = css.getBytes(StandardCharsets.UTF_8);
            }
            return Optional.of(new Asset(path, type.contentType(), type.compressible(), bytes, webJar));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stylesheet with its {@code url(...)} links to other shipped files (fonts, images) changed to their
     * fingerprinted addresses, so that those are kept for a year too and a new font makes a new stylesheet address.
     * Links elsewhere, to files not shipped, and to other stylesheets (which could link back) stay as they are: they
     * still work, relative to either address of the stylesheet, since both are in its folder.
     */
    private String withFingerprints(String path, String css) {
        URI from = URI.create(PREFIX + path);
        return CSS_URL.matcher(css).replaceAll(link -> Matcher.quoteReplacement(
                linked(from, link.group(2)).map(address -> "url(" + address + ")").orElse(link.group())));
    }

    private Optional<String> linked(URI from, String link) {
        try {
            URI target = from.resolve(new URI(link)).normalize();
            String path = target.getRawPath();
            if (target.getScheme() != null || target.getRawAuthority() != null || target.getRawQuery() != null
                    || path == null || !path.startsWith(PREFIX) || path.endsWith(".css")) {
                return Optional.empty();
            }
            String fragment = target.getRawFragment() == null ? "" : "#" + target.getRawFragment();
            return asset(path.substring(PREFIX.length())).map(asset -> asset.address + fragment);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private record Type(String contentType, boolean compressible) {
    }
}
