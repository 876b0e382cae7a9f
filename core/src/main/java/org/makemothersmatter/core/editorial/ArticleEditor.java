package org.makemothersmatter.core.editorial;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.content.Markdown;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.mail.Notifications;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Refused;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.proposals.NetworkProposals;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.Like;
import org.makemothersmatter.core.themes.Themes;

/**
 * Writing articles, under the rules of {@link Editor}. What is an article's own: its section, the date it
 * shows, whether a national story is also in the network news, an excerpt, and publication at a later time.
 */
public final class ArticleEditor extends Editor<EditableArticle, ArticleEditorDao> {

    /** The network's office is in Brussels: scheduled times are read in its time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final int EXCERPT_LENGTH = 220;
    private static final int EXCERPT_MAX = 2000;

    private final NetworkProposals proposals;
    private final Themes themes;

    @Inject
    public ArticleEditor(Jdbi jdbi, Sites sites, Markdown markdown, AuditLog audit, ContentEvents events,
                         Notifications notifications, NetworkProposals proposals, Themes themes, Clock clock) {
        super(jdbi, sites, markdown, audit, events, notifications, clock, ArticleEditorDao.class, "article");
        this.proposals = proposals;
        this.themes = themes;
    }

    /**
     * What the back-office list asks for; null fields mean any. {@code q} is text searched in titles and excerpts;
     * {@code sort} is "title", "oldest" or null for the newest first.
     */
    public record Filter(String site, String section, String status, String language, String missing, String q,
                         String sort) {

        /** The text searched as the list's query takes it. */
        public String like() {
            return Like.containing(q);
        }
    }

    public Slice<ArticleEditorDao.Listed> list(Account account, Filter filter, PageRequest page) {
        List<String> scope = scope(account, filter.site());
        if (scope.isEmpty()) {
            return new Slice<>(List.of(), page, 0);
        }
        ArticleEditorDao dao = jdbi.onDemand(ArticleEditorDao.class);
        return new Slice<>(dao.list(scope, filter, page.size(), page.offset()), page, dao.count(scope, filter));
    }

    /**
     * Starts a draft article, dated today. Asked for the network's news, an association's article is listed there
     * if whoever writes it decides for the network, else proposed to the network's editors.
     */
    public long create(Account account, String siteCode, Section section, Language language, boolean onNetwork,
                       Draft draft) {
        boolean shared = onNetwork && proposals.decidesForNetwork(account);
        long id = create(account, siteCode, language, draft, (dao, site) -> {
            requireSection(site, section);
            return dao.insert(site.code(), section, today(), language, site.network() || shared);
        });
        if (onNetwork && !shared) {
            Site site = sites.find(siteCode).orElseThrow();
            jdbi.useTransaction(handle -> proposals.settle(handle, account, site, id, false, true));
        }
        return id;
    }

    /**
     * Saves an article's section, date, sharing, featured image (one of its site's, or none: null) and themes (those
     * in use; a retired one it had stays); returns the article's version after. Like every setting, its themes are
     * public at once on a published article: the change is announced with the others.
     */
    public int saveSettings(Account account, long id, int readVersion, Section section, LocalDate publishedOn,
                            boolean onNetwork, Long imageId, Collection<Long> themeIds) {
        EditableArticle article = managed(account, id);
        Site site = sites.find(article.site()).orElseThrow();
        requireSection(site, section);
        requireImage(site, imageId);
        requirePast(article, publishedOn);
        themes.requireCurrent(themeIds, themes.ofArticle(id));
        jdbi.useTransaction(handle -> {
            boolean listed = proposals.settle(handle, account, site, id, article.onNetwork(), onNetwork);
            requireUnchanged(handle.attach(ArticleEditorDao.class).updateSettings(id, readVersion, section,
                    publishedOn, listed, imageId));
            themes.tagArticle(handle, id, themeIds);
            record(account, "settings", article.site(), id, section.code() + ", " + publishedOn
                    + (listed ? ", on the network news" : "") + (imageId == null ? "" : ", image " + imageId)
                    + (themeIds.isEmpty() ? "" : ", themes " + themeIds));
        });
        return readVersion + 1;
    }

