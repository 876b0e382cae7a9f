package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assembly finds the plugins on its classpath by their service files: none is listed in its code. */
class PluginDiscoveryTest {

    private static final String SERVICE_FILE = "META-INF/services/com.google.inject.Module";

    @Test
    void everyPluginShippedIsFoundByItsServiceFile() throws IOException {
        List<String> named = namedByServiceFiles();
        assertThat(named).as("the plugins the assembly depends on").isNotEmpty();
        assertThat(NetworkSite.plugins()).extracting(module -> module.getClass().getName())
                .containsExactlyElementsOf(named);
    }

    /** The classes the service files on the classpath name, one a line (# starts a comment), by name. */
    private static List<String> namedByServiceFiles() throws IOException {
        List<String> names = new ArrayList<>();
        for (URL file : Collections.list(NetworkSite.class.getClassLoader().getResources(SERVICE_FILE))) {
            try (InputStream in = file.openStream()) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
                        .forEach(names::add);
            }
        }
        Collections.sort(names);
        return names;
    }
}
