package org.makemothersmatter.core.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How the server is reached: the port it listens on, the public address that canonical and alternate
 * links are built on (behind a proxy, the proxy's address), whether cookies are sent over HTTPS only, how
 * much memory the rendered public pages may take, the address it listens on (null: every interface), and the
 * reverse proxies trusted to say which client they forward (none: the client is whoever connects).
 */
public record WebSettings(int port, String publicUrl, boolean secureCookies, long pageCacheBytes, String host,
                          List<AddressRange> trustedProxies) {

    public static final int DEFAULT_PORT = 7070;
    /** Enough for some thousands of pages with their compressed variants, well within the documented heap. */
    public static final int DEFAULT_PAGE_CACHE_MB = 64;

    public WebSettings {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        trustedProxies = List.copyOf(trustedProxies);
    }

    public WebSettings(int port, String publicUrl) {
        this(port, publicUrl, overHttps(publicUrl), DEFAULT_PAGE_CACHE_MB * 1024L * 1024, null, List.of());
    }

    /** The same settings, trusting these proxies (a comma-separated list of addresses and ranges) instead. */
    public WebSettings trusting(String proxies) {
        return new WebSettings(port, publicUrl, secureCookies, pageCacheBytes, host, ranges(proxies));
    }

    /** Whether the site is reached over HTTPS only: then browsers are told never to use plain HTTP for it. */
    public boolean overHttps() {
        return overHttps(publicUrl);
    }

    private static boolean overHttps(String publicUrl) {
        return publicUrl.startsWith("https:");
    }

    /** The same site on a free port of the loopback interface only, its links still built on the public address. */
    public WebSettings onLoopback() {
        return new WebSettings(0, publicUrl, secureCookies, pageCacheBytes, "127.0.0.1", trustedProxies);
    }

    /**
     * Reads PORT (default 7070), PUBLIC_URL (default http://localhost:PORT), COOKIE_SECURE (default: true
     * when PUBLIC_URL is https), PAGE_CACHE_MB (default 64) and TRUSTED_PROXIES (default: none).
     */
    public static WebSettings fromEnvironment(Map<String, String> env) {
        int port = number(env, "PORT", DEFAULT_PORT, 65535);
        long pageCacheMegabytes = number(env, "PAGE_CACHE_MB", DEFAULT_PAGE_CACHE_MB, 1 << 20);
        String publicUrl = env.getOrDefault("PUBLIC_URL", "http://localhost:" + port);
        String secure = env.getOrDefault("COOKIE_SECURE", String.valueOf(overHttps(publicUrl)));
        if (!secure.equals("true") && !secure.equals("false")) {
            throw new IllegalArgumentException("COOKIE_SECURE must be true or false, not '" + secure + "'");
        }
        return new WebSettings(port, publicUrl, Boolean.parseBoolean(secure), pageCacheMegabytes * 1024 * 1024,
                null, ranges(env.getOrDefault("TRUSTED_PROXIES", "")));
    }

    private static List<AddressRange> ranges(String proxies) {
        return Arrays.stream(proxies.split(",")).filter(part -> !part.isBlank()).map(AddressRange::parse).toList();
    }

    private static int number(Map<String, String> env, String name, int byDefault, int max) {
        String text = env.getOrDefault(name, String.valueOf(byDefault));
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + text + "'");
        }
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " must be between 0 and " + max + ", not " + value);
        }
        return value;
    }
}
