package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.testkit.TestServer;

/** A plugin changes its colours and shows its logo without copying core's templates. */
class BrandingTest extends NetworkSiteTest {

    @Test
    void belgiumHasItsOwnColoursAndLogoOnEveryPage() {
        for (String path : new String[] {"/belgium/fr/", "/belgium/en/news", "/belgium/fr/pages/la-charte-de-la-mere"}) {
            assertThat(server.get(path).body()).as(path)
                    .contains("<link rel=\"stylesheet\" href=\"/assets/belgium/site.css\">")
                    .contains("<img class=\"logo\" src=\"/assets/belgium/logo.svg\" alt=\"\"");
        }
        TestServer.Page css = server.get("/assets/belgium/site.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.body()).contains("--accent:");
        assertThat(server.get("/assets/belgium/logo.svg").status()).isEqualTo(200);
    }

    @Test
    void otherSitesKeepCoresLook() {
        assertThat(server.get("/france/fr/").body()).doesNotContain("/assets/belgium/", "class=\"logo\"");
        assertThat(server.get("/en/").body()).doesNotContain("/assets/belgium/");
    }
}
