package org.makemothersmatter.sites.network.scaffold;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.makemothersmatter.core.model.Language;

/**
 * {@code new-plugin [--root <folder>] <code> "<Association name>" <languages>}: starts a national association's
 * plugin, run from the repository root. Prints what it wrote and what to do next, or why it wrote nothing.
 */
public final class NewPluginCommand {

    public static final String NAME = "new-plugin";

    static final String USAGE = "Usage: java -jar sites/network/target/mmm-network.jar " + NAME
            + " [--root <folder>] <code> \"<Association name>\" <languages>\n"
            + "  for example: " + NAME + " spain \"MMM Spain\" es,ca,en   from the repository root\n"
            + "  <languages>: the site's languages as BCP 47 tags (es, ca, pt-BR), the default first";

    private NewPluginCommand() {
    }

    /** Runs the command on its arguments (those after {@code new-plugin}); returns the process's exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path root = Path.of("");
        List<String> given = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--root") && i + 1 < args.size()) {
                root = Path.of(args.get(++i));
            } else {
                given.add(args.get(i));
            }
        }
        if (given.size() != 3 || given.get(0).startsWith("-")) {
            err.println(USAGE);
            return 1;
        }
        try {
            NewPlugin plugin = NewPlugin.of(given.get(0), given.get(1), given.get(2));
            PluginScaffold.Written written = new PluginScaffold(root).create(plugin);
            report(plugin, written, out);
            return 0;
        } catch (ScaffoldException | UncheckedIOException e) {
            err.println("Nothing written: " + e.getMessage());
            return 1;
        }
    }

    private static void report(NewPlugin plugin, PluginScaffold.Written written, PrintStream out) {
        String content = plugin.folder() + "/src/main/resources/content/" + plugin.code() + "/";
        out.println("Created the plugin " + plugin.code() + " (" + plugin.name() + ", in "
                + plugin.languages().stream().map(Language::code).collect(Collectors.joining(", ")) + "):");
        written.created().forEach(file -> out.println("  " + file));
        out.println("Added it to:");
        written.edited().forEach(file -> out.println("  " + file));
        out.println();
        out.println("Next steps:");
        out.println("  1. Before the site's first start, replace every REPLACE (country, summary, mission) in");
        out.println("       " + content + "association/");
        out.println("     Content files are loaded once; later changes are made in the back office (/admin). Pages");
        out.println("     and news go beside them, in pages/ and news/: see docs/plugin-guide.md.");
        out.println("  2. Build and test: mvn -B verify");
        out.println("  3. Start: java -jar sites/network/target/mmm-network.jar, then open http://localhost:7070/"
                + plugin.code() + "/");
        out.println("     A settings file that lists the plugins hosted (plugins = ...) must name " + plugin.code()
                + " too.");
    }
}
