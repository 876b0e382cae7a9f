package org.makemothersmatter.core.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Checks pages with the W3C Nu HTML Checker (vnu.jar), run as a separate process so that its own Jetty
 * stays off our classpath. The build puts the checker where the {@code vnu.jar} system property says.
 */
public final class HtmlValidator {

    private HtmlValidator() {
    }

    /** The checker's error messages for each page (file name → errors); empty when every page is valid. */
    public static List<String> errors(Map<String, String> pages) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("vnu.jar", "target/vnu/node_modules/vnu-jar/build/dist/vnu.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The HTML checker is missing at " + jar.toAbsolutePath()
                    + ": the build installs it with npm (vnu-jar); run the tests through Maven.");
        }
        Path folder = Files.createTempDirectory("html-check");
        List<String> files = new ArrayList<>();
        int n = 0;
        for (var page : pages.entrySet()) {
            String name = String.format("%03d%s.html", n++, page.getKey().replaceAll("[^A-Za-z0-9]+", "_"));
            Files.writeString(folder.resolve(name), page.getValue(), StandardCharsets.UTF_8);
            files.add(folder.resolve(name).toString());
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar.toString(),
                "--errors-only", "--format", "gnu"));
        command.addAll(files);
        Path report = folder.resolve("report.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(report.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("The HTML checker did not finish in 5 minutes");
        }
        return Files.readAllLines(report, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.replace(folder.toString(), ""))
                .toList();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
