package org.makemothersmatter.core.editorial;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.content.Markdown;
import org.makemothersmatter.core.content.Slugs;
import org.makemothersmatter.core.editorial.EditorDao.Written;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.mail.Notifications;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Refused;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;

/**
 * Writing what the sites publish in several languages: articles ({@link ArticleEditor}) and static pages
 * ({@link PageEditor}), held to the same rules here. Every action checks, on the server and against the
 * stored item, that the account may do it on that item's site: anyone working on the site reads and writes
 * translations, a translator never writes the original text, and only editors and network administrators
 * create, publish or remove. A refused action changes nothing. Texts are Markdown, stored with their
 * sanitized HTML; every save keeps a revision and a changed slug (so that the old address redirects), and
 * every change is written to the audit log in the change's own transaction.
 *
 * @param <E> what is edited
 * @param <D> its store
 */
public abstract class Editor<E extends Editable<?>, D extends EditorDao> {

    /** The longest title: its column's size. */
    private static final int MAX_TITLE = 300;
    final Jdbi jdbi;
    final Sites sites;
    final Markdown markdown;
    final Clock clock;
    private final AuditLog audit;
    private final ContentEvents events;
    private final Notifications notifications;
    private final Class<D> store;
    /** "article" or "page": in the reasons of refusals and in the audit log. */
    private final String kind;

    Editor(Jdbi jdbi, Sites sites, Markdown markdown, AuditLog audit, ContentEvents events, Notifications notifications,
           Clock clock, Class<D> store, String kind) {
        this.jdbi = jdbi;
        this.sites = sites;
        this.markdown = markdown;
        this.audit = audit;
        this.events = events;
        this.notifications = notifications;
        this.clock = clock;
        this.store = store;
        this.kind = kind;
    }

    /** The languages each listed item has, in one query. */
    public Map<Long, List<Language>> languages(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbi.withExtension(store, dao -> dao.languages(ids)).stream().collect(Collectors.groupingBy(
                LanguageOf::id, Collectors.mapping(LanguageOf::language, Collectors.toList())));
    }

    public E read(Account account, long id) {
        E item = find(id);
        requireSite(account, item.site());
        return item;
    }

    /**
     * Saves one language's text. {@code readVersion} is the version the editor opened (0 for a new
     * translation): if someone saved since, nothing is written and a {@link Conflict} says so. The text of a
     * published item is not changed in public: the save is a pending change of it, which an editor publishes
     * ({@link #publishChanges}); so is any save of a language that has a pending change already.
     */
    public void saveText(Account account, long id, Language language, int readVersion, Draft draft) {
        E item = find(id);
        requireWriter(account, item, language);
        String title = title(draft);
        jdbi.useTransaction(handle -> {
            D dao = handle.attach(store);
            PendingTextDao pending = handle.attach(PendingTextDao.class);
            Written text = written(dao, item.site(), language, id, title, draft);
            Optional<PendingText> waiting = pending.find(kind, id, language);
            if (waiting.isPresent() || item.status() == Status.PUBLISHED) {
                stage(pending, dao, item, language, readVersion, text, account, waiting.isPresent());
            } else {
                save(dao, item, language, readVersion, text, account);
            }
            record(account, "save", item.site(), id, language.code() + ": " + title);
        });
    }

    /**
     * Publishes the pending change of one language of a published item: visitors see it from now on, and its old
     * address, if the change gave it a new one, leads to the new.
     */
    public void publishChanges(Account account, long id, Language language) {
        E item = managed(account, id);
        jdbi.useTransaction(handle -> {
            PendingTextDao pending = handle.attach(PendingTextDao.class);
            PendingText change = pending.find(kind, id, language).orElseThrow(
                    () -> new Refused("refused.noChange"));
            apply(handle.attach(store), pending, item, change);
            handle.attach(store).markPublished(id, clock.instant());
            record(account, "publish-changes", item.site(), id, language.code() + ": " + change.title());
        });
    }

    /** Drops the pending change of one language: the published text stays as it is. */
    public void discardChanges(Account account, long id, Language language) {
        E item = managed(account, id);
        jdbi.useTransaction(handle -> {
            if (handle.attach(PendingTextDao.class).delete(kind, id, language) == 0) {
                throw new Refused("refused.noChange");
            }
            record(account, "discard-changes", item.site(), id, language.code());
        });
    }

