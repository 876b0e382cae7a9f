package org.makemothersmatter.core.export;

import com.google.inject.Injector;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.makemothersmatter.core.Application;
import org.makemothersmatter.core.web.WebSettings;

/**
 * {@code export <folder>}: starts the site on a free loopback port over the configured database, writes every
 * public page of every site into the folder (see {@link StaticExport}), stops the site and says in one line what
 * it wrote; an empty or new folder only, so that nothing stale is mixed in.
 */
public final class ExportCommand {

    public static final String NAME = "export";

    private ExportCommand() {
    }

    /**
     * Runs the command on its arguments (those after its name) with the site's settings and its wiring for given
     * web settings; returns the exit status. A site that cannot start throws, as a start does.
     */
    public static int run(List<String> args, WebSettings web, Function<WebSettings, Injector> wiring, PrintStream out,
                          PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            err.println("Usage: java -jar sites/network/target/mmm-network.jar " + NAME + " <folder>");
            return 2;
        }
        Path folder;
        try {
            folder = Path.of(args.get(0)).toAbsolutePath();
            if (!isEmptyOrAbsent(folder)) {
                err.println("Nothing exported: " + folder + " is not an empty folder.");
                return 2;
            }
            Files.createDirectories(folder);
        } catch (InvalidPathException | IOException e) {
            err.println("Nothing exported: cannot use the folder " + args.get(0) + ": " + e.getMessage());
            return 2;
        }
        Injector injector = wiring.apply(web.onLoopback());
        Application application = injector.getInstance(Application.class);
        int port = application.start().port();
        try {
            ExportResult result = injector.getInstance(StaticExport.class).export(port, folder);
            result.broken().forEach(link -> err.println("Not exported, the site answers an error: " + link));
            result.skipped().forEach(link -> err.println("Not exported: " + link));
            out.println(result.summary() + " Folder: " + folder);
            return 0;
        } catch (ExportException e) {
            err.println("Export stopped: " + e.getMessage());
            return 1;
        } finally {
            application.stop();
        }
    }

    private static boolean isEmptyOrAbsent(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
