package org.makemothersmatter.core.web;

import java.util.Map;

/**
 * How the server is reached: the port it listens on and the public address that canonical and alternate
 * links are built on (behind a proxy, the proxy's address).
 */
public record WebSettings(int port, String publicUrl) {

    public static final int DEFAULT_PORT = 7070;

    public WebSettings {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Reads PORT (default 7070) and PUBLIC_URL (default http://localhost:PORT). */
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
        return new WebSettings(port, env.getOrDefault("PUBLIC_URL", "http://localhost:" + port));
    }
}
