package org.makemothersmatter.sites.network;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import com.google.inject.util.Modules;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.makemothersmatter.core.Application;
import org.makemothersmatter.core.CoreModule;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.backup.BackupCommand;
import org.makemothersmatter.core.export.ExportCommand;
import org.makemothersmatter.core.mail.MailSettings;
import org.makemothersmatter.core.search.SearchRebuildCommand;
import org.makemothersmatter.core.settings.NetworkSettings;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.web.WebServer;
import org.makemothersmatter.core.web.WebSettings;
import org.makemothersmatter.core.web.development.DevelopmentModule;
import org.makemothersmatter.core.web.development.SourceContent;
import org.makemothersmatter.core.web.development.SourceFolders;
import org.makemothersmatter.sites.network.scaffold.NewPluginCommand;

/**
 * Starts the network site, or, with {@code create-admin <email> <name>}, creates a network administrator
 * (password from ADMIN_PASSWORD, else asked twice), or, with {@code new-plugin <code> "<name>" <languages>},
 * starts a national association's plugin in the repository, or, with {@code backup <file.zip>} or
 * {@code restore <file.zip>}, backs up or restores the embedded database, or, with {@code export <folder>}, writes
 * every public page as static files, or, with {@code search-rebuild}, writes the search index again. Settings come from the environment and the settings file: see the README.
 */
public final class Main {

    /** The settings shipped with this assembly, used when SETTINGS_FILE names no other file. */
    static final String SETTINGS = "network.properties";
    /**
     * The project's folder, in development mode: templates, strings and content read from its sources as they are
     * edited.
     */
    static final String DEVELOPMENT = "DEV_SOURCES";

    private Main() {
    }

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        List<String> rest = args.length > 0 ? List.of(args).subList(1, args.length) : List.of();
        if (command.equals(NewPluginCommand.NAME)) {
            System.exit(NewPluginCommand.run(rest, System.out, System.err));
        }
        Map<String, String> env = System.getenv();
        if (List.of(BackupCommand.BACKUP, BackupCommand.RESTORE).contains(command)) {
            System.exit(BackupCommand.run(command, rest, DatabaseSettings.fromEnvironment(env), System.out,
                    System.err));
        }
        try {
            if (command.equals(SearchRebuildCommand.NAME)) {
                System.exit(SearchRebuildCommand.run(rest, () -> injector(env), System.out, System.err));
            }
            if (command.equals(ExportCommand.NAME)) {
                System.exit(ExportCommand.run(rest, WebSettings.fromEnvironment(env), web -> injector(env, web),
                        System.out, System.err));
            }
            Injector injector = injector(env);
            if (command.equals("create-admin")) {
                createAdmin(injector.getInstance(Accounts.class), args, env);
                return;
            }
            if (env.containsKey("ADMIN_EMAIL") && env.containsKey("ADMIN_PASSWORD")) {
                boolean created = injector.getInstance(Accounts.class).ensureAdministrator(env.get("ADMIN_EMAIL"),
                        env.getOrDefault("ADMIN_NAME", "Network administrator"), env.get("ADMIN_PASSWORD"));
                System.out.println(created ? "Network administrator " + env.get("ADMIN_EMAIL") + " created."
                        : "An account " + env.get("ADMIN_EMAIL") + " exists already: left as it is.");
            }
            Application application = injector.getInstance(Application.class);
            WebServer server = application.start();
            Runnable stop = application::stop;
            if (env.containsKey(DEVELOPMENT)) {
                // Content files are loaded again as they are edited, until the database is about to close.
                SourceContent content = injector.getInstance(SourceContent.class);
                content.start();
                stop = () -> {
                    content.stop();
                    application.stop();
                };
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stop, "shutdown"));
            System.out.println("Make Mothers Matter network site on port " + server.port());
        } catch (RuntimeException e) {
            String reason = reason(e);
            if (reason == null) {
                throw e;
            }
            System.err.println("Cannot start: " + reason);
            System.exit(2);
        }
    }

    /** Everything the site needs, wired from the environment and the settings file; checked on creation. */
    static Injector injector(Map<String, String> env) {
        return injector(env, WebSettings.fromEnvironment(env));
    }

    private static Injector injector(Map<String, String> env, WebSettings web) {
        Module core = new CoreModule(DatabaseSettings.fromEnvironment(env), web,
                NetworkSettings.fromEnvironment(env, Main.class.getClassLoader(), SETTINGS),
                MailSettings.fromEnvironment(env));
        if (env.containsKey(DEVELOPMENT)) {
            core = Modules.override(core).with(new DevelopmentModule(new SourceFolders(Path.of(env.get(DEVELOPMENT))),
                    web));
        }
        return Guice.createInjector(core, new NetworkSite());
    }

    /**
     * What a newcomer must fix when the start fails on a bad setting or plugin, however deep Guice reports it;
     * null for any other failure, which keeps its stack trace.
     */
    static String reason(Throwable failure) {
        if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
            return failure.getMessage();
        }
        Collection<Message> messages = failure instanceof CreationException creation ? creation.getErrorMessages()
                : failure instanceof ProvisionException provision ? provision.getErrorMessages() : List.of();
        return messages.stream().map(Message::getCause).filter(Objects::nonNull).map(Main::reason)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static void createAdmin(Accounts accounts, String[] args, Map<String, String> env) {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: java -jar mmm-network.jar create-admin <email> <name>");
        }
        String password = env.containsKey("ADMIN_PASSWORD") ? env.get("ADMIN_PASSWORD") : askPassword();
        accounts.create(args[1], args[2], Role.NETWORK_ADMIN, Set.of(), password);
        System.out.println("Network administrator " + args[1] + " created.");
    }

    private static String askPassword() {
        Console console = System.console();
        if (console != null) {
            String first = new String(console.readPassword("Password (at least 12 characters): "));
            String second = new String(console.readPassword("The same password again: "));
            if (!first.equals(second)) {
                throw new IllegalArgumentException("The two passwords differ.");
            }
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("No password given on standard input.");
            }
            return line;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the password: " + e.getMessage());
        }
    }
}
