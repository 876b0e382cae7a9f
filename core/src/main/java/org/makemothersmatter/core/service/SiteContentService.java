package org.makemothersmatter.core.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentListener;
import org.makemothersmatter.core.model.Association;
import org.makemothersmatter.core.model.Delegation;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Page;
import org.makemothersmatter.core.store.AssociationDao;
import org.makemothersmatter.core.store.DelegationDao;
import org.makemothersmatter.core.store.PageDao;

/**
 * The sites' standing content: associations, delegations and static pages, each with language fallback. A site's
 * list of pages is kept between changes: every page of the site shows it in its navigation, so reading it again
 * for each page rendered would be one more query for each of them.
 */
@Singleton
public final class SiteContentService implements ContentListener {

    /** The keys of the pages the international site's own routes show: its home, advocacy and National MMM. */
    public static final String HOME_PAGE = "home";
    public static final String ADVOCACY_PAGE = "advocacy";
    public static final String DIRECTORY_PAGE = "national-mmm";
    /** Those routes answer 404 without their page: these pages stay published. */
    public static final Set<String> ROUTE_PAGES = Set.of(HOME_PAGE, ADVOCACY_PAGE, DIRECTORY_PAGE);

    private final AssociationDao associations;
    private final DelegationDao delegations;
    private final PageDao pages;
    private final Map<SiteLanguage, List<Page>> keptPages = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    @Inject
    public SiteContentService(AssociationDao associations, DelegationDao delegations, PageDao pages) {
        this.associations = associations;
        this.delegations = delegations;
        this.pages = pages;
    }

    public List<Association> associations(Language language) {
        return associations.all(language);
    }

    public Optional<Association> association(String site, Language language) {
        return associations.find(site, language);
    }

    public List<Delegation> delegations(Language language) {
        return delegations.all(language);
    }

    public Optional<Delegation> delegation(String code, Language language) {
        return delegations.find(code, language);
    }

    /** The site's published pages in their order, as its navigation lists them. */
    public List<Page> pages(String site, Language language) {
        SiteLanguage key = new SiteLanguage(site, language);
        List<Page> kept = keptPages.get(key);
        if (kept != null) {
            return kept;
        }
        long before = changes.get();
        List<Page> read = pages.bySite(site, language);
        keptPages.put(key, read);
        // A change committed while this was read may have been cleared before it was kept: drop it then.
        if (changes.get() != before) {
            keptPages.remove(key, read);
        }
        return read;
    }

    @Override
    public void changed(ContentChanged change) {
        changes.incrementAndGet();
        keptPages.keySet().removeIf(key -> change.concerns(key.site(), false));
    }

    /** A published page the site's own routes show (one of {@link #ROUTE_PAGES}), by its key. */
    public Optional<Page> pageByKey(String site, String key, Language language) {
        return pages.byKey(site, key, language);
    }

    /** The page of a site with this slug in any language, as every translation it has. */
    public List<Page> pageTranslations(String site, String slug, Language language) {
        return pages.idsBySlug(site, slug, language).stream().findFirst()
                .map(pages::translations).orElse(List.of());
    }

    private record SiteLanguage(String site, Language language) {
    }
}
