package org.makemothersmatter.core.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.plugin.TestSites;
import org.makemothersmatter.core.testkit.Browser;
import org.makemothersmatter.core.testkit.HtmlForm;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * What the back office's tests share: a server started with the test sites, Testland's team signed in (its editor,
 * its translator, and another site's editor), and the forms an editor sends as the pages give them.
 */
abstract class TestlandTeam {

    static final String PASSWORD = "a long and secret password";
    static TestServer server;
    static Browser editor;
    static Browser translator;
    static Browser otherEditor;

    @BeforeAll
    static void startTeam() {
        // Behind a proxy of its own, so that a test may send each request from a client of its own (see
        // Browser.forwardedFor); the others come from 127.0.0.1, the proxy, as before.
        server = TestServer.trusting("127.0.0.1", TestSites.module());
        TestSites.createTeam(server.instance(Accounts.class), PASSWORD);
        editor = server.signedIn("editor@testland.org", PASSWORD);
        translator = server.signedIn("translator@testland.org", PASSWORD);
        otherEditor = server.signedIn("editor@otherland.org", PASSWORD);
    }

    @AfterAll
    static void stopTeam() {
        server.close();
    }

    /** A draft article of Testland in English, written by its editor; returns its id. */
    static long draft(String title) {
        return Articles.create(editor, title, "Some text.");
    }

    /** A word no other test wrote, to find what this one did among everything the server holds. */
    static String unique() {
        return "w" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The edit form of an article in a language, as the page gives it, with what is typed and the button pressed. */
    static TestServer.Page send(Browser who, long id, String language, Map<String, String> typed, String button) {
        var form = new LinkedHashMap<>(typed);
        form.put("then", button);
        return HtmlForm.submit(who, "/admin/articles/" + id + "?lang=" + language, "text-form", form);
    }
}
