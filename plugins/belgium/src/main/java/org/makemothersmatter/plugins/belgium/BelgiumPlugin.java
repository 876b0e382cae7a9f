package org.makemothersmatter.plugins.belgium;

import java.util.List;
import org.makemothersmatter.core.plugin.NavigationEntry;
import org.makemothersmatter.core.plugin.PluginDeclaration;
import org.makemothersmatter.core.plugin.SiteAdminRoutes;
import org.makemothersmatter.core.plugin.SiteRoutes;
import org.makemothersmatter.plugins.belgium.consultation.AnswerDao;
import org.makemothersmatter.plugins.belgium.consultation.Consultation;
import org.makemothersmatter.plugins.belgium.consultation.ConsultationAdmin;

/** MMM Belgium: its subsite, content under content/belgium/, and its public consultation on parenthood and work. */
public final class BelgiumPlugin extends PluginDeclaration {

    public BelgiumPlugin() {
        super("belgium", "MMM Belgium", List.of("fr", "en"));
    }

    @Override
    public void routes(SiteRoutes routes) {
        routes.get(Consultation.PATH, Consultation.class, consultation -> consultation::form);
        routes.post(Consultation.PATH, Consultation.class, consultation -> consultation::send);
        routes.page(Consultation.PATH + "/thanks", Consultation.class, consultation -> consultation::thanks);
    }

    @Override
    public void adminRoutes(SiteAdminRoutes routes) {
        routes.records(Consultation.PATH, "answers.label", ConsultationAdmin.class);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry(Consultation.PATH, "nav.consultation"));
    }

    @Override
    public List<Class<?>> daos() {
        return List.of(AnswerDao.class);
    }
}
