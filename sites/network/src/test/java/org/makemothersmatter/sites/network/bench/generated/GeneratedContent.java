package org.makemothersmatter.sites.network.bench.generated;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.makemothersmatter.core.content.ContentLoader;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * Articles made up for a benchmark, and the generated associations' own files, written as content files to a
 * folder of their own and loaded as shipped content is: by the site's {@link ContentLoader}, which parses them,
 * renders and sanitises their Markdown, makes their slugs unique and remembers each file.
 */
public final class GeneratedContent {

    private GeneratedContent() {
    }

    /**
     * Writes {@code articles} articles, spread evenly over every site the server hosts, and the generated
     * associations' files; loads them into the server's database; deletes the files; prints how long it took.
     * The server must not have answered a request yet: the loader writes to the database alone, as at a start.
     */
    public static void fill(TestServer server, GeneratedAssociations associations, int articles) {
        List<Site> sites = server.instance(Sites.class).plugins().stream().map(SitePlugin::site).toList();
        Path folder = temporaryFolder();
        try {
            long start = System.nanoTime();
            ContentGenerator generator = new ContentGenerator(folder);
            associations.associations().forEach(generator::association);
            IntStream.range(0, sites.size()).parallel().forEach(i -> generator.articles(sites.get(i),
                    articles / sites.size() + (i < articles % sites.size() ? 1 : 0)));
            long written = System.nanoTime();
            // The CPU time the process spent says what the load costs on a busy machine too.
            OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu = system.getProcessCpuTime();
            int loaded = load(folder, server.instance(ContentLoader.class));
            double cpuSeconds = (system.getProcessCpuTime() - cpu) / 1e9;
            double seconds = (System.nanoTime() - written) / 1e9;
            System.out.printf("Generated %,d articles on %d sites (%,d files, %,d MB) in %.1f s; the content loader "
                            + "loaded its %,d files in %.1f s (%.1f s of CPU): %,.0f articles/s (%,.0f per CPU second)%n",
                    articles, sites.size(), generator.files(), generator.bytes() >> 20, (written - start) / 1e9,
                    loaded, seconds, cpuSeconds, articles / seconds, articles / cpuSeconds);
        } finally {
            delete(folder);
        }
    }

    /**
     * Runs the loader with the folder's content files found first: the loader reads the classpath folder of
     * each site and kind, and a shipped site's news folder would hide the generated one.
     */
    private static int load(Path folder, ContentLoader loader) {
        Thread thread = Thread.currentThread();
        ClassLoader shipped = thread.getContextClassLoader();
        thread.setContextClassLoader(new ClassLoader(shipped) {
            @Override
            public URL getResource(String name) {
                Path generated = folder.resolve(name);
                try {
                    return Files.exists(generated) ? generated.toUri().toURL() : super.getResource(name);
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        try {
            return loader.loadAll();
        } finally {
            thread.setContextClassLoader(shipped);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("mmm-generated-content");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
