package org.makemothersmatter.core.web.development;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The source folders of a checkout of the project, where development mode reads templates, UI strings, shipped
 * files and content files as they are edited: the {@code src/main/jte} and {@code src/main/resources} folders of
 * core, of each plugin and of each assembly under {@code sites/} (the international site's content ships with its
 * assembly).
 */
public record SourceFolders(Path root) {

    public SourceFolders {
        root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("core/src/main/jte"))) {
            throw new IllegalArgumentException("DEV_SOURCES must name the project's folder (the one with core/ and "
                    + "plugins/): " + root + "/core/src/main/jte is missing");
        }
    }

    /** Core's templates folder, then each plugin's, then each assembly's. */
    public List<Path> templates() {
        return modules("src/main/jte");
    }

    /** Core's resources folder, then each plugin's, then each assembly's. */
    public List<Path> resources() {
        return modules("src/main/resources");
    }

    /** Where templates compiled from the sources go. */
    public Path compiledTemplates() {
        return root.resolve("target/jte-development");
    }

    private List<Path> modules(String folder) {
        List<Path> found = new ArrayList<>();
        found.add(root.resolve("core").resolve(folder));
        for (String modules : List.of("plugins", "sites")) {
            Path parent = root.resolve(modules);
            if (!Files.isDirectory(parent)) {
                continue;
            }
            try (Stream<Path> children = Files.list(parent)) {
                children.sorted().map(module -> module.resolve(folder)).filter(Files::isDirectory).forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + parent, e);
            }
        }
        return List.copyOf(found);
    }
}
