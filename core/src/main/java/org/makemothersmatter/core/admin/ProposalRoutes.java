package org.makemothersmatter.core.admin;

import static org.makemothersmatter.core.admin.AdminForms.id;
import static org.makemothersmatter.core.admin.AdminForms.redirect;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import java.util.List;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.admin.view.ProposalsView;
import org.makemothersmatter.core.editorial.Conflict;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.proposals.NetworkProposals;
import org.makemothersmatter.core.proposals.ProposalDao;
import org.makemothersmatter.core.sites.Sites;

/**
 * {@code /admin/proposals}: the associations' articles proposed for the network's news, which the network's editors
 * accept or decline (a 403 for anyone else).
 */
public final class ProposalRoutes {

    static final String PATH = "/admin/proposals";

    private final AdminSecurity security;
    private final AdminPages pages;
    private final NetworkProposals proposals;
    private final Sites sites;

    @Inject
    public ProposalRoutes(AdminSecurity security, AdminPages pages, NetworkProposals proposals, Sites sites) {
        this.security = security;
        this.pages = pages;
        this.proposals = proposals;
        this.sites = sites;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> show(ctx, null));
        routes.post(PATH + "/{id}/accept", ctx -> decide(ctx, "proposals.accepted", proposals::accept));
        routes.post(PATH + "/{id}/decline", ctx -> decide(ctx, "proposals.declined", proposals::decline));
    }

    private interface Decision {
        void make(Account account, long id, String ip);
    }

    /** Decides, then lists what still waits; a proposal answered meanwhile is a 409 with the list as it is now. */
    private void decide(Context ctx, String done, Decision decision) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        try {
            decision.make(account, id(ctx), security.clientAddress(ctx));
            redirect(ctx, PATH, t.get(done));
        } catch (Conflict e) {
            ctx.status(HttpStatus.CONFLICT);
            show(ctx, t.reason(e));
        }
    }

    private void show(Context ctx, String error) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        List<ProposalsView.Row> rows = proposals.waiting(account).stream().map(p -> row(t, p)).toList();
        pages.render(ctx, "proposals", new ProposalsView(pages.frame(ctx, t.get("proposals.title"), error), rows));
    }

    private ProposalsView.Row row(AdminTexts t, ProposalDao.Waiting proposal) {
        Site site = sites.find(proposal.site()).orElseThrow();
        Language language = Language.of(proposal.language());
        String url = "published".equals(proposal.status())
                ? site.url(site.shownIn(language), "/news/" + proposal.slug()) : null;
        String base = PATH + "/" + proposal.id();
        return new ProposalsView.Row(proposal.title(), language.code(), url, site.name(), t.status(proposal.status()),
                t.format("proposals.by", proposal.byName() == null ? "" : proposal.byName(),
                        t.minute(proposal.proposedAt())), base + "/accept", base + "/decline");
    }
}
