package org.makemothersmatter.core.store;

import java.util.Map;

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
}