    /**
     * Submits the pending change of one language for the site's editors to publish: a translator's last step. The
     * editors are told by mail.
     */
    public void submitForReview(Account account, long id, Language language) {
        E item = read(account, id);
        jdbi.useTransaction(handle -> {
            PendingTextDao pending = handle.attach(PendingTextDao.class);
            if (pending.submit(kind, id, language) == 0) {
                throw new Refused("refused.nothingToSubmit");
            }
            record(account, "submit", item.site(), id, language.code());
            notifications.submittedForReview(account, kind, id, item.site(),
                    pending.find(kind, id, language).orElseThrow().title(), language);
        });
    }

    /**
     * Asks the site's translators, by mail, for the item's text in a language of the site it has not got yet (not
     * even begun); the request is in the audit log.
     */
    public void requestTranslation(Account account, long id, Language language) {
        E item = managed(account, id);
        requireLanguage(sites.find(item.site()).orElseThrow(), language);
        if (staged(account, id).text(language).isPresent()) {
            throw new Refused("refused.translationExists." + kind, language);
        }
        jdbi.useTransaction(handle -> {
            audit.record(account.id(), account.email(), kind + ".request-translation", item.site(), kind + " " + id,
                    language.code(), null);
            notifications.translationRequested(account, kind, id, item.site(), item.original().title(), language);
        });
    }

    /** A copy of one language's text, kept on the server as its form is typed in ({@link #autosave}). */
    public record Autosaved(Draft draft, Instant savedAt) {
    }

    /**
     * Keeps the account's copy of what it is typing in one language's form, in place of its previous copy. The item
     * itself does not change: the copy is checked only as far as who may write that text, and kept as typed.
     */
    public void autosave(Account account, long id, Language language, Draft typed) {
        E item = find(id);
        requireWriter(account, item, language);
        Draft draft = new Draft(orEmpty(typed.title()), orEmpty(typed.slug()), typed.excerpt(), orEmpty(typed.body()));
        jdbi.useTransaction(handle -> handle.attach(AutosaveDao.class).keep(account.id(), kind, id, language, draft,
                clock.instant()));
    }

    /**
     * The account's copy of one language's text of the item (as {@link #staged} gives it), if it is newer than the
     * text's last save and says something else: the copy to offer to restore.
     */
    public Optional<Autosaved> autosaved(Account account, E staged, Language language) {
        Optional<AutosaveDao.Copy> copy = jdbi.withExtension(AutosaveDao.class,
                dao -> dao.find(account.id(), kind, staged.id(), language));
        if (copy.isEmpty()) {
            return Optional.empty();
        }
        Instant lastSaved = jdbi.withExtension(store, dao -> dao.lastSaved(staged.id(), language));
        Draft stored = staged.text(language).map(EditableText::draft).orElse(new Draft("", "", "", ""));
        return copy.filter(c -> lastSaved == null || c.savedAt().isAfter(lastSaved))
                .filter(c -> !c.draft().sameAs(stored))
                .map(c -> new Autosaved(c.draft(), c.savedAt()));
    }

    /** Forgets the account's copy of one language's text: it was saved, or is not wanted. */
    public void forgetAutosave(Account account, long id, Language language) {
        jdbi.useExtension(AutosaveDao.class, dao -> dao.delete(account.id(), kind, id, language));
    }

    /** The changes waiting to be published, by language. */
    public List<PendingText> pending(Account account, long id) {
        requireSite(account, find(id).site());
        return jdbi.withExtension(PendingTextDao.class, dao -> dao.all(kind, id));
    }

    /** The item as it will be once its pending changes are published: what the editor edits and previews. */
    public E staged(Account account, long id) {
        E item = read(account, id);
        List<PendingText> pending = jdbi.withExtension(PendingTextDao.class, dao -> dao.all(kind, id));
        return pending.isEmpty() ? item : withTexts(item, pending);
    }

