package org.makemothersmatter.core.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where the database is. The default is an embedded H2 file under ./data of the working directory. */
public record DatabaseSettings(String jdbcUrl, String user, String password) {

    public static final String DEFAULT_URL = "jdbc:h2:file:./data/mmm;AUTO_SERVER=FALSE";

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

    /**
     * The file of an embedded H2 database as the URL names it ({@code ./data/mmm}, to which H2 adds
     * {@code .mv.db}); empty for any other database: in memory, an H2 server, another kind of database.
     */
    public Optional<Path> h2File() {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0].replaceFirst("^file:", "");
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        // Any prefix left (mem:, tcp:, ssl:...) is another kind of database; one letter is a Windows drive.
        return name.matches("[a-zA-Z]{2,}:.*") ? Optional.empty() : Optional.of(Path.of(name));
    }
}
