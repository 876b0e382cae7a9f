package org.makemothersmatter.core.admin;

import static org.makemothersmatter.core.admin.AdminForms.attempt;
import static org.makemothersmatter.core.admin.AdminForms.choices;
import static org.makemothersmatter.core.admin.AdminForms.id;
import static org.makemothersmatter.core.admin.AdminForms.option;
import static org.makemothersmatter.core.admin.AdminForms.parseId;
import static org.makemothersmatter.core.admin.AdminForms.redirect;
import static org.makemothersmatter.core.admin.AdminForms.version;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.admin.view.AdminFrame;
import org.makemothersmatter.core.admin.view.AutosaveOffer;
import org.makemothersmatter.core.admin.view.BesideText;
import org.makemothersmatter.core.admin.view.Choice;
import org.makemothersmatter.core.admin.view.Comparison;
import org.makemothersmatter.core.admin.view.EditorView;
import org.makemothersmatter.core.admin.view.ImagePicker;
import org.makemothersmatter.core.admin.view.ListFilters;
import org.makemothersmatter.core.admin.view.TextConflict;
import org.makemothersmatter.core.admin.view.TextForm;
import org.makemothersmatter.core.admin.view.Translation;
import org.makemothersmatter.core.editorial.Conflict;
import org.makemothersmatter.core.editorial.Draft;
import org.makemothersmatter.core.editorial.Editable;
import org.makemothersmatter.core.editorial.EditableText;
import org.makemothersmatter.core.editorial.Editor;
import org.makemothersmatter.core.editorial.PendingText;
import org.makemothersmatter.core.editorial.Status;
import org.makemothersmatter.core.media.Images;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.themes.Theme;
import org.makemothersmatter.core.themes.Themes;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.view.Link;

/**
 * What the back-office pages of articles and of static pages share, under {@code base} (/admin/articles,
 * /admin/pages): the edit page, with one language's text beside another's; saving a text; publishing, going
 * back to draft, the trash; the preview; the revisions. Each kind adds its list, its form to start one and
 * what is its own on the edit page.
 *
 * @param <E> what is edited
 */
abstract class EditorRoutes<E extends Editable<?>> {

    static final int PAGE_SIZE = 25;

    final AdminSecurity security;
    final AdminPages pages;
    final Sites sites;
    final Themes themes;
    final String base;
    private final Editor<E, ?> editor;
    /** "article" or "page". */
    private final String kind;
    /** Where a published one is on its site: "/news/" or "/pages/", then its slug. */
    private final String publicPath;
    /** Whether its texts have an excerpt (articles do, pages do not). */
    private final boolean excerpts;
    /** What its list does to several at once, and its trash. */
    final TrashAndBulkRoutes lists;

    EditorRoutes(Editor<E, ?> editor, AdminSecurity security, AdminPages pages, Sites sites, Themes themes,
                 String kind, String publicPath, boolean excerpts) {
        this.editor = editor;
        this.security = security;
        this.pages = pages;
        this.sites = sites;
        this.themes = themes;
        this.base = "/admin/" + kind + "s";
        this.kind = kind;
        this.publicPath = publicPath;
        this.excerpts = excerpts;
        this.lists = new TrashAndBulkRoutes(editor, pages, security, sites, base, kind, this::trashed);
    }

    /** One page of the items of the account's sites that are in the trash. */
    abstract Slice<TrashAndBulkRoutes.Item> trashed(Account account, PageRequest page);

    /** The routes of one item: to be registered after the kind's own, so that "/new" is not taken for an id. */
    final void registerEditing(RoutesConfig routes) {
        lists.register(routes);
        routes.get(base + "/{id}", this::edit);
        routes.post(base + "/{id}/text/{language}", this::save);
        routes.post(base + "/{id}/publish", ctx -> change(ctx, "edit.done.published",
                (account, id) -> editor.publish(account, id, version(ctx))));
        routes.post(base + "/{id}/unpublish", ctx -> change(ctx, "edit.done.unpublished",
                (account, id) -> editor.unpublish(account, id, version(ctx))));
        routes.post(base + "/{id}/trash", ctx -> change(ctx, "edit.done.trashed",
                (account, id) -> editor.trash(account, id, version(ctx))));
        routes.post(base + "/{id}/restore", ctx -> change(ctx, "edit.done.restored",
                (account, id) -> editor.restore(account, id, version(ctx))));
        routes.post(base + "/{id}/request-translation/{language}", this::requestTranslation);
        routes.post(base + "/{id}/autosave/{language}", this::autosave);
        routes.post(base + "/{id}/autosave/{language}/discard", this::discardAutosave);
        routes.get(base + "/{id}/preview/{language}", this::preview);
        routes.get(base + "/{id}/revisions", this::revisions);
        routes.post(base + "/{id}/revisions/{revision}/restore", this::restoreRevision);
    }

