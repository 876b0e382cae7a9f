package org.makemothersmatter.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Module;
import java.util.Map;
import java.util.Set;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.TestServer;

/** The test network of core's tests, for tests outside this package. */
public final class TestSites {

    private TestSites() {
    }

    public static Module module() {
        return new TestPlugins();
    }

    /**
     * The accounts the back-office tests act as: a network administrator (returned), Testland's editor
     * and translator, and Otherland's editor, who must not touch Testland.
     */
    public static Account createTeam(Accounts accounts, String password) {
        Account admin = accounts.create("admin@example.org", "Ada", Role.NETWORK_ADMIN, Set.of(), password);
        accounts.create("editor@testland.org", "Ed", Role.EDITOR, Set.of("testland"), password);
        accounts.create("translator@testland.org", "Tia", Role.TRANSLATOR, Set.of("testland"), password);
        accounts.create("editor@otherland.org", "Otto", Role.EDITOR, Set.of("otherland"), password);
        return admin;
    }

    /**
     * The network's administrator accepts an association's article proposed for the network's news, through the
     * proposals' page, as the network's editors do.
     */
    public static void acceptForNetwork(TestServer server, String password, long articleId) {
        Browser admin = server.signedIn("admin@example.org", password);
        assertThat(admin.get("/admin/proposals").body()).contains("/admin/proposals/" + articleId + "/accept");
        assertThat(admin.post("/admin/proposals/" + articleId + "/accept", Map.of()).status()).isEqualTo(303);
    }

    /** A note as a visitor of Testland sends it, for the back office to show. */
    public static void sendNote(TestServer server, String text) {
        server.instance(TestPlugins.NoteDao.class).insert(text);
    }
}
