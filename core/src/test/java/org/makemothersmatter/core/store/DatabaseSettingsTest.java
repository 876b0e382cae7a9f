package org.makemothersmatter.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void anEmbeddedFileIsAlwaysOpenedWithTheDurableSettings() {
        String url = new DatabaseSettings("jdbc:h2:file:./data/mmm;write_delay=500;AUTO_SERVER=FALSE;"
                + "REUSE_SPACE=TRUE", "sa", "").jdbcUrl();

        assertThat(url).startsWith("jdbc:h2:file:./data/mmm;AUTO_SERVER=FALSE;")
                .contains("WRITE_DELAY=0", "REUSE_SPACE=FALSE", "DB_CLOSE_ON_EXIT=FALSE")
                .doesNotContain("500", "=TRUE");
        assertThat(new DatabaseSettings("jdbc:h2:./db", "sa", "").jdbcUrl()).contains("WRITE_DELAY=0");
    }

    @Test
    void otherDatabasesAreLeftAsGiven() {
        for (String url : new String[] {"jdbc:h2:mem:x;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://localhost/db",
                "jdbc:postgresql://localhost/mmm"}) {
            assertThat(new DatabaseSettings(url, "sa", "").jdbcUrl()).isEqualTo(url);
            assertThat(new DatabaseSettings(url, "sa", "").h2File()).isEmpty();
        }
    }

    @Test
    void theFileOfAnEmbeddedDatabaseIsKnown() {
        assertThat(new DatabaseSettings(DatabaseSettings.DEFAULT_URL, "sa", "").h2File())
                .contains(Path.of("./data/mmm"));
        assertThat(new DatabaseSettings("jdbc:h2:/var/lib/mmm/db;WRITE_DELAY=0", "sa", "").h2File())
                .contains(Path.of("/var/lib/mmm/db"));
        assertThat(new DatabaseSettings("jdbc:h2:file:~/mmm", "sa", "").h2File())
                .contains(Path.of(System.getProperty("user.home"), "mmm"));
    }
}