    /**
     * What the edit form's buttons do after saving what it shows, by the value of the button pressed ({@code then}):
     * each kind may add its own (an article is scheduled).
     */
    Map<String, Step> steps() {
        return Map.of(
                "save", new Step("edit.done.save", ctx -> (account, id, version) -> { }),
                "publish", new Step("edit.done.publish", ctx -> {
                    Language language = language(ctx);
                    return (account, id, version) -> publish(account, id, version, language);
                }),
                "discard", new Step("edit.done.discard",
                        ctx -> {
                            Language language = language(ctx);
                            return (account, id, version) -> editor.discardChanges(account, id, language);
                        }),
                "review", new Step("edit.done.review",
                        ctx -> {
                            Language language = language(ctx);
                            return (account, id, version) -> editor.submitForReview(account, id, language);
                        }),
                "unpublish", new Step("edit.done.unpublish",
                        ctx -> (account, id, version) -> editor.unpublish(account, id, version)),
                "trash", new Step("edit.done.trash",
                        ctx -> (account, id, version) -> editor.trash(account, id, version)),
                "restore", new Step("edit.done.restore",
                        ctx -> (account, id, version) -> editor.restore(account, id, version)));
    }

    /**
     * Publishes a draft with its texts; of a published item, the change of this language waiting, if the save left
     * one (a form sent unchanged leaves none, and there is nothing more to publish).
     */
    private void publish(Account account, long id, int version, Language language) {
        E item = editor.read(account, id);
        if (item.status() != Status.PUBLISHED) {
            editor.publish(account, id, version);
        } else if (editor.pending(account, id).stream().anyMatch(change -> change.language().equals(language))) {
            editor.publishChanges(account, id, language);
        }
    }

    private static Language language(Context ctx) {
        return Language.find(ctx.pathParam("language")).orElseThrow(NotFoundResponse::new);
    }

    /**
     * What a button of the edit form does once the form is saved: {@code prepare} reads what it needs from the form
     * before anything is written, so that a bad value refuses the whole form and writes nothing. {@code done}: the
     * key of the string that says what was done.
     */
    record Step(String done, Function<Context, ItemAction> prepare) {
    }

    /** A change of the whole item, made at the item version the form was read at (or that the save left). */
    interface ItemAction {
        void run(Account account, long id, int version);
    }

    /**
     * The saving of the item's settings the edit form carries besides the text, read and checked from the form
     * before anything is written. A kind with settings overrides it; by default there are none to save.
     */
    SettingsSave settings(Context ctx, E item) {
        return (account, id, version) -> version;
    }

