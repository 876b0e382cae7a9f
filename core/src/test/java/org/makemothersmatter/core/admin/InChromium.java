package org.makemothersmatter.core.admin;

import org.junit.jupiter.api.AfterAll;
import org.makemothersmatter.core.testkit.RealBrowser;

/**
 * The back office's tests in a real browser: Testland's team, and headless Chromium, which each test class starts
 * (named after it, for its screenshots) once what it needs is in place; closed before the server stops.
 */
abstract class InChromium extends TestlandTeam {

    static RealBrowser chromium;

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }
}
