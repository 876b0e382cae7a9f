package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Branding;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.testkit.TestServer;
import org.makemothersmatter.core.web.assets.Assets;

/** A plugin changes its colours and shows its logo without copying core's templates. */
class BrandingTest extends NetworkSiteTest {

    @Test
    void aSiteWithItsOwnStylesheetAndLogoShowsThemOnEveryPage() throws IOException {
        Site site = branded();
        Branding branding = server.instance(Sites.class).branding(site.code());
        Assets assets = server.instance(Assets.class);
        String stylesheet = assets.url(branding.stylesheet());
        String logo = assets.url(branding.logo());
        assertThat(stylesheet).matches(fingerprinted(branding.stylesheet()));
        assertThat(logo).matches(fingerprinted(branding.logo()));
        for (String path : shipped.publicPages(site)) {
            assertThat(server.get(path).body()).as(path)
                    .contains("<link rel=\"stylesheet\" href=\"" + stylesheet + "\">")
                    .contains("<img class=\"logo\" src=\"" + logo + "\" alt=\"\"");
        }
        TestServer.Page css = server.get(stylesheet);
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.body()).as("the plugin's stylesheet").isEqualTo(shippedFile(branding.stylesheet()));
        assertThat(server.get(logo).status()).isEqualTo(200);
        assertThat(server.get(branding.stylesheet()).body()).as("the plain address").isEqualTo(css.body());
    }

    @Test
    void otherSitesKeepTheirOwnLook() {
        Site branded = branded();
        Sites sites = server.instance(Sites.class);
        for (Site site : shipped.sites()) {
            if (!site.equals(branded)) {
                for (Language language : site.languages()) {
                    String home = site.url(language, "");
                    assertThat(server.get(home).body()).as(home).doesNotContain("/assets/" + branded.code() + "/");
                    if (sites.branding(site.code()).logo() == null) {
                        assertThat(server.get(home).body()).as(home).doesNotContain("class=\"logo\"");
                    }
                }
            }
        }
    }

    /** A hosted site with a stylesheet and a logo of its own. */
    private static Site branded() {
        Sites sites = server.instance(Sites.class);
        Optional<Site> branded = shipped.sites().stream().filter(site -> ownLook(sites.branding(site.code())))
                .findFirst();
        assumeTrue(branded.isPresent(), "no site has a stylesheet and a logo of its own");
        return branded.get();
    }

    private static boolean ownLook(Branding branding) {
        return branding.stylesheet() != null && branding.logo() != null;
    }

    /** The address of a shipped file with the fingerprint of its bytes: /assets/<code>/site.1e3f26f6.css. */
    private static String fingerprinted(String address) {
        int dot = address.lastIndexOf('.');
        return Pattern.quote(address.substring(0, dot)) + "\\.[0-9a-f]{8}" + Pattern.quote(address.substring(dot));
    }

    /** A file as the plugin ships it on the classpath, by its plain address. */
    private static String shippedFile(String address) throws IOException {
        try (InputStream in = BrandingTest.class.getClassLoader().getResourceAsStream(address.substring(1))) {
            assertThat(in).as(address).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
