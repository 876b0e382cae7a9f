package org.makemothersmatter.core.content;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.ArticleDao;
import org.makemothersmatter.core.store.AssociationDao;
import org.makemothersmatter.core.store.ContentImportDao;
import org.makemothersmatter.core.store.DelegationDao;
import org.makemothersmatter.core.store.PageDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the content files that the sites ship into the database. Each file is loaded once, ever: a restart
 * loads only files it has not seen, so nothing is duplicated and nothing an editor removed comes back.
 * Items are loaded a batch at a time, each batch in one transaction, so a bad file leaves no half-loaded item
 * behind: its whole batch is loaded at the next start, once the file is fixed.
 */
public final class ContentLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ContentLoader.class);
    private static final int EXCERPT_LENGTH = 220;
    /**
     * Items per transaction. Each commit writes every database page the transaction changed, texts included:
     * with one commit per item, loading 5,000 articles took a third more CPU time and left an H2 file nearly
     * twice as large (568 MB against 304 MB).
     */
    private static final int BATCH = 100;

    private final Jdbi jdbi;
    private final Sites sites;
    private final Markdown markdown;
    private final Clock clock;

    @Inject
    public ContentLoader(Jdbi jdbi, Sites sites, Markdown markdown, Clock clock) {
        this.jdbi = jdbi;
        this.sites = sites;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** Loads what is new in every site's content; returns the number of files loaded. */
    public int loadAll() {
        Set<String> imported = jdbi.withExtension(ContentImportDao.class, ContentImportDao::all);
        ContentSource source = new ContentSource(Thread.currentThread().getContextClassLoader(), imported::contains);
        int loaded = 0;
        for (var plugin : sites.plugins()) {
            Site site = plugin.site();
            loaded += load(source.item(site, "association"),
                    (handle, item, file) -> association(handle, site, item, file));
            loaded += load(source.items(site, "delegations"),
                    (handle, item, file) -> delegation(handle, site, item, file));
            loaded += load(source.items(site, "pages"), (handle, item, file) -> page(handle, site, item, file));
            loaded += load(source.items(site, "news"), (handle, item, file) -> article(handle, site, item, file));
        }
        LOG.info("Content files loaded: {}", loaded);
        return loaded;
    }

    private interface FileLoader {
        void load(Handle handle, ContentItem item, ContentFile file);
    }

    private int load(List<ContentItem> items, FileLoader loader) {
        int count = 0;
        for (int from = 0; from < items.size(); from += BATCH) {
            List<ContentItem> batch = items.subList(from, Math.min(items.size(), from + BATCH));
            count += jdbi.inTransaction(handle -> {
                ContentImportDao imports = handle.attach(ContentImportDao.class);
                int loaded = 0;
                for (ContentItem item : batch) {
                    for (ContentFile file : item.files()) {
                        String key = item.key() + "/" + file.language().code();
                        if (!imports.isImported(key)) {
                            loader.load(handle, item, file);
                            imports.markImported(key, clock.instant());
                            loaded++;
                        }
                    }
                }
                return loaded;
            });
        }
        return count;
    }

    private void association(Handle handle, Site site, ContentItem item, ContentFile file) {
        AssociationDao dao = handle.attach(AssociationDao.class);
        if (!dao.exists(site.code())) {
            dao.insert(site.code(), item.shared("country").orElseThrow(
                    () -> new ContentException(item.key() + ": needs 'country'")), item.originalLanguage(site));
        }
        dao.insertTranslation(site.code(), file.language(), file.required("name"), file.required("summary"),
                file.body(), markdown.toHtml(file.body()));
    }

    private void delegation(Handle handle, Site site, ContentItem item, ContentFile file) {
        DelegationDao dao = handle.attach(DelegationDao.class);
        String code = item.name();
        if (Section.find(code).filter(Section::isDelegation).isEmpty()) {
            throw new ContentException(item.key() + ": '" + code + "' is not a delegation (eu, un, unesco)");
        }
        if (!dao.exists(code)) {
            dao.insert(code, item.position(), item.originalLanguage(site));
        }
        dao.insertTranslation(code, file.language(), file.required("name"), file.required("summary"),
                file.body(), markdown.toHtml(file.body()));
    }

    private void page(Handle handle, Site site, ContentItem item, ContentFile file) {
        PageDao dao = handle.attach(PageDao.class);
        long id = dao.idByKey(site.code(), item.name())
                .orElseGet(() -> dao.insert(site.code(), item.name(), item.position(), item.originalLanguage(site)));
        if (dao.hasTranslation(id, file.language())) {
            // A team wrote this page in the back office before the file shipped: the database is the truth.
            LOG.warn("{}/{}: the page exists in the database already, left as it is", item.key(), file.language());
            return;
        }
        String title = file.required("title");
        String slug = Slugs.unique(file.field("slug").orElse(Slugs.of(title)),
                s -> dao.slugTaken(site.code(), file.language(), s));
        dao.insertTranslation(id, file.language(), site.code(), title, slug, file.body(), markdown.toHtml(file.body()));
    }

    private void article(Handle handle, Site site, ContentItem item, ContentFile file) {
        ArticleDao dao = handle.attach(ArticleDao.class);
        long id = dao.idByContentKey(item.key()).orElseGet(() -> dao.insert(site.code(), section(site, item),
                date(item), item.originalLanguage(site), onNetwork(site, item), item.key()));
        String title = file.required("title");
        String slug = Slugs.unique(file.field("slug").orElse(Slugs.of(title)),
                s -> dao.slugTaken(site.code(), file.language(), s));
        String excerpt = file.field("excerpt").orElseGet(() -> markdown.excerpt(file.body(), EXCERPT_LENGTH));
        dao.insertTranslation(id, file.language(), site.code(), title, slug, excerpt, file.body(),
                markdown.toHtml(file.body()));
    }

    private static Section section(Site site, ContentItem item) {
        Section fallback = site.network() ? Section.NETWORK : Section.NATIONAL;
        Section section = item.shared("section")
                .map(code -> Section.find(code).orElseThrow(() -> new ContentException(item.key()
                        + ": unknown section '" + code + "', expected one of network, national, eu, un, unesco")))
                .orElse(fallback);
        if (site.network() == (section == Section.NATIONAL)) {
            throw new ContentException(item.key() + ": section '" + section.code() + "' does not belong on site "
                    + site.code());
        }
        return section;
    }

    /** International articles are network news; an association's article only if it says so. */
    private static boolean onNetwork(Site site, ContentItem item) {
        return site.network() || item.shared("network").map(Boolean::parseBoolean).orElse(false);
    }

    /** An article's folder starts with its publication date: "2022-04-26-podcast". */
    private static LocalDate date(ContentItem item) {
        String folder = item.folder();
        try {
            return LocalDate.parse(folder.length() >= 10 ? folder.substring(0, 10) : folder);
        } catch (DateTimeParseException e) {
            throw new ContentException(item.key() + ": news folder must start with its date, e.g. 2024-05-30-"
                    + folder);
        }
    }
}
