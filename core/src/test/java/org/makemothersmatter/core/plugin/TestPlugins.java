package org.makemothersmatter.core.plugin;

import com.google.inject.AbstractModule;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.SitePlugins;
import org.makemothersmatter.core.testkit.TestNetworkSite;
import org.makemothersmatter.core.testkit.TestPlugin;
import org.makemothersmatter.core.web.view.Body;
import org.makemothersmatter.core.web.view.StaticPageView;

/** A minimal network: an international site and one association that adds a page and replaces a template. */
final class TestPlugins extends AbstractModule {

    @Override
    protected void configure() {
        install(new TestNetworkSite());
        install(SitePlugins.module(new Testland()));
        install(SitePlugins.module(new Otherland()));
    }

    /** A note a visitor sent Testland. */
    public record Note(long id, String text) {
    }

    /** Testland's notes, in its own table. */
    public interface NoteDao {

        @SqlUpdate("INSERT INTO testland_note (text) VALUES (:text)")
        void insert(@Bind("text") String text);

        @SqlQuery("SELECT COUNT(*) FROM testland_note")
        long count();

        @RegisterConstructorMapper(Note.class)
        @SqlQuery("SELECT id, text FROM testland_note ORDER BY id DESC LIMIT :limit OFFSET :offset")
        List<Note> latest(@Bind("limit") int limit, @Bind("offset") long offset);

        @RegisterConstructorMapper(Note.class)
        @SqlQuery("SELECT id, text FROM testland_note WHERE id = :id")
        Optional<Note> find(@Bind("id") long id);

        @SqlUpdate("DELETE FROM testland_note WHERE id = :id")
        int delete(@Bind("id") long id);

        @RegisterConstructorMapper(Note.class)
        @SqlQuery("SELECT id, text FROM testland_note ORDER BY id")
        List<Note> all();
    }

    /** Testland's notes in the back office, as a plugin declares its records. */
    static final class Notes implements RecordPages<Note> {
        private final NoteDao notes;

        @Inject
        Notes(NoteDao notes) {
            this.notes = notes;
        }

        @Override
        public String noun(Texts texts) {
            return texts.get("notes.noun");
        }

        @Override
        public long id(Note note) {
            return note.id();
        }

        @Override
        public long count() {
            return notes.count();
        }

        @Override
        public List<Note> latest(int limit, long offset) {
            return notes.latest(limit, offset);
        }

        @Override
        public Optional<Note> find(long id) {
            return notes.find(id);
        }

        @Override
        public boolean delete(long id) {
            return notes.delete(id) > 0;
        }

        @Override
        public List<Note> all() {
            return notes.all();
        }

        @Override
        public List<Column<Note>> columns(Texts texts) {
            return List.of(new Column<>(texts.get("notes.column"), Note::text));
        }
    }

    /** Another association, whose editors must not touch Testland. */
    static final class Otherland extends TestPlugin {
        Otherland() {
            super(new Site("otherland", "MMM Otherland", List.of(Language.FRENCH), false));
        }
    }

    /** Adds a page, a form whose notes it keeps in a table of its own, and the back-office pages of those notes. */
    static final class Testland extends TestPlugin {

        Testland() {
            super(new Site("testland", "MMM Testland", List.of(Language.ENGLISH, Language.FRENCH), false));
        }

        @Override
        public void routes(SiteRoutes routes) {
            routes.get("/own", page -> {
                String form = "<form method=\"post\" action=\"" + page.url("/own") + "\"><input type=\"hidden\" "
                        + "name=\"_csrf\" value=\"" + page.formToken() + "\"><input name=\"note\" "
                        + "aria-label=\"Note\"><button>Send</button></form>";
                page.render("own", new StaticPageView(page.texts(), "Our own page", null, new Body(form, null, null)),
                        "Our own page", "A page of Testland");
            });
            routes.post("/own", Own.class, own -> own::send);
        }

        @Override
        public void adminRoutes(SiteAdminRoutes routes) {
            routes.records("/notes", "notes.label", Notes.class);
        }

        @Override
        public List<NavigationEntry> navigation() {
            return List.of(new NavigationEntry("/own", "nav.own"));
        }

        @Override
        public List<Class<?>> daos() {
            return List.of(NoteDao.class);
        }
    }

    /** Keeps the notes sent from Testland's own page, and tells the team who asked for it. */
    static final class Own {
        private final NoteDao notes;

        @Inject
        Own(NoteDao notes) {
            this.notes = notes;
        }

        void send(SitePage page) {
            if (!page.fromThisSite()) {
                page.status(422);
                page.render("own", new StaticPageView(page.texts(), "Send the form again", null,
                        new Body("<p>Send the form again</p>", null, null)), "Send the form again", "");
                return;
            }
            notes.insert(page.param("note"));
            page.notifyTeam("note.subject", "note.text", page.param("note"));
            page.redirect("/own");
        }
    }
}
