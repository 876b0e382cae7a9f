package org.makemothersmatter.core.editorial;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.content.Markdown;
import org.makemothersmatter.core.content.Slugs;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.plugin.Sites;

/**
 * Writing articles. Every action checks, on the server and against the stored article, that the account
 * may do it on that article's site; a refused action changes nothing. Texts are Markdown, stored with
 * their sanitized HTML; every save keeps a revision and is written to the audit log.
 */
public final class ArticleEditor {

    /** The network's office is in Brussels: scheduled times are read in its time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final int EXCERPT_LENGTH = 220;

    private final Jdbi jdbi;
    private final Sites sites;
    private final Markdown markdown;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ArticleEditor(Jdbi jdbi, Sites sites, Markdown markdown, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.sites = sites;
        this.markdown = markdown;
        this.audit = audit;
        this.clock = clock;
    }

    /** The text an editor types for one language. */
    public record Draft(String title, String slug, String excerpt, String body) {
    }

    /** What the back-office list asks for; null fields mean any. */
    public record Filter(String site, String section, String status, String language, String missing) {
    }

    public Slice<ArticleEditorDao.Listed> list(Account account, Filter filter, PageRequest page) {
        List<String> allowed = sites.plugins().stream().map(p -> p.site().code()).filter(account::worksOn).toList();
        List<String> scope = filter.site() == null ? allowed
                : allowed.stream().filter(filter.site()::equals).toList();
        if (scope.isEmpty()) {
            return new Slice<>(List.of(), page, 0);
        }
        ArticleEditorDao dao = jdbi.onDemand(ArticleEditorDao.class);
        long total = dao.count(scope, filter.section(), filter.status(), filter.language(), filter.missing());
        return new Slice<>(dao.list(scope, filter.section(), filter.status(), filter.language(), filter.missing(),
                page.size(), page.offset()), page, total);
    }

    /** The languages each listed article has, in one query. */
    public Map<Long, List<Language>> languages(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbi.onDemand(ArticleEditorDao.class).languages(ids).stream().collect(Collectors.groupingBy(
                ArticleEditorDao.LanguageOf::articleId,
                Collectors.mapping(ArticleEditorDao.LanguageOf::language, Collectors.toList())));
    }

    public EditableArticle read(Account account, long id) {
        EditableArticle article = find(id);
        requireSite(account, article.site());
        return article;
    }

    public long create(Account account, String siteCode, Section section, Language language, boolean onNetwork,
                       Draft draft) {
        Site site = sites.find(siteCode).orElseThrow(() -> new IllegalArgumentException("There is no site " + siteCode + "."));
        requireEditor(account, site.code());
        if (!site.publishesIn(language)) {
            throw new IllegalArgumentException(site.name() + " does not publish in " + language.code() + ".");
        }
        if (site.network() == (section == Section.NATIONAL)) {
            throw new IllegalArgumentException("Section " + section.code() + " does not belong on " + site.name() + ".");
        }
        requireTitle(draft);
        long id = jdbi.inTransaction(handle -> {
            ArticleEditorDao dao = handle.attach(ArticleEditorDao.class);
            long created = dao.insert(site.code(), section, LocalDate.now(clock.withZone(ZONE)), language,
                    site.network() || onNetwork);
            String slug = slug(dao, site.code(), language, created, draft);
            String body = nullToEmpty(draft.body());
            dao.insertText(created, language, site.code(), draft.title().strip(), slug, excerpt(draft), body,
                    markdown.toHtml(body));
            dao.insertRevision(created, language, draft.title().strip(), slug, excerpt(draft), body, account.id(),
                    account.email(), clock.instant());
            return created;
        });
        audit.record(account.id(), account.email(), "article.create", site.code(), "article " + id,
                language.code() + ": " + draft.title(), null);
        return id;
    }

