package org.makemothersmatter.sites.network.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.makemothersmatter.core.CoreModule;
import org.makemothersmatter.core.export.ExportCommand;
import org.makemothersmatter.core.mail.MailSettings;
import org.makemothersmatter.core.settings.NetworkSettings;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.web.WebSettings;
import org.makemothersmatter.sites.network.NetworkSite;

/** {@code export <folder>} as the jar runs it: the site started, exported and stopped, or nothing done at all. */
class ExportCommandTest {

    private static final WebSettings WEB = new WebSettings(7070, "https://www.mmm.example.org");

    @TempDir
    Path temp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private boolean started;

    @Test
    void exportsEverySiteIntoANewFolderAndSaysWhatItWrote() throws IOException {
        Path folder = temp.resolve("www");
        assertThat(run(folder.toString())).isZero();
        assertThat(started).isTrue();
        assertThat(lines(out)).singleElement().asString().startsWith("Exported ").contains(" pages in ", " files (",
                " bytes) in ", folder.toString());
        assertThat(folder.resolve("index.html")).isRegularFile();
        assertThat(folder.resolve("en/news/index.html")).content(StandardCharsets.UTF_8)
                .contains("<link rel=\"canonical\" href=\"https://www.mmm.example.org/en/news\">");
    }

    @Test
    void refusesAFolderThatHoldsAnythingAndStartsNothing() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("www"));
        Files.writeString(folder.resolve("keep.txt"), "kept");
        assertThat(run(folder.toString())).isEqualTo(2);
        assertThat(lines(err)).singleElement().asString().contains(folder.toString(), "not an empty folder");
        assertThat(started).isFalse();
        try (var entries = Files.list(folder)) {
            assertThat(entries).containsExactly(folder.resolve("keep.txt"));
        }
    }

    @Test
    void refusesAFileAndMissingOrExtraArguments() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "");
        assertThat(run(file.toString())).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("one", "two")).isEqualTo(2);
        assertThat(started).isFalse();
    }

    private int run(String... args) {
        Function<WebSettings, Injector> wiring = web -> {
            assertThat(web.host()).isEqualTo("127.0.0.1");
            assertThat(web.publicUrl()).isEqualTo(WEB.publicUrl());
            started = true;
            return Guice.createInjector(new CoreModule(DatabaseSettings.inMemory("export-" + UUID.randomUUID()), web,
                    NetworkSettings.DEFAULTS, MailSettings.NONE), new NetworkSite());
        };
        return ExportCommand.run(List.of(args), WEB, wiring, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<String> lines(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
