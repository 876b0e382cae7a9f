package org.makemothersmatter.core.editorial;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.makemothersmatter.core.model.Language;
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

    final Jdbi jdbi;
    final Sites sites;
    final Markdown markdown;
    final Clock clock;
    private final AuditLog audit;
    private final ContentEvents events;
    private final Class<D> store;
    /** "article" or "page": in messages and in the audit log. */
    private final String kind;

    Editor(Jdbi jdbi, Sites sites, Markdown markdown, AuditLog audit, ContentEvents events, Clock clock,
           Class<D> store, String kind) {
        this.jdbi = jdbi;
        this.sites = sites;
        this.markdown = markdown;
        this.audit = audit;
        this.events = events;
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
     * translation): if someone saved since, nothing is written and a {@link Conflict} says so.
     */
    public void saveText(Account account, long id, Language language, int readVersion, Draft draft) {
        E item = find(id);
        requireSite(account, item.site());
        if (account.role() == Role.TRANSLATOR && language.equals(item.originalLanguage())) {
            throw new AccessDenied("A translator writes translations, not the original text.");
        }
        requireLanguage(sites.find(item.site()).orElseThrow(), language);
        String title = title(draft);
        jdbi.useTransaction(handle -> {
            D dao = handle.attach(store);
            save(dao, item, language, readVersion, written(dao, item.site(), language, id, title, draft), account);
            record(account, "save", item.site(), id, language.code() + ": " + title);
        });
    }

    public void publish(Account account, long id, int readVersion) {
        changeStatus(account, managed(account, id), readVersion, Status.PUBLISHED, clock.instant(), "publish");
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
            throw new IllegalArgumentException("Only " + kind + "s in the trash can be restored.");
        }
        changeStatus(account, item, readVersion, Status.DRAFT, null, "restore");
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
                .orElseThrow(() -> new IllegalArgumentException("No such revision of this " + kind + "."));
        int version = item.text(revision.language()).map(EditableText::version).orElse(0);
        jdbi.useTransaction(handle -> {
            saveText(account, id, revision.language(), version, revision.draft());
            record(account, "restore-revision", item.site(), id, "revision " + revisionId);
        });
    }

    /** The item with this id, whatever its status; empty if there is none. */
    abstract Optional<E> load(D dao, long id);

    /** Sets the status if the item is still at {@code version}; returns 0 if it is not. */
    abstract int updateStatus(D dao, long id, int version, Status status, Instant publishAt);

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
                .orElseThrow(() -> new IllegalArgumentException("There is no site " + siteCode + "."));
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
            throw new Conflict("Someone else changed this " + kind + " since you opened it.");
        }
    }

    /**
     * Writes a change to the audit log, in the change's transaction, and announces it to the copies of the
     * public content (the pages kept rendered) once the transaction commits.
     */
    final void record(Account account, String action, String site, long id, String detail) {
        jdbi.useHandle(handle -> {
            audit.record(account.id(), account.email(), kind + "." + action, site, kind + " " + id, detail, null);
            events.afterCommit(handle, ContentChanged.on(site));
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
            requireUnchanged(updateStatus(handle.attach(store), item.id(), readVersion, status, publishAt));
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
                throw new Conflict("This translation was removed since you opened it.");
            }
            try {
                dao.insertText(item.id(), language, item.site(), text);
            } catch (UnableToExecuteStatementException e) {
                // Two people starting the same translation at once: the database keeps the first.
                if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("23")) {
                    throw new Conflict("Someone else started this translation at the same time. Your text is kept "
                            + "below: compare it with theirs, then save again.");
                }
                throw e;
            }
        } else {
            EditableText before = current.get();
            if (!dao.hasRevisions(item.id(), language)) {
                dao.insertRevision(item.id(), language, new Written(before.title(), before.slug(), before.excerpt(),
                        before.bodyMarkdown(), before.bodyHtml()), null, "content file", now);
            }
            if (dao.updateText(item.id(), language, readVersion, text) == 0) {
                throw new Conflict("Someone else saved this text since you opened it. Your text is kept below: "
                        + "compare it with theirs, then save again.");
            }
            if (!before.slug().equals(text.slug())) {
                dao.keepOldSlug(item.site(), language, before.slug(), item.id());
            }
        }
        dao.forgetOldSlug(item.site(), language, text.slug());
        dao.insertRevision(item.id(), language, text, account.id(), account.email(), now);
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
            throw new IllegalArgumentException("The address " + wanted + " is already another " + kind + "'s in this "
                    + "language: choose another, or leave it empty to make one from the title.");
        }
        String slug = Slugs.unique(wanted, candidate -> dao.slugTakenByOther(site, language, candidate, id));
        return new Written(title, slug, excerpt(draft, body), body, markdown.toHtml(body));
    }

    private void requireSite(Account account, String site) {
        if (!account.worksOn(site)) {
            throw new AccessDenied(account.email() + " does not work on " + site + ".");
        }
    }

    private void requireEditor(Account account, String site) {
        requireSite(account, site);
        if (account.role() == Role.TRANSLATOR) {
            throw new AccessDenied("A translator cannot create, publish or remove " + kind + "s.");
        }
    }

    private static void requireLanguage(Site site, Language language) {
        if (!site.publishesIn(language)) {
            throw new IllegalArgumentException(site.name() + " does not publish in " + language.code() + ".");
        }
    }

    /** The title without surrounding spaces; refused when empty or longer than its column. */
    private static String title(Draft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new IllegalArgumentException("A title is needed.");
        }
        if (draft.title().length() > 300) {
            throw new IllegalArgumentException("A title has at most 300 characters.");
        }
        return draft.title().strip();
    }

    /** No article or page has this id. */
    public static final class NotFound extends RuntimeException {
        NotFound(String what) {
            super("No " + what);
        }
    }
}
