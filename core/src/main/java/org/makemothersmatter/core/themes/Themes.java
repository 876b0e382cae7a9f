package org.makemothersmatter.core.themes;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.content.Slugs;
import org.makemothersmatter.core.editorial.Conflict;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.model.ArticleSummary;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Refused;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.service.Pager;
import org.makemothersmatter.core.store.Daos;

/**
 * The network's themes: kept by network administrators (created, translated, ordered, retired and brought back), and
 * read by the public pages and the editors. Every change is in the audit log, and is announced as a change of every
 * site, since every article page may show a theme's name.
 */
public final class Themes {

    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 1000;

    private final Jdbi jdbi;
    private final ThemeDao dao;
    private final AuditLog audit;
    private final ContentEvents events;

    @Inject
    public Themes(Jdbi jdbi, AuditLog audit, ContentEvents events) {
        this.jdbi = jdbi;
        this.dao = Daos.of(jdbi, ThemeDao.class);
        this.audit = audit;
        this.events = events;
    }

    /** Every theme, retired ones included, in the network's order. */
    public List<Theme> all() {
        Map<Long, List<Theme.Translation>> texts = dao.allTranslations().stream()
                .collect(Collectors.groupingBy(Theme.Translation::themeId));
        return dao.all().stream().map(row -> new Theme(row.id(), row.position(), row.originalLanguage(),
                row.retired(), row.version(), texts.getOrDefault(row.id(), List.of()))).toList();
    }

    /** The themes in use: those not retired, in the network's order. */
    public List<Theme> current() {
        return all().stream().filter(theme -> !theme.retired()).toList();
    }

    public Optional<Theme> find(long id) {
        return all().stream().filter(theme -> theme.id() == id).findFirst();
    }

    /** The theme in use whose address, in this language or failing that in any, is this slug. */
    public Optional<Theme> bySlug(String slug, Language language) {
        List<Theme> current = current();
        return current.stream().filter(theme -> theme.translation(language).map(t -> t.slug().equals(slug))
                        .orElse(false)).findFirst()
                .or(() -> current.stream().filter(theme -> theme.translations().stream()
                        .anyMatch(t -> t.slug().equals(slug))).findFirst());
    }

    /* Keeping the list: network administrators only. */

    /** A new theme, last of the list, with its first translation; returns its id. */
    public long create(Account account, Language language, String name, String slug, String description) {
        requireAdmin(account);
        Text text = text(name, description);
        return jdbi.inTransaction(handle -> {
            ThemeDao themes = handle.attach(ThemeDao.class);
            long id = themes.insert(themes.nextPosition(), language);
            themes.saveTranslation(id, language, text.name(), slug(themes, id, language, slug, text.name()),
                    text.description());
            changed(handle, account, "theme.create", id, language.code() + ": " + text.name());
            return id;
        });
    }

    /**
     * Saves a theme's text in one language, at the version the form was read at; an empty name takes out a
     * translation (never the original's).
     */
    public void saveTranslation(Account account, long id, int version, Language language, String name, String slug,
                                String description) {
        requireAdmin(account);
        Theme theme = find(id).orElseThrow(() -> new Refused("theme.refused.unknown"));
        boolean remove = (name == null || name.isBlank()) && (description == null || description.isBlank());
        if (remove && language.equals(theme.originalLanguage())) {
            throw new Refused("theme.refused.name");
        }
        Text text = remove ? null : text(name, description);
        jdbi.useTransaction(handle -> {
            ThemeDao themes = handle.attach(ThemeDao.class);
            requireUnchanged(themes.touch(id, version));
            if (remove) {
                themes.deleteTranslation(id, language);
                changed(handle, account, "theme.untranslate", id, language.code());
            } else {
                themes.saveTranslation(id, language, text.name(), slug(themes, id, language, slug, text.name()),
                        text.description());
                changed(handle, account, "theme.translate", id, language.code() + ": " + text.name());
            }
        });
    }

