package org.makemothersmatter.sites.network;

import com.google.inject.Guice;
import java.util.Map;
import org.makemothersmatter.core.Application;
import org.makemothersmatter.core.CoreModule;
import org.makemothersmatter.core.store.DatabaseSettings;
import org.makemothersmatter.core.web.WebServer;
import org.makemothersmatter.core.web.WebSettings;

/** Starts the network site. Settings come from the environment: see the README. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        WebServer server;
        try {
            server = Guice.createInjector(
                    new CoreModule(DatabaseSettings.fromEnvironment(env), WebSettings.fromEnvironment(env)),
                    new NetworkSite()).getInstance(Application.class).start();
        } catch (IllegalArgumentException e) {
            System.err.println("Cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "shutdown"));
        System.out.println("Make Mothers Matter network site on port " + server.port());
    }
}