    /** Makes the item public, with every change of its texts waiting to be published. */
    public void publish(Account account, long id, int readVersion) {
        E item = managed(account, id);
        jdbi.useTransaction(handle -> {
            PendingTextDao pending = handle.attach(PendingTextDao.class);
            for (PendingText change : pending.all(kind, id)) {
                apply(handle.attach(store), pending, item, change);
            }
            changeStatus(account, item, readVersion, Status.PUBLISHED, clock.instant(), "publish");
            handle.attach(store).markPublished(id, clock.instant());
        });
    }

    public void unpublish(Account account, long id, int readVersion) {
        E item = managed(account, id);
        requireRemovable(item);
        changeStatus(account, item, readVersion, Status.DRAFT, null, "unpublish");
    }

    public void trash(Account account, long id, int readVersion) {
        E item = managed(account, id);
        requireRemovable(item);
        changeStatus(account, item, readVersion, Status.TRASHED, null, "trash");
    }

    /** Takes an item out of the trash, as a draft: putting it back online is a decision of its own. */
    public void restore(Account account, long id, int readVersion) {
        E item = managed(account, id);
        if (item.status() != Status.TRASHED) {
            throw new Refused("refused.notInTrash." + kind);
        }
        changeStatus(account, item, readVersion, Status.DRAFT, null, "restore");
    }

    /**
     * Deletes for good an item of the trash, as it was at {@code readVersion} (as the confirmation showed it): one
     * restored or changed since is kept.
     */
    public void deleteForever(Account account, long id, int readVersion) {
        E item = managed(account, id);
        jdbi.useTransaction(handle -> {
            D dao = handle.attach(store);
            if (dao.claimTrashed(id, readVersion) == 0) {
                throw new Conflict("conflict.leftTrash." + kind);
            }
            dao.deleteForever(id);
            record(account, "delete", item.site(), id, item.original().title());
        });
    }

    public List<Revision> revisions(Account account, long id) {
        requireSite(account, find(id).site());
        return jdbi.withExtension(store, dao -> dao.revisions(id));
    }

    /** Saves a revision's text as the current one (a new revision, so the restore can itself be undone). */
    public void restoreRevision(Account account, long id, long revisionId) {
        E item = read(account, id);
        Revision revision = jdbi.withExtension(store, dao -> dao.revision(revisionId))
                .filter(r -> r.itemId() == id)
                .orElseThrow(() -> new Refused("refused.noRevision." + kind));
        int version = staged(account, id).text(revision.language()).map(EditableText::version).orElse(0);
        jdbi.useTransaction(handle -> {
            saveText(account, id, revision.language(), version, revision.draft());
            record(account, "restore-revision", item.site(), id, "revision " + revisionId);
        });
    }

    /** The item with this id, whatever its status; empty if there is none. */
    abstract Optional<E> load(D dao, long id);

    /** The item with these texts in place of its own of the same languages, and those of languages it lacks. */
    abstract E withTexts(E item, List<PendingText> texts);

    /** Sets the item's status if it is still at {@code version}; returns 0 if it is not. */
    abstract int updateStatus(D dao, E item, int version, Status status, Instant publishAt);

    /** The excerpt stored with a text: null for a kind that has none. */
    abstract String excerpt(Draft draft, String body);

    /** Refuses, with the reason, to take off the public site an item the site cannot do without. */
    void requireRemovable(E item) {
    }

    /**
     * Starts an item on a site, in one language: {@code insert} checks and writes what is the kind's own and
     * returns the new id; the first text and its revision follow, in the same transaction.
     */
    final long create(Account account, String siteCode, Language language, Draft draft,
                      ToLongBiFunction<D, Site> insert) {
        Site site = sites.find(siteCode)
                .orElseThrow(() -> new Refused("refused.noSite", siteCode));
        requireEditor(account, site.code());
        requireLanguage(site, language);
        String title = title(draft);
        long id = jdbi.inTransaction(handle -> {
            D dao = handle.attach(store);
            long created = insert.applyAsLong(dao, site);
            Written text = written(dao, site.code(), language, created, title, draft);
            dao.insertText(created, language, site.code(), text);
            dao.insertRevision(created, language, text, account.id(), account.email(), clock.instant());
            record(account, "create", site.code(), created, language.code() + ": " + title);
            return created;
        });
        return id;
    }

