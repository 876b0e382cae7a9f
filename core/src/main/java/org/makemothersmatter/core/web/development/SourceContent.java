package org.makemothersmatter.core.web.development;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.makemothersmatter.core.content.ContentException;
import org.makemothersmatter.core.content.ContentLoader;
import org.makemothersmatter.core.content.ContentSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content files of the source folders ({@code src/main/resources/content/} of each module), loaded again into
 * the database as they are created or edited: the item of a saved file shows at the next refresh of the browser.
 * Content files are otherwise loaded once, ever; here they are the truth, and replace what the database holds.
 *
 * <p>The files' modification times and sizes are compared every {@value #PERIOD_MS} ms rather than watched with
 * java.nio's WatchService: on Linux that watches one folder at a time, so each new item folder would have to be
 * registered, and whatever was saved in it before then looked for; and it hears nothing of edits made on the other
 * side of a shared folder (a network share, a virtual machine's). Looking at the 60-odd files the modules ship takes
 * under a millisecond (5,000 files: about 0.1 s).
 */
public final class SourceContent {

    private static final Logger LOG = LoggerFactory.getLogger(SourceContent.class);
    private static final long PERIOD_MS = 300;
    /** How long a stop waits for an item being loaded: one transaction. */
    private static final Duration ROUND_END = Duration.ofSeconds(5);

    private final Path root;
    /** Each module's resources folder, whose {@code content/} folder holds its content files. */
    private final List<Path> folders;
    private final ContentSource source;
    private final ContentLoader loader;
    /** Every content file seen at the last look, with its time and size; read and written by one thread at a time. */
    private Map<Path, Stamp> seen = Map.of();
    private ScheduledExecutorService timer;

    /** {@code source} reads the source folders first, as {@link SourceResources} does. */
    SourceContent(SourceFolders sources, ContentSource source, ContentLoader loader) {
        this.root = sources.root();
        this.folders = sources.resources();
        this.source = source;
        this.loader = loader;
    }

    /** Notes the files as they are, then looks for changes until {@link #stop()}. */
    public synchronized void start() {
        seen = files();
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "content-files");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::look, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** No look starts any more; an item being loaded is let finish, before the database closes. */
    public synchronized void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdown();
        try {
            if (!timer.awaitTermination(ROUND_END.toMillis(), TimeUnit.MILLISECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Loads again each item a file of which is new or changed since the last look. */
    private void look() {
        try {
            Map<Path, Stamp> now = files();
            Set<Path> items = now.entrySet().stream().filter(file -> !file.getValue().equals(seen.get(file.getKey())))
                    .map(file -> file.getKey().getParent()).collect(Collectors.toCollection(TreeSet::new));
            seen = now;
            items.forEach(this::reload);
        } catch (RuntimeException e) {
            // The thread must go on looking: the next look may find the folders readable again.
            LOG.error("Looking for edited content files failed", e);
        }
    }

    private void reload(Path item) {
        Path resources = folders.stream().filter(item::startsWith).findFirst().orElseThrow();
        String folder = StreamSupport.stream(resources.relativize(item).spliterator(), false).map(Path::toString)
                .collect(Collectors.joining("/"));
        try {
            if (!loader.reload(source, folder)) {
                LOG.info("Content {} is no item of a site this server hosts: not loaded", root.relativize(item));
            }
        } catch (ContentException | UncheckedIOException e) {
            // A file is often wrong while it is being written: one line (a YAML parser's message has several), and
            // the next save is loaded.
            LOG.warn("Content {} not loaded again, the site shows it as before: {}", root.relativize(item),
                    e.getMessage().replaceAll("\\s*\\R\\s*", " "));
        } catch (RuntimeException e) {
            LOG.error("Content {} not loaded again", root.relativize(item), e);
        }
    }

    /** The content files of every source folder, with their times and sizes. */
    private Map<Path, Stamp> files() {
        Map<Path, Stamp> files = new HashMap<>();
        for (Path resources : folders) {
            Path content = resources.resolve("content");
            if (Files.isDirectory(content)) {
                walk(content, files);
            }
        }
        return files;
    }

    private static void walk(Path content, Map<Path, Stamp> files) {
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && ContentSource.isContentFile(file.getFileName().toString())) {
                        files.put(file, new Stamp(attributes.lastModifiedTime(), attributes.size()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                // A file or folder removed while the tree is read is simply not there.
                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + content, e);
        }
    }

    /**
     * What tells an edited file: its time, and its size too, since a file saved twice within the clock's step
     * (a few milliseconds on Linux) keeps its time, and a save is often seen half written.
     */
    private record Stamp(FileTime modified, long size) {
    }
}
