package org.makemothersmatter.core.service;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.makemothersmatter.core.model.Association;
import org.makemothersmatter.core.model.Delegation;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Page;
import org.makemothersmatter.core.store.AssociationDao;
import org.makemothersmatter.core.store.DelegationDao;
import org.makemothersmatter.core.store.PageDao;

/** The sites' standing content: associations, delegations and static pages, each with language fallback. */
public final class SiteContentService {

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

    /** A page the site's own routes show (the international home, advocacy, national-mmm), by its key. */
    public Optional<Page> pageByKey(String site, String key, Language language) {
        return pages.byKey(site, key, language);
    }

    /** The page of a site with this slug in any language, as every translation it has. */
    public List<Page> pageTranslations(String site, String slug, Language language) {
        return pages.idsBySlug(site, slug, language).stream().findFirst()
                .map(pages::translations).orElse(List.of());
    }
}
