package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.core.web.assets.Assets;

/** A plugin changes its colours and shows its logo without copying core's templates. */
class BrandingTest extends NetworkSiteTest {

    @Test
    void belgiumHasItsOwnColoursAndLogoOnEveryPage() {
        Assets assets = server.instance(Assets.class);
        String stylesheet = assets.url("/assets/belgium/site.css");
        String logo = assets.url("/assets/belgium/logo.svg");
        assertThat(stylesheet).matches("/assets/belgium/site\\.[0-9a-f]{8}\\.css");
        assertThat(logo).matches("/assets/belgium/logo\\.[0-9a-f]{8}\\.svg");
        for (String path : new String[] {"/belgium/fr/", "/belgium/en/news", "/belgium/fr/pages/la-charte-de-la-mere"}) {
            assertThat(server.get(path).body()).as(path)
                    .contains("<link rel=\"stylesheet\" href=\"" + stylesheet + "\">")
                    .contains("<img class=\"logo\" src=\"" + logo + "\" alt=\"\"");
        }
        TestServer.Page css = server.get(stylesheet);
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.body()).contains("--accent:");
        assertThat(server.get(logo).status()).isEqualTo(200);
        assertThat(server.get("/assets/belgium/site.css").body()).as("the plain address").isEqualTo(css.body());
    }

    @Test
    void otherSitesKeepCoresLook() {
        assertThat(server.get("/france/fr/").body()).doesNotContain("/assets/belgium/", "class=\"logo\"");
        assertThat(server.get("/en/").body()).doesNotContain("/assets/belgium/");
    }
}
