package org.makemothersmatter.plugins.belgium;

import java.util.List;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.NavigationEntry;
import org.makemothersmatter.core.plugin.SiteAdminRoutes;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.plugin.SiteRoutes;
import org.makemothersmatter.plugins.belgium.consultation.Consultation;
import org.makemothersmatter.plugins.belgium.consultation.ConsultationAdmin;

/** MMM Belgium: its subsite, content under content/belgium/, and its public consultation on parenthood and work. */
public final class BelgiumPlugin implements SitePlugin {

    static final String CODE = "belgium";
    private static final Site SITE = new Site(CODE, "MMM Belgium", List.of(Language.FRENCH, Language.ENGLISH), false);

    @Override
    public Site site() {
        return SITE;
    }

    @Override
    public void routes(SiteRoutes routes) {
        routes.get(Consultation.PATH, Consultation.class, consultation -> consultation::form);
        routes.post(Consultation.PATH, Consultation.class, consultation -> consultation::send);
        routes.page(Consultation.PATH + "/thanks", Consultation.class, consultation -> consultation::thanks);
    }

    @Override
    public void adminRoutes(SiteAdminRoutes routes) {
        routes.records(Consultation.PATH, "Consultation answers", ConsultationAdmin.class);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(Consultation.PATH, "nav.consultation"));
    }
}
