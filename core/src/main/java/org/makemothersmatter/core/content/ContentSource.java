package org.makemothersmatter.core.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;

/**
 * Reads a site's content files from the classpath folder {@code content/<site code>/}, in a jar or in a
 * build folder alike. Each kind of content (news, pages...) is a sub-folder holding one folder per item.
 */
public final class ContentSource {

    private final ClassLoader classLoader;
    private final Predicate<String> loaded;

    /** Every content item the class loader finds. */
    public ContentSource(ClassLoader classLoader) {
        this(classLoader, key -> false);
    }

    /**
     * The content items the class loader finds, less those whose every file is {@code loaded} already (by its
     * key, {@code <item key>/<language>}): those are not even read, so that a start on an existing database
     * does not parse content it has loaded before.
     */
    public ContentSource(ClassLoader classLoader, Predicate<String> loaded) {
        this.classLoader = classLoader;
        this.loaded = loaded;
    }

    /** The items of one kind for a site (one folder each), in folder order; none if the site ships no such folder. */
    public List<ContentItem> items(Site site, String kind) {
        String root = "content/" + site.code() + "/" + kind;
        return read(root, folder -> {
            List<ContentItem> items = new ArrayList<>();
            try (Stream<Path> children = Files.list(folder)) {
                for (Path itemFolder : children.filter(Files::isDirectory).sorted(byName()).toList()) {
                    String name = itemFolder.getFileName().toString().replace("/", "");
                    String key = site.code() + "/" + kind + "/" + name;
                    if (!allLoaded(key, itemFolder)) {
                        items.add(new ContentItem(key, name, files(site, root + "/" + name, itemFolder)));
                    }
                }
            }
            return items;
        });
    }

    /** A single item whose files stand right in the folder of its kind, as a site's association does. */
    public List<ContentItem> item(Site site, String kind) {
        return single(site, kind, kind);
    }

    /** One item of a kind, by its folder's name, as {@link #items} reads it; none if there is no such folder. */
    public Optional<ContentItem> item(Site site, String kind, String name) {
        return single(site, kind + "/" + name, name).stream().findFirst();
    }

    /** The item whose files stand in {@code content/<site code>/<path>}, its folder being named {@code name}. */
    private List<ContentItem> single(Site site, String path, String name) {
        String root = "content/" + site.code() + "/" + path;
        String key = site.code() + "/" + path;
        return read(root, folder -> allLoaded(key, folder) ? List.of()
                : List.of(new ContentItem(key, name, files(site, root, folder))));
    }

    /** Whether every language file of the item in {@code folder} is loaded already; false for a folder without any. */
    private boolean allLoaded(String key, Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            List<String> files = children.map(p -> p.getFileName().toString().replace("/", ""))
                    .filter(ContentSource::isContentFile).toList();
            return !files.isEmpty() && files.stream()
                    .allMatch(name -> loaded.test(key + "/" + name.substring(0, name.length() - ".md".length())));
        }
    }

    private interface FolderReader {
        List<ContentItem> read(Path folder) throws IOException;
    }

    private List<ContentItem> read(String root, FolderReader reader) {
        URL url = classLoader.getResource(root);
        if (url == null) {
            return List.of();
        }
        try {
            return reader.read(pathOf(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read content folder " + root, e);
        } catch (URISyntaxException e) {
            throw new ContentException("Bad content location " + url, e);
        }
    }

    private static List<ContentFile> files(Site site, String where, Path itemFolder) throws IOException {
        List<ContentFile> files = new ArrayList<>();
        try (Stream<Path> children = Files.list(itemFolder)) {
            for (Path file : children.filter(p -> isContentFile(p.getFileName().toString())).sorted(byName())
                    .toList()) {
                String fileName = file.getFileName().toString();
                String path = where + "/" + fileName;
                String code = fileName.substring(0, fileName.length() - ".md".length());
                Language language = Language.find(code)
                        .filter(site::publishesIn)
                        .orElseThrow(() -> new ContentException(path + ": '" + code
                                + "' is not one of the languages of site " + site.code() + " " + site.languages()));
                files.add(ContentFile.parse(path, language, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        if (files.isEmpty()) {
            throw new ContentException(where + ": holds no <language>.md file");
        }
        return files;
    }

    /**
     * Whether a file of an item's folder is one of its language files: a Markdown file, and not hidden, as the
     * lock file an editor keeps beside the file it edits is ({@code .#fr.md}).
     */
    public static boolean isContentFile(String fileName) {
        return fileName.endsWith(".md") && !fileName.startsWith(".");
    }

    private static Comparator<Path> byName() {
        return Comparator.comparing(p -> p.getFileName().toString());
    }

    private static Path pathOf(URI uri) throws IOException {
        if (!"jar".equals(uri.getScheme())) {
            return Path.of(uri);
        }
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
        }
        String inside = uri.getSchemeSpecificPart().substring(uri.getSchemeSpecificPart().indexOf("!/") + 1);
        return jar.getPath(inside);
    }
}