    /**
     * The themes ticked in the edit form, or empty if the form shows none (its {@code themed} field says it does, as
     * no box ticked sends nothing); a value that is no theme's id is refused.
     */
    static Optional<List<Long>> themesTyped(Context ctx, AdminTexts t) {
        if (ctx.formParam("themed") == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ctx.formParams("theme").stream().map(Long::parseLong).distinct().toList());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(t.get("theme.refused.choice"));
        }
    }

    /** Whether the themes ticked are those an item has, leaving out the retired ones its form does not show. */
    final boolean sameThemes(List<Long> typed, Set<Long> had) {
        Set<Long> shown = themes.current().stream().map(Theme::id).filter(had::contains)
                .collect(Collectors.toSet());
        return Set.copyOf(typed).equals(shown);
    }

    /**
     * The themes in use as the edit form's boxes, named in the back office's language (else their original's), those
     * the item has ticked, or, after a refused form, those ticked in it.
     */
    final List<Choice> themeChoices(Context ctx, AdminTexts t, Set<Long> had) {
        Set<String> ticked = ctx.formParam("themed") != null ? Set.copyOf(ctx.formParams("theme"))
                : had.stream().map(String::valueOf).collect(Collectors.toSet());
        return themes.current().stream().map(theme -> new Choice(String.valueOf(theme.id()),
                theme.in(t.language()).value().name(), ticked.contains(String.valueOf(theme.id())))).toList();
    }

    /** Saves the settings typed if they differ from the item's; returns the item's version after. */
    interface SettingsSave {
        int save(Account account, long id, int version);
    }

    /** Renders the edit page of the kind, from what every edit page has. */
    abstract void render(Context ctx, AdminFrame frame, EditorView common, E item, Site site);

    /** Shows the item as its public page would, whatever its status, not to be indexed. */
    abstract void preview(Context ctx, SiteRequest request, E item);

    /** What follows the status on the edit page: empty unless the kind says more. */
    String statusNote(AdminTexts t, E item) {
        return "";
    }

    /** Why the item cannot leave the public site; null if it can. */
    String keptNote(AdminTexts t, E item) {
        return null;
    }

    interface Action {
        void run(Account account, long id);
    }

    /** Makes a change of the whole item, then shows it again with what happened ({@code done}: its string's key). */
    final void change(Context ctx, String done, Action action) {
        Account account = security.account(ctx);
        long id = id(ctx);
        attempt(pages.texts(ctx), ctx, () -> {
            action.run(account, id);
            return base + "/" + id;
        }, pages.texts(ctx).get(done), error -> {
            E item = editor.read(account, id);
            showEdit(ctx, account, item, item.originalLanguage(), error, null, false);
        });
    }

    /** The text typed in a form; a page's has no excerpt (null). */
    static Draft draft(Context ctx) {
        return new Draft(ctx.formParam("title"), ctx.formParam("slug"), ctx.formParam("excerpt"), ctx.formParam("body"));
    }

    /** The sites the account may start one on: translators start none. */
    final List<Site> sitesToStartOn(Account account) {
        if (account.role() == Role.TRANSLATOR) {
            throw new AccessDenied("A translator cannot create " + kind + "s.");
        }
        return sites.plugins().stream().map(p -> p.site()).filter(s -> account.worksOn(s.code())).toList();
    }

    /** Those sites, by name, for the select of the form that starts one. */
    static List<Choice> siteChoices(List<Site> sites, String selected) {
        return sites.stream().map(s -> new Choice(s.code(), s.name(), s.code().equals(selected))).toList();
    }

    /** The languages of those sites, by name, for the select of the form that starts one. */
    static List<Choice> languageChoices(AdminTexts t, List<Site> sites, String selected) {
        return choices(sites.stream().flatMap(s -> s.languages().stream()).map(Language::code).distinct().toList(),
                selected, null, t::language);
    }

    /** Reads what both lists filter on; an unknown value is a 400. */
    final Filters filters(Context ctx, List<String> statuses) {
        List<String> languages = sites.plugins().stream().flatMap(p -> p.site().languages().stream())
                .map(Language::code).distinct().sorted().toList();
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 200) {
            throw new BadRequestResponse("The text searched is longer than 200 characters.");
        }
        return new Filters(q == null || q.isBlank() ? null : q.strip(),
                option(ctx, "site", sites.plugins().stream().map(p -> p.site().code()).toList()),
                option(ctx, "status", statuses), option(ctx, "language", languages), option(ctx, "missing", languages),
                statuses, languages, AdminPaging.page(ctx));
    }

    /** The filters of a list as read, the values they allow, and the page asked. */
    record Filters(String q, String site, String status, String language, String missing, List<String> statuses,
                   List<String> languages, int page) {
    }

    /** The filters as a list shows them, by name: the account's sites, and the values asked selected. */
    final ListFilters shown(AdminTexts t, Account account, Filters filters) {
        List<String> mine = sites.plugins().stream().map(p -> p.site().code()).filter(account::worksOn).toList();
        return new ListFilters(filters.q() == null ? "" : filters.q(),
                choices(mine, filters.site(), t.get("filter.anySite"), sites::name),
                choices(filters.statuses(), filters.status(), t.get("filter.anyStatus"), t::status),
                choices(filters.languages(), filters.language(), t.get("filter.anyLanguage"), t::language),
                choices(filters.languages(), filters.missing(), t.get("filter.noMissing"), t::language));
    }

    /** The names of an item's languages, for a list's column. */
    static String languageColumn(AdminTexts t, Map<Long, List<Language>> languages, long id) {
        return t.languages(languages.getOrDefault(id, List.of()));
    }

    /** The address of a list as shown (its filters from {@code url}, ending "?" or "&", and its page), to come back to. */
    static String back(String url, int page) {
        return page > 1 ? url + "page=" + page : url.substring(0, url.length() - 1);
    }

    /** "1 page", "12 pages". */
    final String count(AdminTexts t, long total) {
        return t.count(kind, total);
    }

    /** The form to start one, on the site of the list's filter if any. */
    final String newUrl(String site) {
        return base + "/new" + (site == null ? "" : "?site=" + site);
    }

    /** The edit page; {@code ?autosave=restore}: with the account's autosaved copy of the text in the form. */
    private void edit(Context ctx) {
        Account account = security.account(ctx);
        E item = editor.read(account, id(ctx));
        showEdit(ctx, account, item, Language.find(ctx.queryParam("lang")).orElse(item.originalLanguage()), null, null,
                "restore".equals(ctx.queryParam("autosave")));
    }

    /**
     * Keeps a copy of the text the form holds, sent by the edit page's script every few seconds while it is typed;
     * answers 204. Who may not write the text gets a 403, a language the site does not publish in a 422.
     */
    private void autosave(Context ctx) {
        Account account = security.account(ctx);
        try {
            editor.autosave(account, id(ctx), language(ctx), draft(ctx));
            ctx.status(HttpStatus.NO_CONTENT);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).result(pages.texts(ctx).reason(e));
        }
    }

    private void discardAutosave(Context ctx) {
        Account account = security.account(ctx);
        long id = id(ctx);
        Language language = language(ctx);
        editor.read(account, id);
        editor.forgetAutosave(account, id, language);
        redirect(ctx, base + "/" + id + "?lang=" + language.code(),
                pages.texts(ctx).get("edit.done.autosaveDiscarded"));
    }

    /**
     * The edit form, whatever button was pressed: first what it shows is saved (the text if it changed, the item's
     * settings if they changed), then the button's step runs. Nothing typed is lost: a form that cannot be taken is
     * shown again as typed, with what is wrong, and nothing of it is written.
     */
    private void save(Context ctx) {
        Account account = security.account(ctx);
        long id = id(ctx);
        Language language = language(ctx);
        Draft draft = draft(ctx);
        Step step = steps().get(ctx.formParam("then") == null ? "save" : ctx.formParam("then"));
        if (step == null) {
            throw new BadRequestResponse("Unknown button '" + ctx.formParam("then") + "'");
        }
        attempt(pages.texts(ctx), ctx, () -> {
            E item = editor.read(account, id);
            // A form that sends a text alone (no item version) changes nothing else: its text has its own version.
            int itemVersion = ctx.formParam("itemVersion") == null ? item.version() : version(ctx, "itemVersion");
            if (itemVersion != item.version()) {
                throw new Conflict("edit.changed." + kind);
            }
            SettingsSave settings = settings(ctx, item);
            ItemAction action = step.prepare().apply(ctx);
            // Compared with what the form showed: the pending change, if there is one.
            if (!editor.staged(account, id).text(language).map(EditableText::draft).map(draft::sameAs)
                    .orElse(blank(draft))) {
                editor.saveText(account, id, language, version(ctx), draft);
            }
            action.run(account, id, settings.save(account, id, itemVersion));
            // The form is saved: the copy kept while it was typed has served.
            editor.forgetAutosave(account, id, language);
            return base + "/" + id + "?lang=" + language.code();
        }, pages.texts(ctx).get(step.done()), error -> showEdit(ctx, account, editor.read(account, id), language, error,
                new Typed(draft, ctx.formParam("version")), false));
    }

    /** A text as typed in a form that was refused, and the version of the text the form was read at, as sent. */
    private record Typed(Draft draft, String version) {

        /** Whether the text was saved since the form was read: by someone else, as far as the form can tell. */
        boolean savedSince(int stored) {
            return version != null && !version.equals(String.valueOf(stored));
        }
    }

    /**
     * Where one language of the item stands, for its tab: each translation has its own state (to translate, draft,
     * in review, published and since when), a published text with a change waiting shows both.
     */
    private static String state(AdminTexts t, Editable<?> item, Language language, PendingText change) {
        var text = item.text(language);
        if (change != null) {
            String waiting = change.review() ? "review" : "draft";
            return t.get(text.isPresent() ? "edit.state.change." + waiting : "edit.state." + waiting);
        }
        if (text.isEmpty()) {
            return t.get("edit.state.toTranslate");
        }
        if (item.status() != Status.PUBLISHED) {
            return t.get("edit.state." + item.status().code());
        }
        return text.get().publishedAt() == null ? t.get("edit.state.published")
                : t.format("edit.state.publishedOn", t.day(text.get().publishedAt()));
    }

    /** A language not yet written, left empty: the buttons act on the item without starting its translation. */
    private static boolean blank(Draft draft) {
        return draft.sameAs(new Draft("", "", "", ""));
    }

    /**
     * The edit page, in one language; after a refused save, with the text as typed and what was wrong. The account's
     * autosaved copy of the text, if newer than the text saved, is offered, or, {@code restore}, shown in the form.
     */
    private void showEdit(Context ctx, Account account, E item, Language language, String error, Typed typed,
                          boolean restore) {
        Site site = sites.find(item.site()).orElseThrow();
        AdminTexts t = pages.texts(ctx);
        String url = base + "/" + item.id();
        E staged = editor.staged(account, item.id());
        Optional<Editor.Autosaved> copy = typed == null ? editor.autosaved(account, staged, language)
                : Optional.empty();
        boolean restored = restore && copy.isPresent();
        AutosaveOffer offer = copy.map(c -> new AutosaveOffer(t.minute(c.savedAt()), c.savedAt().toString(),
                url + "?lang=" + language.code() + "&autosave=restore",
                url + "/autosave/" + language.code() + "/discard", restored)).orElse(null);
        boolean published = item.status() == Status.PUBLISHED;
        Map<Language, PendingText> changes = editor.pending(account, item.id()).stream()
                .collect(Collectors.toMap(PendingText::language, change -> change));
        Optional<PendingText> pending = Optional.ofNullable(changes.get(language));
        String pendingNote = pending.map(change -> t.get(change.review() ? "edit.pending.review" : "edit.pending"))
                .orElse(null);
        var common = new EditorView(url, site.name(), t.get("edit.state." + item.status().code()),
                statusNote(t, item), pendingNote, item.version(), account.role() != Role.TRANSLATOR,
                item.status() == Status.TRASHED, t.get(published ? "edit.publishChange" : "edit.publishNow"),
                item.status() != Status.DRAFT, pending.isPresent(), keptNote(t, item),
                translation(ctx, t, account, site, staged, language,
                        restored ? new Typed(copy.get().draft(), null) : typed, published || pending.isPresent(),
                        l -> state(t, item, l, changes.get(l)), offer),
                url + "/preview/" + language.code(),
                item.status() == Status.PUBLISHED ? site.url(site.shownIn(language),
                        publicPath + item.in(language).slug()) : null,
                url + "/revisions");
        render(ctx, pages.editorFrame(ctx, item.in(language).title(), error), common, item, site);
    }

    /**
     * One language's text in a form, as stored (with its pending change, if any) or, after a refused save, as
     * typed; beside it, the language asked by {@code ?beside=}, else the original when translating; or, if someone
     * saved the text since the refused form was read, theirs, with both compared. {@code staged}: whether a save is a
     * pending change, which a translator may submit for review.
     */
    private Translation translation(Context ctx, AdminTexts t, Account account, Site site, E item, Language language,
                                    Typed typed, boolean staged, Function<Language, String> states, AutosaveOffer autosave) {
        String url = base + "/" + item.id();
        var stored = item.text(language);
        int version = stored.map(EditableText::version).orElse(0);
        Draft shown = typed != null ? typed.draft() : stored.map(EditableText::draft).orElse(new Draft("", "", "", ""));
        boolean original = language.equals(item.originalLanguage());
        var text = new TextForm(language.code(), t.language(language), language.dir(), version, shown.title(), shown.slug(),
                excerpts ? (shown.excerpt() == null ? "" : shown.excerpt()) : null, shown.body(), original,
                account.role() != Role.TRANSLATOR || !original);
        Language besideLanguage = Language.find(ctx.queryParam("beside")).orElse(original ? null : item.originalLanguage());
        BesideText beside = besideLanguage == null || besideLanguage.equals(language) ? null
                : item.text(besideLanguage).map(b -> new BesideText(b.language().code(), t.language(b.language()),
                b.language().dir(), b.title(), b.excerpt(), b.bodyHtml())).orElse(null);
        List<Link> languages = site.languages().stream().map(l -> Link.of(t.language(l) + " · " + states.apply(l),
                url + "?lang=" + l.code(), l.equals(language))).toList();
        TextConflict conflict = typed != null && typed.savedSince(version)
                ? conflict(t, account, item, language, typed.draft(), stored.map(EditableText::draft)) : null;
        // Another language beside it would be opened without the text typed: not offered while that is shown.
        List<Link> besideChoices = conflict != null ? List.of() : item.texts().stream().map(EditableText::language)
                .filter(l -> !l.equals(language))
                .map(l -> Link.of(t.language(l), url + "?lang=" + language.code() + "&beside=" + l.code(), false)).toList();
        return new Translation(t.get("edit.languages." + kind), languages, besideChoices, text, beside,
                url + "/text/" + language.code(), t.get(staged ? "edit.saveChange" : "edit.save"),
                staged && account.role() == Role.TRANSLATOR && !original,
                stored.isEmpty() && account.role() != Role.TRANSLATOR
                        ? url + "/request-translation/" + language.code() : null,
                stored.isEmpty() ? t.format("edit.noText", t.languageInSentence(language)) : null, conflict,
                new ImagePicker(site.code(), "/admin/media?site=" + site.code(), "/admin/media.json?site=" + site.code(),
                        account.role() != Role.TRANSLATOR, Images.MAX_ALT_LENGTH, Images.MAX_SIZE),
                text.editable() ? url + "/autosave/" + language.code() : null, autosave);
    }

    /**
     * The text typed beside the one someone saved since the form was read ({@code stored}: none if it was removed),
     * by whom and when the newest revision of the language says.
     */
    private TextConflict conflict(AdminTexts t, Account account, E item, Language language, Draft mine,
                                  Optional<Draft> stored) {
        Draft theirs = stored.orElse(new Draft("", "", excerpts ? "" : null, ""));
        String savedBy = editor.revisions(account, item.id()).stream().filter(r -> r.language().equals(language))
                .findFirst().map(r -> t.format("edit.conflict.savedMeanwhileBy", r.savedByName(),
                        t.minute(r.savedAt())))
                .orElse(t.get("edit.conflict.savedMeanwhile"));
        Comparison comparison = TextComparisons.compare(t,
                new Comparison.Side(t.get("edit.conflict.yours"), t.get("edit.conflict.yours.note"), language.code(),
                        language.dir()), mine,
                new Comparison.Side(t.get("edit.conflict.theirsSide"), savedBy, language.code(), language.dir()),
                theirs);
        return new TextConflict(comparison, savedBy, theirs.title(), theirs.slug(), theirs.excerpt(), theirs.body(),
                base + "/" + item.id() + "?lang=" + language.code());
    }

    /** Asks the site's translators for a language the item has no text in, then shows that language's tab. */
    private void requestTranslation(Context ctx) {
        Account account = security.account(ctx);
        long id = id(ctx);
        Language language = language(ctx);
        attempt(pages.texts(ctx), ctx, () -> {
            editor.requestTranslation(account, id, language);
            return base + "/" + id + "?lang=" + language.code();
        }, pages.texts(ctx).get("edit.done.requested"),
                error -> showEdit(ctx, account, editor.read(account, id), language, error, null, false));
    }

    /** The item as it will be public, its pending changes included. */
    private void preview(Context ctx) {
        E item = editor.staged(security.account(ctx), id(ctx));
        Site site = sites.find(item.site()).orElseThrow();
        Language language = Language.find(ctx.pathParam("language")).filter(site::publishesIn)
                .orElseThrow(NotFoundResponse::new);
        preview(ctx, new SiteRequest(site, language).preview(base + "/" + item.id() + "?lang=" + language.code()),
                item);
    }

    private void revisions(Context ctx) {
        long id = id(ctx);
        AdminTexts t = pages.texts(ctx);
        String url = base + "/" + id;
        pages.render(ctx, "revisions", RevisionHistory.view(t, pages.frame(ctx, t.get("revisions.title"), null),
                url, t.get("revisions.back." + kind), editor.revisions(security.account(ctx), id), ctx.queryParam("from"),
                ctx.queryParam("to")));
    }

    /** Restores the revision of the address: one of another item, or none, is a 400. */
    private void restoreRevision(Context ctx) {
        Account account = security.account(ctx);
        long id = id(ctx);
        long revision = parseId(ctx.pathParam("revision"));
        try {
            editor.restoreRevision(account, id, revision);
            redirect(ctx, base + "/" + id + "/revisions", pages.texts(ctx).get("revisions.restored"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(pages.texts(ctx).reason(e));
        }
    }
}
