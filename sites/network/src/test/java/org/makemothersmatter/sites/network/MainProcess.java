package org.makemothersmatter.sites.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The site's main class in a process of its own, started as the README starts it, on a free port. */
public final class MainProcess {

    private MainProcess() {
    }

    /** The process to start, with the arguments given (none: the site itself); its environment may be added to. */
    public static ProcessBuilder of(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PORT", "0");
        return builder;
    }
}
