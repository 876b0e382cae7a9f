package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The assembly finds the plugins on its classpath by their service files: none is listed in its code. */
class PluginDiscoveryTest {

    @Test
    void everyPluginShippedIsFoundByItsServiceFile() {
        assertThat(NetworkSite.plugins()).extracting(module -> module.getClass().getName()).containsExactly(
                "org.makemothersmatter.plugins.belgium.BelgiumModule", "org.makemothersmatter.plugins.england.EnglandModule",
                "org.makemothersmatter.plugins.france.FranceModule", "org.makemothersmatter.plugins.lebanon.LebanonModule",
                "org.makemothersmatter.plugins.mali.MaliModule");
    }
}
