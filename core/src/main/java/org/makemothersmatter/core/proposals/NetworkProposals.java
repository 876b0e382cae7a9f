package org.makemothersmatter.core.proposals;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.editorial.Conflict;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.sites.Sites;

/**
 * Who may share an association's article with the network's news, and the proposals waiting for them. The network's
 * listings read the article's own flag (on_network): set here when the network's editors accept, or at once when
 * one of them shares the article; an association's editor only proposes.
 */
public final class NetworkProposals {

    private final Jdbi jdbi;
    private final Sites sites;
    private final AuditLog audit;
    private final ContentEvents events;
    private final Clock clock;

    @Inject
    NetworkProposals(Jdbi jdbi, Sites sites, AuditLog audit, ContentEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.sites = sites;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the account decides for the network: an administrator, or an editor of the international site. */
    public boolean decidesForNetwork(Account account) {
        return account.role() == Role.NETWORK_ADMIN
                || account.role() == Role.EDITOR && account.worksOn(sites.network().code());
    }

    /**
     * What an article's settings ask of the network, applied in their transaction: returns whether the network
     * lists the article from now on. The international site's own articles are always listed; an association's
     * is when it was already, or when whoever asks decides for the network; otherwise it is proposed. Not asking
     * takes the article out of the network's news and withdraws its proposal.
     */
    public boolean settle(Handle handle, Account account, Site site, long articleId, boolean listed, boolean wanted) {
        ProposalDao dao = handle.attach(ProposalDao.class);
        if (site.network() || !wanted || listed || decidesForNetwork(account)) {
            dao.forget(articleId);
            return site.network() || wanted;
        }
        if (!dao.status(articleId).filter("proposed"::equals).isPresent()) {
            dao.propose(articleId, account.id(), clock.instant());
            audit.record(account.id(), account.email(), "article.network-propose", site.code(), "article " + articleId,
                    null, null);
        }
        return false;
    }

    /** Where the article's proposal stands: "proposed" (waiting), "declined" (which may be proposed again), or none. */
    public Optional<String> proposal(long articleId) {
        return jdbi.withExtension(ProposalDao.class, dao -> dao.status(articleId));
    }

    /** The proposals waiting, oldest first, for whoever decides for the network. */
    public List<ProposalDao.Waiting> waiting(Account account) {
        requireDecider(account);
        return jdbi.withExtension(ProposalDao.class, ProposalDao::waiting);
    }

    /** Lists the proposed article in the network's news, where it shows at once. */
    public void accept(Account account, long articleId, String ip) {
        decide(account, articleId, ip, "article.network-accept", dao -> {
            dao.share(articleId);
            dao.forget(articleId);
        });
    }

    /** Declines the proposal: the association's editors see the answer on the article. */
    public void decline(Account account, long articleId, String ip) {
        decide(account, articleId, ip, "article.network-decline",
                dao -> dao.decline(articleId, account.id(), clock.instant()));
    }

    private void decide(Account account, long articleId, String ip, String action, Consumer<ProposalDao> decision) {
        requireDecider(account);
        jdbi.useTransaction(handle -> {
            ProposalDao dao = handle.attach(ProposalDao.class);
            String site = dao.siteOfProposed(articleId)
                    .orElseThrow(() -> new Conflict("conflict.proposalGone"));
            decision.accept(dao);
            audit.record(account.id(), account.email(), action, site, "article " + articleId, null, ip);
            // The network's listings and the association's own pages may show the article.
            events.afterCommit(handle, new ContentChanged(Set.of(sites.network().code(), site),
                    Set.of(ContentChanged.Item.of(ContentChanged.Item.ARTICLE, articleId))));
        });
    }

    private void requireDecider(Account account) {
        if (!decidesForNetwork(account)) {
            throw new AccessDenied(account.email() + " does not decide for the network.");
        }
    }
}