    /** The sites a back-office list covers: the account's own, or the one asked for among them. */
    final List<String> scope(Account account, String site) {
        return sites.plugins().stream().map(p -> p.site().code()).filter(account::worksOn)
                .filter(code -> site == null || site.equals(code)).toList();
    }

    /** The item, if the account may publish or remove it. */
    final E managed(Account account, long id) {
        E item = find(id);
        requireEditor(account, item.site());
        return item;
    }

    /** Refuses a change made on a version that is no longer the item's ({@code updated} rows: none). */
    final void requireUnchanged(int updated) {
        if (updated == 0) {
            throw new Conflict("conflict.changed." + kind);
        }
    }

    /**
     * Writes a change to the audit log, in the change's transaction, and announces it to the copies of the
     * public content (the pages kept rendered) once the transaction commits.
     */
    final void record(Account account, String action, String site, long id, String detail) {
        jdbi.useHandle(handle -> {
            audit.record(account.id(), account.email(), kind + "." + action, site, kind + " " + id, detail, null);
            events.afterCommit(handle, ContentChanged.of(site, ContentChanged.Item.of(kind, id)));
        });
    }

    final E find(long id) {
        // A record of a site the settings no longer host is out of reach, as if it did not exist.
        return jdbi.withExtension(store, dao -> load(dao, id)).filter(item -> sites.find(item.site()).isPresent())
                .orElseThrow(() -> new NotFound(kind + " " + id));
    }

    /** Moves the item to {@code status} if it is still at {@code readVersion}; {@code publishAt}: when public. */
    final void changeStatus(Account account, E item, int readVersion, Status status, Instant publishAt,
                            String action) {
        jdbi.useTransaction(handle -> {
            requireUnchanged(updateStatus(handle.attach(store), item, readVersion, status, publishAt));
            record(account, action, item.site(), item.id(), publishAt == null ? null : publishAt.toString());
        });
    }

