package org.makemothersmatter.core.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the database is. The default is an embedded H2 file under ./data of the working directory.
 *
 * <p>An embedded H2 file database is always opened with the settings that keep every acknowledged change,
 * whatever the URL says (see {@link #DURABLE}): a setting given in the URL with another value is replaced.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {

    public static final String DEFAULT_URL = "jdbc:h2:file:./data/mmm;AUTO_SERVER=FALSE";

    /**
     * H2 settings forced on a file database. WRITE_DELAY=0: a commit is written to the file before it returns
     * (H2's default writes it up to 500 ms later, so a crash lost acknowledged saves). REUSE_SPACE=FALSE: new
     * data goes to the end of the file, never into space freed earlier, which recovery after a crash did not
     * always find. DB_CLOSE_ON_EXIT=FALSE: the server closes the database itself at shutdown, after the last
     * request, instead of H2's own shutdown hook closing it under requests still running. TRACE_LEVEL_FILE=0:
     * no trace file beside the database, which grew by megabytes while the disk was full; H2's errors reach the
     * server as exceptions, and the server logs them.
     */
    public static final Map<String, String> DURABLE = Map.of(
            "WRITE_DELAY", "0", "REUSE_SPACE", "FALSE", "DB_CLOSE_ON_EXIT", "FALSE", "TRACE_LEVEL_FILE", "0");

    private static final Set<String> NOT_A_FILE = Set.of("mem:", "tcp:", "ssl:", "zip:");

    public DatabaseSettings {
        jdbcUrl = durable(jdbcUrl);
    }

    /** Reads DATABASE_URL, DATABASE_USER and DATABASE_PASSWORD, each with its default. */
    public static DatabaseSettings fromEnvironment(Map<String, String> env) {
        return new DatabaseSettings(
                env.getOrDefault("DATABASE_URL", DEFAULT_URL),
                env.getOrDefault("DATABASE_USER", "sa"),
                env.getOrDefault("DATABASE_PASSWORD", ""));
    }

    /** A private in-memory database that lives as long as the process, for tests and benchmarks. */
    public static DatabaseSettings inMemory(String name) {
        return new DatabaseSettings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** The file of an embedded H2 database, without H2's ".mv.db" ending; empty for any other database. */
    public Optional<Path> h2File() {
        return fileLocation(jdbcUrl).map(location -> Path.of(location.startsWith("~")
                ? System.getProperty("user.home") + location.substring(1) : location));
    }

    /** The one file H2 keeps the database of {@code h2File} (see {@link #h2File()}) in. */
    public static Path h2DataFile(Path h2File) {
        return h2File.resolveSibling(h2File.getFileName() + ".mv.db");
    }

    /** The URL with {@link #DURABLE} in force if it names an embedded H2 file; any other URL as it is. */
    static String durable(String url) {
        if (fileLocation(url).isEmpty()) {
            return url;
        }
        String[] parts = url.split(";");
        List<String> kept = new ArrayList<>(List.of(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            String key = parts[i].split("=", 2)[0].strip().toUpperCase(Locale.ROOT);
            if (!parts[i].isBlank() && !DURABLE.containsKey(key)) {
                kept.add(parts[i]);
            }
        }
        DURABLE.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(setting -> kept.add(setting.getKey() + "=" + setting.getValue()));
        return String.join(";", kept);
    }

    /** The path part of an embedded H2 file URL ({@code jdbc:h2:file:./data/mmm} or {@code jdbc:h2:./data/mmm}). */
    private static Optional<String> fileLocation(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String location = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (NOT_A_FILE.stream().anyMatch(location::startsWith)) {
            return Optional.empty();
        }
        return Optional.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
    }
}
