package org.makemothersmatter.core.editorial;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.content.Markdown;
import org.makemothersmatter.core.content.Slugs;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.mail.Notifications;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Refused;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.service.SiteContentService;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.Like;
import org.makemothersmatter.core.themes.Themes;

/**
 * Writing static pages (mission, statutes, charter...), under the rules of {@link Editor}. A page has no
 * excerpt and is never scheduled; the pages the international site's own routes show stay published.
 */
public final class PageEditor extends Editor<EditablePage, PageEditorDao> {

    /** page_key holds 80 characters: room is kept for the "-2" that makes a key unique. */
    private static final int KEY_LENGTH = 72;

    private final Themes themes;

    @Inject
    public PageEditor(Jdbi jdbi, Sites sites, Markdown markdown, AuditLog audit, ContentEvents events,
                      Notifications notifications, Themes themes, Clock clock) {
        super(jdbi, sites, markdown, audit, events, notifications, clock, PageEditorDao.class, "page");
        this.themes = themes;
    }

    /**
     * Tags a page with these themes (those in use; a retired one it had stays), public at once as an article's
     * settings are. Its version stays: its texts are what two editors could overwrite.
     */
    public void saveThemes(Account account, long id, Collection<Long> themeIds) {
        EditablePage page = managed(account, id);
        themes.requireCurrent(themeIds, themes.ofPage(id));
        jdbi.useTransaction(handle -> {
            themes.tagPage(handle, id, themeIds);
            record(account, "settings", page.site(), id, "themes " + themeIds);
        });
    }

    /** What the back-office list asks for; null fields mean any. {@code q} is text searched in titles. */
    public record Filter(String site, String status, String language, String missing, String q) {

        /** The text searched as the list's query takes it. */
        public String like() {
            return Like.containing(q);
        }
    }

    public Slice<PageEditorDao.Listed> list(Account account, Filter filter, PageRequest page) {
        List<String> scope = scope(account, filter.site());
        if (scope.isEmpty()) {
            return new Slice<>(List.of(), page, 0);
        }
        PageEditorDao dao = jdbi.onDemand(PageEditorDao.class);
        return new Slice<>(dao.list(scope, filter, page.size(), page.offset()), page, dao.count(scope, filter));
    }

    /** Starts a draft page, last of its site, with a key made from its title. */
    public long create(Account account, String siteCode, Language language, Draft draft) {
        return create(account, siteCode, language, draft, (dao, site) -> {
            String key = Slugs.of(draft.title().strip());
            key = key.substring(0, Math.min(key.length(), KEY_LENGTH));
            return dao.insert(site.code(), Slugs.unique(key, candidate -> dao.keyTaken(site.code(), candidate)),
                    language);
        });
    }

    /** Whether the international site's own routes show this page, so that it must stay published. */
    public boolean requiredByRoutes(EditablePage page) {
        return sites.find(page.site()).map(Site::network).orElse(false)
                && SiteContentService.ROUTE_PAGES.contains(page.pageKey());
    }

    @Override
    void requireRemovable(EditablePage page) {
        if (requiredByRoutes(page)) {
            throw new Refused("refused.requiredPage", page.pageKey());
        }
    }

    @Override
    Optional<EditablePage> load(PageEditorDao dao, long id) {
        return dao.find(id).map(row -> new EditablePage(row.id(), row.site(), row.pageKey(), row.position(),
                row.originalLanguage(), Status.find(row.status()).orElseThrow(), row.version(),
                new ArrayList<>(dao.texts(id))));
    }

    @Override
    EditablePage withTexts(EditablePage page, List<PendingText> pending) {
        return new EditablePage(page.id(), page.site(), page.pageKey(), page.position(), page.originalLanguage(),
                page.status(), page.version(), merged(page.texts(), pending, p -> new EditablePage.Text(p.language(),
                p.title(), p.slug(), p.bodyMarkdown(), p.bodyHtml(), p.version(), publishedAt(page, p))));
    }

    /** A page keeps no time of publication. */
    @Override
    int updateStatus(PageEditorDao dao, EditablePage page, int version, Status status, Instant publishAt) {
        return dao.updateStatus(page.id(), version, status.code());
    }

    /** A page has no excerpt. */
    @Override
    String excerpt(Draft draft, String body) {
        return null;
    }
}