    /**
     * Writes one language's text. If the item had it already, it must still be at {@code readVersion}; the
     * text loaded from content files becomes its first revision, so that it can be restored.
     */
    private void save(D dao, E item, Language language, int readVersion, Written text, Account account) {
        Instant now = clock.instant();
        var current = item.text(language);
        if (current.isEmpty()) {
            if (readVersion != 0) {
                throw new Conflict("conflict.translationRemoved");
            }
            try {
                dao.insertText(item.id(), language, item.site(), text);
            } catch (UnableToExecuteStatementException e) {
                // Two people starting the same translation at once: the database keeps the first.
                if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("23")) {
                    throw new Conflict("conflict.startedTogether");
                }
                throw e;
            }
        } else {
            EditableText before = current.get();
            keepLoadedText(dao, item.id(), before, now);
            if (dao.updateText(item.id(), language, readVersion, text) == 0) {
                throw new Conflict("conflict.savedSince");
            }
            if (!before.slug().equals(text.slug())) {
                dao.keepOldSlug(item.site(), language, before.slug(), item.id());
            }
        }
        dao.forgetOldSlug(item.site(), language, text.slug());
        dao.insertRevision(item.id(), language, text, account.id(), account.email(), now);
    }

    /**
     * Writes one language's text as a pending change: a new one starts from the published text's version, so that
     * a form read before it was made is refused as any stale form is; the revision records it as any save does.
     */
    private void stage(PendingTextDao pending, D dao, E item, Language language, int readVersion, Written text,
                       Account account, boolean waiting) {
        Instant now = clock.instant();
        item.text(language).ifPresent(before -> keepLoadedText(dao, item.id(), before, now));
        int published = item.text(language).map(EditableText::version).orElse(0);
        boolean written = waiting ? pending.update(kind, item.id(), language, readVersion, text, account.id(), now) > 0
                : readVersion == published;
        if (!written) {
            throw new Conflict("conflict.savedSince");
        }
        if (!waiting) {
            pending.insert(kind, item.id(), language, text, published + 1, account.id(), now);
        }
        dao.insertRevision(item.id(), language, text, account.id(), account.email(), now);
    }

    /** A text loaded from content files, before its first save: its first revision, so that it can be restored. */
    private static void keepLoadedText(EditorDao dao, long id, EditableText before, Instant at) {
        if (!dao.hasRevisions(id, before.language())) {
            dao.insertRevision(id, before.language(), new Written(before.title(), before.slug(), before.excerpt(),
                    before.bodyMarkdown(), before.bodyHtml()), null, "content file", at);
        }
    }

    /** The texts with the pending ones in place of their languages' (or added), for {@link #withTexts}. */
    static <T extends EditableText> List<T> merged(List<T> texts, List<PendingText> pending,
                                                   Function<PendingText, T> asText) {
        Map<Language, T> byLanguage = new LinkedHashMap<>();
        texts.forEach(text -> byLanguage.put(text.language(), text));
        pending.forEach(change -> byLanguage.put(change.language(), asText.apply(change)));
        return List.copyOf(byLanguage.values());
    }

    /** When the language of a pending change was first public: the published text's, if it has one. */
    static Instant publishedAt(Editable<?> item, PendingText change) {
        return item.text(change.language()).map(EditableText::publishedAt).orElse(null);
    }

    /** Makes a pending change the published text of its language, and forgets it. */
    private void apply(D dao, PendingTextDao pending, E item, PendingText change) {
        Language language = change.language();
        Written text = new Written(change.title(), change.slug(), change.excerpt(), change.bodyMarkdown(),
                change.bodyHtml());
        if (dao.slugTakenByOther(item.site(), language, text.slug(), item.id())) {
            throw new Refused("refused.slugBecameTaken." + kind, text.slug());
        }
        var current = item.text(language);
        if (current.isEmpty()) {
            dao.insertText(item.id(), language, item.site(), text);
        } else {
            requireUnchanged(dao.updateText(item.id(), language, current.get().version(), text));
            if (!current.get().slug().equals(text.slug())) {
                dao.keepOldSlug(item.site(), language, current.get().slug(), item.id());
            }
        }
        dao.forgetOldSlug(item.site(), language, text.slug());
        pending.delete(kind, item.id(), language);
    }

    /**
     * The text as it is stored, with sanitized HTML. Its address is the slug typed (cleaned), refused if another
     * {@code kind} of the site has it in this language, so that no one's address changes without a word; left
     * empty, it is made from the title, numbered if need be ({@code -2}), as the form then shows.
     */
    private Written written(D dao, String site, Language language, long id, String title, Draft draft) {
        String body = draft.body() == null ? "" : draft.body();
        boolean typed = draft.slug() != null && !draft.slug().isBlank();
        String wanted = Slugs.of(typed ? draft.slug() : title);
        if (typed && dao.slugTakenByOther(site, language, wanted, id)) {
            throw new Refused("refused.slugTaken." + kind, wanted);
        }
        String slug = Slugs.unique(wanted, candidate -> dao.slugTakenByOther(site, language, candidate, id));
        return new Written(title, slug, excerpt(draft, body), body, markdown.toHtml(body));
    }

    private void requireSite(Account account, String site) {
        if (!account.worksOn(site)) {
            throw new AccessDenied(account.email() + " does not work on " + site + ".");
        }
    }

    /** Who may write this language's text: anyone working on the site but a translator, for the original. */
    private void requireWriter(Account account, E item, Language language) {
        requireSite(account, item.site());
        if (account.role() == Role.TRANSLATOR && language.equals(item.originalLanguage())) {
            throw new AccessDenied("A translator writes translations, not the original text.");
        }
        requireLanguage(sites.find(item.site()).orElseThrow(), language);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private void requireEditor(Account account, String site) {
        requireSite(account, site);
        if (account.role() == Role.TRANSLATOR) {
            throw new AccessDenied("A translator cannot create, publish or remove " + kind + "s.");
        }
    }

    private static void requireLanguage(Site site, Language language) {
        if (!site.publishesIn(language)) {
            throw new Refused("refused.language", site.name(), language);
        }
    }

    /** The title without surrounding spaces; refused when empty or longer than its column. */
    private static String title(Draft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new Refused("refused.titleNeeded");
        }
        if (draft.title().length() > MAX_TITLE) {
            throw new Refused("refused.titleTooLong", MAX_TITLE);
        }
        return draft.title().strip();
    }

    /** Nothing of the kind has this id. */
    public static final class NotFound extends RuntimeException {
        public NotFound(String what) {
            super("No " + what);
        }
    }
}
