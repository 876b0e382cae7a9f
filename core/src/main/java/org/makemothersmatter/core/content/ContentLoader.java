package org.makemothersmatter.core.content;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.calendar.Event;
import org.makemothersmatter.core.calendar.EventDao;
import org.makemothersmatter.core.editorial.Status;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
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
 * behind: its whole batch is loaded at the next start, once the file is fixed. Development mode loads an item
 * again each time its files are edited ({@link #reload}).
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
    private final ContentEvents events;
    private final Clock clock;

    @Inject
    public ContentLoader(Jdbi jdbi, Sites sites, Markdown markdown, ContentEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.sites = sites;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    /** Loads what is new in every site's content; returns the number of files loaded. */
    public int loadAll() {
        Set<String> imported = jdbi.withExtension(ContentImportDao.class, ContentImportDao::all);
        ContentSource source = new ContentSource(Thread.currentThread().getContextClassLoader(), imported::contains);
        int loaded = 0;
        for (var plugin : sites.plugins()) {
            Site site = plugin.site();
            for (Kind kind : kinds(site)) {
                loaded += load(site, kind.items(source, site), kind.loader());
            }
        }
        LOG.info("Content files loaded: {}", loaded);
        return loaded;
    }

    /**
     * Loads one item again, in development mode, where the content files are the truth: each of its files
     * replaces the text the database holds in its language, whoever wrote that text, and a file new since is
     * loaded as at a start. {@code folder} is the item's folder on the classpath of {@code source}:
     * {@code content/<site code>/<kind>/<item>}, or {@code content/<site code>/association}. Once the change is
     * committed, it is announced as an editor's change is, so that no page shows the text it replaced.
     *
     * @return whether the folder is an item of a site this server hosts (a plugin's site left out by the settings
     *     is not)
     * @throws ContentException if a file of the item cannot be loaded: then nothing of it is written
     */
    public boolean reload(ContentSource source, String folder) {
        String[] path = folder.split("/");
        Optional<Site> site = path.length >= 3 && path[0].equals("content") ? sites.find(path[1]) : Optional.empty();
        if (site.isEmpty()) {
            return false;
        }
        for (Kind kind : kinds(site.get())) {
            if (kind.folder().equals(path[2]) && path.length == (kind.single() ? 3 : 4)) {
                Optional<ContentItem> item = kind.single() ? kind.items(source, site.get()).stream().findFirst()
                        : source.item(site.get(), kind.folder(), path[3]);
                item.ifPresent(found -> reload(site.get(), kind, found));
                return item.isPresent();
            }
        }
        return false;
    }

    private void reload(Site site, Kind kind, ContentItem item) {
        jdbi.useTransaction(handle -> {
            ContentImportDao imports = handle.attach(ContentImportDao.class);
            Set<ContentChanged.Item> changed = new HashSet<>();
            for (ContentFile file : item.files()) {
                changed.add(kind.loader().load(handle, item, file, true));
                String key = item.key() + "/" + file.language().code();
                if (!imports.isImported(key)) {
                    imports.markImported(key, clock.instant());
                }
            }
            events.afterCommit(handle, new ContentChanged(Set.of(site.code()), changed));
        });
        LOG.info("Content {} loaded again", item);
    }

    /**
     * Writes one file's text. {@code replace}: over the text the database holds in the file's language, if any;
     * else that text is left as it is.
     */
    private interface FileLoader {
        /** Returns the item written. */
        ContentChanged.Item load(Handle handle, ContentItem item, ContentFile file, boolean replace);
    }

    /**
     * A kind of content: the folder of a site's content it stands in, whether that folder holds a single item's
     * files (a site's association) or a folder for each item, and how its files are written.
     */
    private record Kind(String folder, boolean single, FileLoader loader) {

        List<ContentItem> items(ContentSource source, Site site) {
            return single ? source.item(site, folder) : source.items(site, folder);
        }
    }

    /** The kinds of a site's content, in the order they are loaded. */
    private List<Kind> kinds(Site site) {
        return List.of(
                new Kind("association", true, (handle, item, file, replace) ->
                        association(handle, site, item, file, replace)),
                new Kind("delegations", false, (handle, item, file, replace) ->
                        delegation(handle, site, item, file, replace)),
                new Kind("pages", false, (handle, item, file, replace) -> page(handle, site, item, file, replace)),
                // Before the news, which may name them.
                new Kind("events", false, (handle, item, file, replace) -> event(handle, site, item, file, replace)),
                new Kind("news", false, (handle, item, file, replace) -> article(handle, site, item, file, replace)));
    }

    /**
     * Loads the items' files not loaded yet, in batches; each batch is announced, so that another server process
     * sharing the database shows what this one loaded at its start.
     */
    private int load(Site site, List<ContentItem> items, FileLoader loader) {
        int count = 0;
        for (int from = 0; from < items.size(); from += BATCH) {
            List<ContentItem> batch = items.subList(from, Math.min(items.size(), from + BATCH));
            count += jdbi.inTransaction(handle -> {
                ContentImportDao imports = handle.attach(ContentImportDao.class);
                Set<ContentChanged.Item> changed = new HashSet<>();
                int loaded = 0;
                for (ContentItem item : batch) {
                    for (ContentFile file : item.files()) {
                        String key = item.key() + "/" + file.language().code();
                        if (!imports.isImported(key)) {
                            changed.add(loader.load(handle, item, file, false));
                            imports.markImported(key, clock.instant());
                            loaded++;
                        }
                    }
                }
                if (loaded > 0) {
                    events.afterCommit(handle, new ContentChanged(Set.of(site.code()), changed));
                }
                return loaded;
            });
        }
        return count;
    }

    private ContentChanged.Item association(Handle handle, Site site, ContentItem item, ContentFile file,
                                            boolean replace) {
        AssociationDao dao = handle.attach(AssociationDao.class);
        if (!dao.exists(site.code())) {
            dao.insert(site.code(), country(item), item.originalLanguage(site));
        } else if (replace) {
            dao.replace(site.code(), country(item), item.originalLanguage(site));
        }
        String name = file.required("name");
        String summary = file.required("summary");
        String html = markdown.toHtml(file.body());
        if (!replace || dao.replaceTranslation(site.code(), file.language(), name, summary, file.body(), html) == 0) {
            dao.insertTranslation(site.code(), file.language(), name, summary, file.body(), html);
        }
        return ContentChanged.Item.anyOf("association");
    }

    private ContentChanged.Item delegation(Handle handle, Site site, ContentItem item, ContentFile file,
                                           boolean replace) {
        DelegationDao dao = handle.attach(DelegationDao.class);
        String code = item.name();
        if (Section.find(code).filter(Section::isDelegation).isEmpty()) {
            throw new ContentException(item.key() + ": '" + code + "' is not a delegation (eu, un, unesco)");
        }
        if (!dao.exists(code)) {
            dao.insert(code, item.position(), item.originalLanguage(site));
        } else if (replace) {
            dao.replace(code, item.position(), item.originalLanguage(site));
        }
        String name = file.required("name");
        String summary = file.required("summary");
        String html = markdown.toHtml(file.body());
        if (!replace || dao.replaceTranslation(code, file.language(), name, summary, file.body(), html) == 0) {
            dao.insertTranslation(code, file.language(), name, summary, file.body(), html);
        }
        return ContentChanged.Item.anyOf("delegation");
    }

    private ContentChanged.Item page(Handle handle, Site site, ContentItem item, ContentFile file,
                                     boolean replace) {
        PageDao dao = handle.attach(PageDao.class);
        Optional<Long> existing = dao.idByKey(site.code(), item.name());
        long id = existing.orElseGet(() -> dao.insert(site.code(), item.name(), item.position(),
                item.originalLanguage(site)));
        if (replace && existing.isPresent()) {
            dao.replaceShared(id, item.position(), item.originalLanguage(site));
        }
        Optional<String> stored = dao.slug(id, file.language());
        if (stored.isPresent() && !replace) {
            // A team wrote this page in the back office before the file shipped: the database is the truth.
            LOG.warn("{}/{}: the page exists in the database already, left as it is", item.key(), file.language());
            return ContentChanged.Item.of(ContentChanged.Item.PAGE, id);
        }
        String title = file.required("title");
        String slug = Slugs.unique(file.field("slug").orElse(Slugs.of(title)),
                s -> dao.slugTakenByOther(site.code(), file.language(), s, id));
        String html = markdown.toHtml(file.body());
        if (stored.isEmpty()) {
            dao.insertTranslation(id, file.language(), site.code(), title, slug, file.body(), html);
            return ContentChanged.Item.of(ContentChanged.Item.PAGE, id);
        }
        dao.replaceTranslation(id, file.language(), title, slug, file.body(), html);
        // As when an editor renames a page: its old address leads to it.
        if (!stored.get().equals(slug)) {
            dao.keepOldSlug(site.code(), file.language(), stored.get(), id);
        }
        dao.forgetOldSlug(site.code(), file.language(), slug);
        return ContentChanged.Item.of(ContentChanged.Item.PAGE, id);
    }

    private ContentChanged.Item article(Handle handle, Site site, ContentItem item, ContentFile file,
                                        boolean replace) {
        ArticleDao dao = handle.attach(ArticleDao.class);
        Optional<Long> existing = dao.idByContentKey(item.key());
        long id = existing.orElseGet(() -> dao.insert(site.code(), section(site, item), date(item),
                item.originalLanguage(site), onNetwork(site, item), item.key()));
        if (replace && existing.isPresent()) {
            dao.replaceShared(id, section(site, item), item.originalLanguage(site), onNetwork(site, item));
        }
        String title = file.required("title");
        String slug = Slugs.unique(file.field("slug").orElse(Slugs.of(title)),
                s -> dao.slugTakenByOther(site.code(), file.language(), s, id));
        String excerpt = file.field("excerpt").orElseGet(() -> markdown.excerpt(file.body(), EXCERPT_LENGTH));
        String html = markdown.toHtml(file.body());
        item.shared("event").ifPresent(event -> handle.attach(EventDao.class).nameEvent(id,
                site.code() + "/events/" + event));
        LocalDate articleDate = date(item);
        LocalDate datedOn = ownDate(item, file).filter(day -> !day.equals(articleDate)).orElse(null);
        Optional<String> stored = replace ? dao.slug(id, file.language()) : Optional.empty();
        if (stored.isEmpty()) {
            // Public since the start of its day: midnight UTC, which is that same day in Brussels too.
            LocalDate day = datedOn != null ? datedOn : articleDate;
            dao.insertTranslation(id, file.language(), site.code(), title, slug, excerpt, file.body(), html, datedOn,
                    day.atStartOfDay(ZoneOffset.UTC).toInstant());
            return ContentChanged.Item.of(ContentChanged.Item.ARTICLE, id);
        }
        dao.replaceTranslation(id, file.language(), title, slug, excerpt, file.body(), html, datedOn);
        // As when an editor renames an article: its old address leads to it.
        if (!stored.get().equals(slug)) {
            dao.keepOldSlug(site.code(), file.language(), stored.get(), id);
        }
        dao.forgetOldSlug(site.code(), file.language(), slug);
        return ContentChanged.Item.of(ContentChanged.Item.ARTICLE, id);
    }

    /**
     * An event: its kind, first and last day ({@code starts}, {@code ends}: ISO dates), its hours if it has some
     * ({@code from}, {@code until}: 14:30), the time zone they are in ({@code timezone}: Europe/Zurich), and its
     * {@code place} or {@code online} address; each file its title, summary and description.
     */
    private ContentChanged.Item event(Handle handle, Site site, ContentItem item, ContentFile file, boolean replace) {
        EventDao dao = handle.attach(EventDao.class);
        String kind = item.shared("kind").orElse("conference");
        if (!Event.KINDS.contains(kind)) {
            throw new ContentException(item.key() + ": unknown kind '" + kind + "', expected one of " + Event.KINDS);
        }
        LocalDate startsOn = parsed(item, "starts", LocalDate::parse).orElseThrow(() -> new ContentException(
                item.key() + ": needs 'starts', its first day (2024-09-09)"));
        LocalDate endsOn = parsed(item, "ends", LocalDate::parse).orElse(startsOn);
        LocalTime startsAt = parsed(item, "from", LocalTime::parse).orElse(null);
        LocalTime endsAt = parsed(item, "until", LocalTime::parse).orElse(null);
        String zone = parsed(item, "timezone", ZoneId::of).map(ZoneId::getId).orElseThrow(() -> new ContentException(
                item.key() + ": needs 'timezone', where its days are counted (Europe/Zurich)"));
        if (endsOn.isBefore(startsOn) || (startsAt == null) != (endsAt == null)) {
            throw new ContentException(item.key() + ": 'ends' must not come before 'starts', and 'from' and "
                    + "'until' come together");
        }
        String place = item.shared("place").orElse(null);
        String online = item.shared("online").orElse(null);
        Optional<Long> existing = dao.idByContentKey(item.key());
        long id = existing.orElseGet(() -> dao.insert(site.code(), kind, startsOn, endsOn, startsAt, endsAt, zone,
                place, online, item.originalLanguage(site), item.key(), Status.PUBLISHED.code()));
        if (replace && existing.isPresent()) {
            dao.replace(id, kind, startsOn, endsOn, startsAt, endsAt, zone, place, online,
                    item.originalLanguage(site));
        }
        String title = file.required("title");
        String slug = Slugs.unique(file.field("slug").orElse(Slugs.of(title)),
                s -> dao.slugTakenByOther(site.code(), file.language(), s, id));
        String summary = file.field("summary").orElseGet(() -> markdown.excerpt(file.body(), EXCERPT_LENGTH));
        dao.putTranslation(id, file.language(), site.code(), title, slug, summary, file.body(),
                markdown.toHtml(file.body()));
        return ContentChanged.Item.of(ContentChanged.Item.EVENT, id);
    }

    private static <T> Optional<T> parsed(ContentItem item, String field, Function<String, T> parser) {
        try {
            return item.shared(field).map(parser);
        } catch (DateTimeException e) {
            throw new ContentException(item.key() + ": '" + field + "' cannot be read: " + e.getMessage());
        }
    }

    private static String country(ContentItem item) {
        return item.shared("country").orElseThrow(() -> new ContentException(item.key() + ": needs 'country'"));
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

    /** A translation published on another day than its article says so: "date: 2022-04-29". */
    private static Optional<LocalDate> ownDate(ContentItem item, ContentFile file) {
        try {
            return file.field("date").map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new ContentException(item.key() + ": 'date' of the " + file.language().code()
                    + " text must be a day such as 2024-05-30, not '" + file.field("date").orElseThrow() + "'");
        }
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
