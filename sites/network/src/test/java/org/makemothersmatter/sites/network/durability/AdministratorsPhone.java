package org.makemothersmatter.sites.network.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.SecondFactor;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The network administrator's phone, for the sites of one folder through their restarts. The first newsroom to sign
 * in sets two-factor sign-in up, as a network administrator must, and keeps the recovery codes; each later sign-in
 * gives one of them, as several newsrooms sign in within one 30-second step, where a code of the app is taken once.
 * One newsroom signs in at a time.
 */
final class AdministratorsPhone {

    private static final Map<Path, AdministratorsPhone> PHONES = new ConcurrentHashMap<>();

    private final Deque<String> recoveryCodes = new ArrayDeque<>();

    static AdministratorsPhone of(Path folder) {
        return PHONES.computeIfAbsent(folder.toAbsolutePath(), f -> new AdministratorsPhone());
    }

    /**
     * Signs in: {@code password} sends the form and returns where its answer leads; then the second factor is
     * given, or set up, in {@code browser}.
     */
    synchronized void signIn(Browser browser, Supplier<String> password) {
        String location = password.get();
        if (location.startsWith("/admin/login/code")) {
            browser.get(location);
            assertThat(browser.post("/admin/login/code", Map.of("code", recoveryCodes.pop())).status())
                    .as("signing in with a recovery code").isEqualTo(303);
        } else {
            String secret = SecondFactor.secretIn(browser.get(SecondFactor.SETUP).body());
            TestServer.Page on = browser.post(SecondFactor.SETUP, Map.of("code", SecondFactor.code(secret)));
            assertThat(on.status()).as("setting two-factor sign-in up").isEqualTo(200);
            recoveryCodes.addAll(SecondFactor.recoveryCodesIn(on.body()));
        }
    }
}
