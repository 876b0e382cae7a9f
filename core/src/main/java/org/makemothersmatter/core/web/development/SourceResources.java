package org.makemothersmatter.core.web.development;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Resources found in the source folders first, as they are now, then as the build left them: UI strings and
 * shipped files edited since the build are read as edited.
 */
final class SourceResources extends ClassLoader {

    private final List<Path> folders;

    SourceResources(SourceFolders sources, ClassLoader built) {
        super(built);
        this.folders = sources.resources();
    }

    @Override
    public URL getResource(String name) {
        for (Path folder : folders) {
            Path file = folder.resolve(name).normalize();
            if (file.startsWith(folder) && Files.exists(file)) {
                try {
                    return file.toUri().toURL();
                } catch (MalformedURLException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return super.getResource(name);
    }
}