    /**
     * Refuses a featured image that is not one of the site's (none, null, is fine): checked before a form that
     * chooses one saves anything.
     */
    public void requireImage(Site site, Long imageId) {
        if (imageId != null && !jdbi.withExtension(ArticleEditorDao.class, dao -> dao.imageOfSite(imageId,
                site.code()))) {
            throw new Refused("edit.refused.image");
        }
    }

    /**
     * Publishes at a later time; the publisher makes it public when that time comes, and tells whoever scheduled it
     * last.
     */
    public void schedule(Account account, long id, int readVersion, Instant at) {
        requireFuture(at);
        EditableArticle article = managed(account, id);
        jdbi.useTransaction(handle -> {
            changeStatus(account, article, readVersion, Status.SCHEDULED, at, "schedule");
            handle.attach(ArticleEditorDao.class).scheduledBy(id, account.id());
        });
    }

    /**
     * Refuses a date to come for an article: one that would stay first in every listing. A later publication is
     * scheduled; the day a scheduled article shows, which it keeps, is not refused.
     */
    private void requirePast(EditableArticle article, LocalDate day) {
        if (day.isAfter(today()) && !day.equals(article.publishedOn())) {
            throw new Refused("refused.futureDate");
        }
    }

    /** Refuses a time to publish at that has come already: checked before a form that asks for it saves anything. */
    public void requireFuture(Instant at) {
        if (!at.isAfter(clock.instant())) {
            throw new Refused("refused.scheduleInPast");
        }
    }

    @Override
    Optional<EditableArticle> load(ArticleEditorDao dao, long id) {
        return dao.find(id).map(row -> new EditableArticle(row.id(), row.site(), row.section(), row.publishedOn(),
                row.originalLanguage(), row.onNetwork(), row.image(), Status.find(row.status()).orElseThrow(),
                row.publishAt(), row.version(), new ArrayList<>(dao.texts(id))));
    }

    @Override
    EditableArticle withTexts(EditableArticle a, List<PendingText> pending) {
        return new EditableArticle(a.id(), a.site(), a.section(), a.publishedOn(), a.originalLanguage(), a.onNetwork(),
                a.image(), a.status(), a.publishAt(), a.version(), merged(a.texts(), pending, p -> new EditableArticle.Text(
                        p.language(), p.title(), p.slug(), p.excerpt(), p.bodyMarkdown(), p.bodyHtml(), p.version(),
                        publishedAt(a, p))));
    }

    /**
     * A scheduled article shows the day it goes public; published now, it keeps the date it had, unless that day is
     * still to come (it was scheduled): a published article is never dated in the future.
     */
    @Override
    int updateStatus(ArticleEditorDao dao, EditableArticle article, int version, Status status, Instant publishAt) {
        LocalDate today = today();
        LocalDate day = status == Status.SCHEDULED ? LocalDate.ofInstant(publishAt, ZONE)
                : status == Status.PUBLISHED && article.publishedOn().isAfter(today) ? today : null;
        return dao.updateStatus(article.id(), version, status.code(), publishAt, day);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The excerpt typed, else the first words of the text. */
    @Override
    String excerpt(Draft draft, String body) {
        String given = draft.excerpt() == null ? "" : draft.excerpt().strip();
        String excerpt = given.isEmpty() ? markdown.excerpt(body, EXCERPT_LENGTH) : given;
        return excerpt.length() > EXCERPT_MAX ? excerpt.substring(0, EXCERPT_MAX - 1) + "…" : excerpt;
    }

    private static void requireSection(Site site, Section section) {
        if (site.network() == (section == Section.NATIONAL)) {
            throw new Refused("refused.section", section, site.name());
        }
    }
}
