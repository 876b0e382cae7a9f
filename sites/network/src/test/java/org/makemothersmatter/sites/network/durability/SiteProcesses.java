package org.makemothersmatter.sites.network.durability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The site processes a test starts, each with its own output file in the folder given. After the test, any still
 * running is killed, and if the test failed, the output of each is printed.
 */
final class SiteProcesses implements AfterEachCallback {

    private final List<SiteProcess> started = new ArrayList<>();

    /** Starts the site over the database in {@code folder}; see {@link SiteProcess#start}. */
    SiteProcess start(Path folder) {
        SiteProcess site = SiteProcess.start(folder, folder.resolve("site-" + (started.size() + 1) + ".log"));
        started.add(site);
        return site;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        started.stream().filter(SiteProcess::isAlive).forEach(SiteProcess::kill);
        if (context.getExecutionException().isPresent()) {
            started.forEach(site -> System.out.printf("%n===== Output of %s =====%n%s", site, site.output()));
        }
        started.clear();
    }
}