    /** Moves a theme one place up or down the list; at its end, nothing moves. */
    public void move(Account account, long id, int version, boolean up) {
        requireAdmin(account);
        List<Theme> all = all();
        int at = indexOf(all, id);
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= all.size()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            ThemeDao themes = handle.attach(ThemeDao.class);
            requireUnchanged(themes.touch(id, version));
            // Positions are renumbered in the new order, so that two themes never share one.
            List<Theme> order = new ArrayList<>(all);
            order.add(other, order.remove(at));
            for (int i = 0; i < order.size(); i++) {
                themes.setPosition(order.get(i).id(), i + 1);
            }
            changed(handle, account, "theme.move", id, up ? "up" : "down");
        });
    }

    /** Retires a theme, or brings it back: its tags are kept either way. */
    public void retire(Account account, long id, int version, boolean retired) {
        requireAdmin(account);
        indexOf(all(), id);
        jdbi.useTransaction(handle -> {
            ThemeDao themes = handle.attach(ThemeDao.class);
            requireUnchanged(themes.touch(id, version));
            themes.setRetired(id, retired);
            changed(handle, account, retired ? "theme.retire" : "theme.restore", id, null);
        });
    }

    /* Tags: saved with an article's or a page's settings, in their transaction. */

    public Set<Long> ofArticle(long articleId) {
        return new LinkedHashSet<>(dao.ofArticle(articleId));
    }

    public Set<Long> ofPage(long pageId) {
        return new LinkedHashSet<>(dao.ofPage(pageId));
    }

    /**
     * Refuses a theme that is not one in use; a retired theme an item has already keeps its tag, as its editor's form
     * does not offer it.
     */
    public void requireCurrent(Collection<Long> chosen, Collection<Long> had) {
        Set<Long> asked = new LinkedHashSet<>(chosen);
        asked.removeAll(had);
        if (!asked.isEmpty() && dao.current(asked).size() != asked.size()) {
            throw new Refused("theme.refused.choice");
        }
    }

    /** Replaces an article's tags with these, retired themes it had kept. */
    public void tagArticle(Handle handle, long articleId, Collection<Long> chosen) {
        ThemeDao themes = handle.attach(ThemeDao.class);
        Set<Long> tags = kept(themes.ofArticle(articleId), chosen);
        themes.untagArticle(articleId);
        tags.forEach(theme -> themes.tagArticle(articleId, theme));
    }

    public void tagPage(Handle handle, long pageId, Collection<Long> chosen) {
        ThemeDao themes = handle.attach(ThemeDao.class);
        Set<Long> tags = kept(themes.ofPage(pageId), chosen);
        themes.untagPage(pageId);
        tags.forEach(theme -> themes.tagPage(pageId, theme));
    }

    /** The themes chosen, and the retired ones an item had, which its form did not show. */
    private Set<Long> kept(List<Long> had, Collection<Long> chosen) {
        Set<Long> retired = all().stream().filter(Theme::retired).map(Theme::id).collect(Collectors.toSet());
        Set<Long> tags = new LinkedHashSet<>(chosen);
        had.stream().filter(retired::contains).forEach(tags::add);
        return tags;
    }

    /* What the public pages show. */

    /** The themes in use an article is tagged with, in the network's order. */
    public List<Theme> ofArticleShown(long articleId) {
        Set<Long> tags = ofArticle(articleId);
        return current().stream().filter(theme -> tags.contains(theme.id())).toList();
    }

    /** A page of the published articles of every site tagged with the theme, newest first. */
    public Slice<ArticleSummary> articles(Theme theme, Language language, PageRequest request) {
        long total = dao.countArticles(theme.id());
        return new Slice<>(request.offset() < total
                ? dao.articles(theme.id(), language, request.size(), request.offset()) : List.of(), request, total);
    }

    /** Every page of a theme's listing in one pass, from the first, as the news listings are written for export. */
    public void eachPage(Theme theme, Language language, int size, Consumer<Slice<ArticleSummary>> page) {
        Pager<ArticleSummary> pager = new Pager<>(dao.countArticles(theme.id()), size, page);
        try (var items = dao.streamArticles(theme.id(), language, Integer.MAX_VALUE, 0)) {
            items.forEach(pager::add);
        }
        pager.finish();
    }

    /** The published pages of every site tagged with the theme. */
    public List<ThemeDao.TaggedPage> pages(Theme theme, Language language) {
        return dao.pages(theme.id(), language);
    }

    /**
     * Up to {@code count} published articles that share themes with an article: the most themes shared first, then
     * the newest. Of the article's own site ({@code site}), or of every site for null.
     */
    public List<ArticleSummary> related(long articleId, String site, Language language, int count) {
        return dao.related(articleId, site, language, count);
    }

    private record Text(String name, String description) {
    }

    private static Text text(String name, String description) {
        String n = name == null ? "" : name.strip();
        String d = description == null ? "" : description.strip();
        if (n.isEmpty()) {
            throw new Refused("theme.refused.name");
        }
        if (n.length() > MAX_NAME) {
            throw new Refused("theme.refused.nameTooLong", MAX_NAME);
        }
        if (d.length() > MAX_DESCRIPTION) {
            throw new Refused("theme.refused.descriptionTooLong", MAX_DESCRIPTION);
        }
        return new Text(n, d);
    }

    /** The address typed, made a slug, else one made from the name; one another theme has in the language is refused. */
    private static String slug(ThemeDao themes, long id, Language language, String typed, String name) {
        boolean given = typed != null && !typed.isBlank();
        String slug = Slugs.of(given ? typed : name);
        if (!given) {
            return Slugs.unique(slug, s -> themes.slugTakenByOther(language, s, id));
        }
        if (themes.slugTakenByOther(language, slug, id)) {
            throw new Refused("theme.refused.slugTaken", slug);
        }
        return slug;
    }

    private static int indexOf(List<Theme> all, long id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == id) {
                return i;
            }
        }
        throw new Refused("theme.refused.unknown");
    }

    private static void requireUnchanged(int updated) {
        if (updated == 0) {
            throw new Conflict("theme.refused.changed");
        }
    }

    private static void requireAdmin(Account account) {
        if (account.role() != Role.NETWORK_ADMIN) {
            throw new AccessDenied("Only network administrators may change the themes.");
        }
    }

    private void changed(Handle handle, Account account, String action, long id, String detail) {
        audit.record(account.id(), account.email(), action, null, "theme " + id, detail, null);
        events.afterCommit(handle, ContentChanged.everywhere());
    }
}
