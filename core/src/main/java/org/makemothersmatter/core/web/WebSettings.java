package org.makemothersmatter.core.web;

import java.util.Map;

/**
 * How the server is reached: the port it listens on, the public address that canonical and alternate
 * links are built on (behind a proxy, the proxy's address), and whether cookies are sent over HTTPS only.
 */
public record WebSettings(int port, String publicUrl, boolean secureCookies) {

    public static final int DEFAULT_PORT = 7070;

    public WebSettings {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public WebSettings(int port, String publicUrl) {
        this(port, publicUrl, publicUrl.startsWith("https:"));
    }

    /**
     * Reads PORT (default 7070), PUBLIC_URL (default http://localhost:PORT) and COOKIE_SECURE (default: true
     * when PUBLIC_URL is https).
     */
    public static WebSettings fromEnvironment(Map<String, String> env) {
        String portText = env.getOrDefault("PORT", String.valueOf(DEFAULT_PORT));
        int port;
        try {
            port = Integer.parseInt(portText.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number, not '" + portText + "'");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("PORT must be between 0 and 65535, not " + port);
        }
        String publicUrl = env.getOrDefault("PUBLIC_URL", "http://localhost:" + port);
        String secure = env.getOrDefault("COOKIE_SECURE", String.valueOf(publicUrl.startsWith("https:")));
        if (!secure.equals("true") && !secure.equals("false")) {
            throw new IllegalArgumentException("COOKIE_SECURE must be true or false, not '" + secure + "'");
        }
        return new WebSettings(port, publicUrl, Boolean.parseBoolean(secure));
    }
}