    /**
     * Saves one language's text. {@code readVersion} is the version the editor opened (0 for a new
     * translation): if someone saved since, nothing is written and a {@link Conflict} says so.
     */
    public void saveText(Account account, long id, Language language, int readVersion, Draft draft) {
        EditableArticle article = find(id);
        requireSite(account, article.site());
        if (account.role() == Role.TRANSLATOR && language.equals(article.originalLanguage())) {
            throw new AccessDenied("A translator writes translations, not the original text.");
        }
        Site site = sites.find(article.site()).orElseThrow();
        if (!site.publishesIn(language)) {
            throw new IllegalArgumentException(site.name() + " does not publish in " + language.code() + ".");
        }
        requireTitle(draft);
        jdbi.useTransaction(handle -> {
            ArticleEditorDao dao = handle.attach(ArticleEditorDao.class);
            var current = article.text(language);
            String slug = slug(dao, article.site(), language, id, draft);
            String body = nullToEmpty(draft.body());
            String html = markdown.toHtml(body);
            if (current.isEmpty()) {
                if (readVersion != 0) {
                    throw new Conflict("This translation was removed since you opened it.");
                }
                dao.insertText(id, language, article.site(), draft.title().strip(), slug, excerpt(draft), body, html);
            } else {
                EditableArticle.Text before = current.get();
                if (!dao.hasRevisions(id, language)) {
                    // The text loaded from content files becomes the first revision, so it can be restored.
                    dao.insertRevision(id, language, before.title(), before.slug(), before.excerpt(),
                            before.bodyMarkdown(), null, "content file", clock.instant());
                }
                if (dao.updateText(id, language, readVersion, draft.title().strip(), slug, excerpt(draft), body, html) == 0) {
                    throw new Conflict("Someone else saved this text since you opened it. Your text is kept below: "
                            + "compare it with theirs, then save again.");
                }
                if (!before.slug().equals(slug)) {
                    dao.keepOldSlug(article.site(), language, before.slug(), id);
                }
            }
            dao.forgetOldSlug(article.site(), language, slug);
            dao.insertRevision(id, language, draft.title().strip(), slug, excerpt(draft), body, account.id(),
                    account.email(), clock.instant());
        });
        audit.record(account.id(), account.email(), "article.save", article.site(), "article " + id,
                language.code() + ": " + draft.title(), null);
    }

    public void saveSettings(Account account, long id, int readVersion, Section section, LocalDate publishedOn,
                             boolean onNetwork) {
        EditableArticle article = find(id);
        requireEditor(account, article.site());
        Site site = sites.find(article.site()).orElseThrow();
        if (site.network() == (section == Section.NATIONAL)) {
            throw new IllegalArgumentException("Section " + section.code() + " does not belong on " + site.name() + ".");
        }
        if (jdbi.onDemand(ArticleEditorDao.class).updateSettings(id, readVersion, section, publishedOn,
                site.network() || onNetwork) == 0) {
            throw new Conflict("Someone else changed this article since you opened it.");
        }
        audit.record(account.id(), account.email(), "article.settings", article.site(), "article " + id,
                section.code() + ", " + publishedOn + (onNetwork ? ", on the network news" : ""), null);
    }

    public void publishNow(Account account, long id, int readVersion) {
        changeStatus(account, id, readVersion, ArticleStatus.PUBLISHED, clock.instant(), null, "article.publish");
    }

    /** Publishes at a later time; the publisher makes it public when that time comes. */
    public void schedule(Account account, long id, int readVersion, Instant at) {
        if (!at.isAfter(clock.instant())) {
            throw new IllegalArgumentException("A scheduled time must be in the future.");
        }
        changeStatus(account, id, readVersion, ArticleStatus.SCHEDULED, at, LocalDate.ofInstant(at, ZONE),
                "article.schedule");
    }

    public void unpublish(Account account, long id, int readVersion) {
        changeStatus(account, id, readVersion, ArticleStatus.DRAFT, null, null, "article.unpublish");
    }

    public void trash(Account account, long id, int readVersion) {
        changeStatus(account, id, readVersion, ArticleStatus.TRASHED, null, null, "article.trash");
    }

