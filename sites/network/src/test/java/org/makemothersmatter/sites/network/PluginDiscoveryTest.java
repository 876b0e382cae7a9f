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
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.sites.SitePlugins;
import org.makemothersmatter.core.testkit.ContractBoundary;

/**
 * The assembly finds the plugins on its classpath by their service files, declared plugins and plugins' Guice
 * modules: none is listed in its code. Each of them keeps to the contract.
 */
class PluginDiscoveryTest {

    private static final String DECLARED = "META-INF/services/org.makemothersmatter.core.plugin.SitePlugin";
    private static final String MODULES = "META-INF/services/com.google.inject.Module";

    @Test
    void everyPluginShippedIsFoundByItsServiceFile() throws IOException {
        assertThat(namedByServiceFiles(DECLARED).size() + namedByServiceFiles(MODULES).size())
                .as("the plugins the assembly depends on").isPositive();
        assertThat(NetworkSite.plugins()).extracting(module -> module.getClass().getName())
                .containsExactlyElementsOf(namedByServiceFiles(MODULES));
        assertThat(SitePlugins.declared(NetworkSite.class.getClassLoader()))
                .extracting(plugin -> plugin.getClass().getName())
                .containsExactlyElementsOf(namedByServiceFiles(DECLARED));
    }

    @Test
    void everyPluginShippedUsesOnlyTheContractInItsCodeAndTemplates() {
        List<SitePlugin> shipped = SitePlugins.declared(NetworkSite.class.getClassLoader());
        ContractBoundary.holds(shipped.stream().map(plugin -> plugin.getClass().getPackageName()).toList(),
                shipped.stream().map(SitePlugin::code).toList());
    }

    /** The classes the service files on the classpath name, one a line (# starts a comment), by name. */
    private static List<String> namedByServiceFiles(String serviceFile) throws IOException {
        List<String> names = new ArrayList<>();
        for (URL file : Collections.list(NetworkSite.class.getClassLoader().getResources(serviceFile))) {
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
