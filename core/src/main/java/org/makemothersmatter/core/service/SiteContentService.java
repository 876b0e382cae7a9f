package org.makemothersmatter.core.service;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.makemothersmatter.core.model.Association;
import org.makemothersmatter.core.model.Delegation;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Page;
import org.makemothersmatter.core.store.AssociationDao;
import org.makemothersmatter.core.store.DelegationDao;
import org.makemothersmatter.core.store.PageDao;

/** The sites' standing content: associations, delegations and static pages, each with language fallback. */
public final class SiteContentService {

    /** The keys of the pages the international site's own routes show: its home, advocacy and National MMM. */
    public static final String HOME_PAGE = "home";
    public static final String ADVOCACY_PAGE = "advocacy";
    public static final String DIRECTORY_PAGE = "national-mmm";
    /** Those routes answer 404 without their page: these pages stay published. */
    public static final Set<String> ROUTE_PAGES = Set.of(HOME_PAGE, ADVOCACY_PAGE, DIRECTORY_PAGE);

    private final AssociationDao associations;
    private final DelegationDao delegations;
    private final PageDao pages;

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

    public List<Page> pages(String site, Language language) {
        return pages.bySite(site, language);
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
}