    /** Takes an article out of the trash, as a draft: putting it back online is a decision of its own. */
    public void restore(Account account, long id, int readVersion) {
        if (find(id).status() != ArticleStatus.TRASHED) {
            throw new IllegalArgumentException("Only an article in the trash can be restored.");
        }
        changeStatus(account, id, readVersion, ArticleStatus.DRAFT, null, null, "article.restore");
    }

    public List<Revision> revisions(Account account, long id) {
        requireSite(account, find(id).site());
        return jdbi.onDemand(ArticleEditorDao.class).revisions(id);
    }

    /** Saves a revision's text as the current one (a new revision, so the restore can itself be undone). */
    public void restoreRevision(Account account, long id, long revisionId) {
        Revision revision = jdbi.onDemand(ArticleEditorDao.class).revision(revisionId)
                .filter(r -> r.articleId() == id)
                .orElseThrow(() -> new IllegalArgumentException("No such revision of this article."));
        EditableArticle article = find(id);
        int version = article.text(revision.language()).map(EditableArticle.Text::version).orElse(0);
        saveText(account, id, revision.language(), version,
                new Draft(revision.title(), revision.slug(), revision.excerpt(), revision.bodyMarkdown()));
        audit.record(account.id(), account.email(), "article.restore-revision", article.site(), "article " + id,
                "revision " + revisionId, null);
    }

    private void changeStatus(Account account, long id, int readVersion, ArticleStatus status, Instant publishAt,
                              LocalDate publishedOn, String action) {
        EditableArticle article = find(id);
        requireEditor(account, article.site());
        if (jdbi.onDemand(ArticleEditorDao.class).updateStatus(id, readVersion, status.code(), publishAt,
                publishedOn) == 0) {
            throw new Conflict("Someone else changed this article since you opened it.");
        }
        audit.record(account.id(), account.email(), action, article.site(), "article " + id,
                publishAt == null ? null : publishAt.toString(), null);
    }

    EditableArticle find(long id) {
        return jdbi.withHandle(handle -> load(handle, id));
    }

    private static EditableArticle load(Handle handle, long id) {
        ArticleEditorDao dao = handle.attach(ArticleEditorDao.class);
        ArticleEditorDao.Row row = dao.find(id).orElseThrow(() -> new NoSuchArticle(id));
        return new EditableArticle(row.id(), row.site(), row.section(), row.publishedOn(), row.originalLanguage(),
                row.onNetwork(), ArticleStatus.find(row.status()).orElseThrow(), row.publishAt(), row.version(),
                new ArrayList<>(dao.texts(id)));
    }

    private static void requireSite(Account account, String site) {
        if (!account.worksOn(site)) {
            throw new AccessDenied(account.email() + " does not work on " + site + ".");
        }
    }

    private static void requireEditor(Account account, String site) {
        requireSite(account, site);
        if (account.role() == Role.TRANSLATOR) {
            throw new AccessDenied("A translator cannot create, publish or remove articles.");
        }
    }

    private static void requireTitle(Draft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new IllegalArgumentException("A title is needed.");
        }
        if (draft.title().length() > 300) {
            throw new IllegalArgumentException("A title has at most 300 characters.");
        }
    }

    private String excerpt(Draft draft) {
        String given = nullToEmpty(draft.excerpt()).strip();
        String excerpt = given.isEmpty() ? markdown.excerpt(nullToEmpty(draft.body()), EXCERPT_LENGTH) : given;
        return excerpt.length() > 2000 ? excerpt.substring(0, 1999) + "…" : excerpt;
    }

    /** The slug typed (cleaned), else one made from the title; made unique on the site in that language. */
    private static String slug(ArticleEditorDao dao, String site, Language language, long id, Draft draft) {
        String wanted = Slugs.of(draft.slug() == null || draft.slug().isBlank() ? draft.title() : draft.slug());
        return Slugs.unique(wanted, candidate -> dao.slugTakenByOther(site, language, candidate, id));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** No article has this id. */
    public static final class NoSuchArticle extends RuntimeException {
        public NoSuchArticle(long id) {
            super("No article " + id);
        }
    }
}
