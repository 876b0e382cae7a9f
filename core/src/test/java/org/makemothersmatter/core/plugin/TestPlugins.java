package org.makemothersmatter.core.plugin;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.store.PluginDatabases;
import org.makemothersmatter.core.testkit.TestNetworkSite;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.PublicForms;
import org.makemothersmatter.core.web.view.Body;
import org.makemothersmatter.core.web.view.StaticPageView;

/** A minimal network: an international site and one association that adds a page and replaces a template. */
final class TestPlugins extends AbstractModule {

    @Override
    protected void configure() {
        install(new TestNetworkSite());
        SitePlugins.register(binder(), Testland.class);
        SitePlugins.register(binder(), Otherland.class);
    }

    @Provides
    @Singleton
    NoteDao notes(PluginDatabases databases) {
        return databases.jdbi("testland").onDemand(NoteDao.class);
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
        private final Provider<NoteDao> notes;

        @Inject
        Notes(Provider<NoteDao> notes) {
            this.notes = notes;
        }

        @Override
        public String noun() {
            return "note";
        }

        @Override
        public long id(Note note) {
            return note.id();
        }

        @Override
        public long count() {
            return notes.get().count();
        }

        @Override
        public List<Note> latest(int limit, long offset) {
            return notes.get().latest(limit, offset);
        }

        @Override
        public Optional<Note> find(long id) {
            return notes.get().find(id);
        }

        @Override
        public boolean delete(long id) {
            return notes.get().delete(id) > 0;
        }

        @Override
        public List<Note> all() {
            return notes.get().all();
        }

        @Override
        public List<Column<Note>> columns(Site site) {
            return List.of(new Column<>("Note", Note::text));
        }
    }

    /** Another association, whose editors must not touch Testland. */
    static final class Otherland implements SitePlugin {
        @Override
        public Site site() {
            return new Site("otherland", "MMM Otherland", List.of(Language.FRENCH), false);
        }
    }

    /** Adds a page, a form whose notes it keeps in a table of its own, and the back-office pages of those notes. */
    static final class Testland implements SitePlugin {
        private final Provider<Presenter> presenter;
        private final Provider<PageRenderer> renderer;
        private final Provider<PublicForms> forms;
        private final Provider<NoteDao> notes;

        @Inject
        Testland(Provider<Presenter> presenter, Provider<PageRenderer> renderer, Provider<PublicForms> forms,
                 Provider<NoteDao> notes) {
            this.presenter = presenter;
            this.renderer = renderer;
            this.forms = forms;
            this.notes = notes;
        }

        @Override
        public Site site() {
            return new Site("testland", "MMM Testland", List.of(Language.ENGLISH, Language.FRENCH), false);
        }

        @Override
        public void routes(SiteRoutes routes) {
            routes.get("/own", (ctx, request) -> {
                String form = "<form method=\"post\" action=\"" + request.url("/own") + "\"><input type=\"hidden\" "
                        + "name=\"_csrf\" value=\"" + forms.get().token(ctx) + "\"><input name=\"note\" "
                        + "aria-label=\"Note\"><button>Send</button></form>";
                renderer.get().render(ctx, request.site(), "own",
                        new StaticPageView(presenter.get().texts(request), "Our own page", null, new Body(form, null, null)),
                        presenter.get().layout(request, "Our own page", "A page of Testland", language -> "/own", true));
            });
            routes.post("/own", (ctx, request) -> {
                if (!forms.get().fromThisSite(ctx)) {
                    ctx.status(422).result("Send the form again");
                    return;
                }
                notes.get().insert(ctx.formParam("note"));
                ctx.redirect(request.url("/own"), HttpStatus.SEE_OTHER);
            });
        }

        @Override
        public void adminRoutes(SiteAdminRoutes routes) {
            routes.records("/notes", "Testland notes", new Notes(notes));
        }

        @Override
        public List<NavigationEntry> navigation() {
            return List.of(new NavigationEntry("/own", "nav.own"));
        }
    }
}
