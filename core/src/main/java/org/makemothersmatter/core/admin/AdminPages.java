package org.makemothersmatter.core.admin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Header;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Accounts;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.account.Sessions.Session;
import org.makemothersmatter.core.admin.view.AdminErrorView;
import org.makemothersmatter.core.admin.view.AdminFrame;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.proposals.NetworkProposals;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.assets.Assets;
import org.makemothersmatter.core.web.view.AssetLinks;
import org.makemothersmatter.core.web.view.Link;

/**
 * Renders back-office pages in their frame: menu for the account's role, and the message of the last action; all
 * in the language chosen for the request.
 */
public final class AdminPages {

    /** The query parameter that carries the message of the last action, shown by the frame. */
    public static final String NOTICE_PARAM = "done";
    private static final String TEXTS = "admin.texts";

    private final AdminSecurity security;
    private final PageRenderer renderer;
    private final PluginAdminRoutes plugins;
    private final Assets assets;
    private final AdminLanguage languages;
    private final Accounts accounts;
    private final NetworkProposals proposals;
    private final Cache<List<Object>, byte[]> signedOutErrors = Caffeine.newBuilder().maximumSize(100)
            .expireAfterWrite(Duration.ofSeconds(10)).build();

    @Inject
    public AdminPages(AdminSecurity security, PageRenderer renderer, PluginAdminRoutes plugins, Assets assets,
                      AdminLanguage languages, Accounts accounts, NetworkProposals proposals) {
        this.security = security;
        this.proposals = proposals;
        this.renderer = renderer;
        this.plugins = plugins;
        this.assets = assets;
        this.languages = languages;
        this.accounts = accounts;
    }

    /** The back office's words for this request, in the language chosen for it once. */
    AdminTexts texts(Context ctx) {
        AdminTexts texts = ctx.attribute(TEXTS);
        if (texts == null) {
            // The account's language when it chose one, else the browser's (as on the sign-in page).
            Optional<Language> preferred = security.optionalSession(ctx)
                    .map(session -> accounts.preferences(session.account()).language());
            texts = languages.texts(languages.choose(preferred, ctx.header(Header.ACCEPT_LANGUAGE)));
            ctx.attribute(TEXTS, texts);
        }
        return texts;
    }

    public AdminFrame frame(Context ctx, String title, String error) {
        return frame(ctx, title, error, assets.backOffice());
    }

    /** The frame of an edit page, which also links the Markdown editor its script sets up on the text's field. */
    AdminFrame editorFrame(Context ctx, String title, String error) {
        return frame(ctx, title, error, assets.editor());
    }

    private AdminFrame frame(Context ctx, String title, String error, AssetLinks links) {
        Session session = security.session(ctx);
        Account account = session.account();
        AdminTexts t = texts(ctx);
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(t.get("menu.dashboard"), "/admin");
        entries.put(t.get("menu.articles"), "/admin/articles");
        entries.put(t.get("menu.pages"), "/admin/pages");
        entries.put(t.get("menu.images"), "/admin/media");
        entries.put(t.get("menu.documents"), DocumentAdminRoutes.PATH);
        entries.put(t.get("menu.events"), EventAdminRoutes.BASE);
        entries.put(t.get("menu.trash"), "/admin/articles/trash");
        entries.putAll(plugins.menu(account, t.language()));
        if (proposals.decidesForNetwork(account)) {
            entries.put(t.get("menu.proposals"), ProposalRoutes.PATH);
        }
        if (account.role() == Role.NETWORK_ADMIN) {
            entries.put(t.get("menu.themes"), ThemeAdminRoutes.PATH);
            entries.put(t.get("menu.accounts"), "/admin/accounts");
            entries.put(t.get("menu.audit"), "/admin/audit");
        }
        entries.put(t.get("menu.me"), MyAccountRoutes.PATH);
        // The screen shown is the entry whose address is the longest start of its own: the trash, not the articles;
        // the trash of pages is the same entry as that of articles.
        String path = ctx.path().matches("/admin/\\w+/trash(/.*)?") ? "/admin/articles/trash" : ctx.path();
        String current = entries.values().stream().filter(url -> path.equals(url)
                        || !url.equals("/admin") && path.startsWith(url + "/"))
                .max(Comparator.comparingInt(String::length)).orElse(null);
        List<Link> menu = entries.entrySet().stream()
                .map(e -> Link.of(e.getKey(), e.getValue(), e.getValue().equals(current))).toList();
        return new AdminFrame(title, account.name(), t.role(account.role()), session.csrfToken(), menu,
                ctx.queryParam(NOTICE_PARAM), error, links, t.t(), t.language().code(),
                t.language().dir());
    }

    /**
     * The page of an error (its kind: 400, 403, 404...) of a back-office request, in the request's language, with
     * the way back to the first page; on its own, as the account may not be signed in.
     */
    public void error(Context ctx, String kind) {
        PageRenderer.answer(ctx, errorPage(texts(ctx), kind, assets.backOffice()));
    }

    /**
     * An error page for a visitor not signed in, in the browser's language, for answers made without a route. Kept a
     * few seconds, as such answers come in floods: long enough to render it once, short enough to show edited
     * strings and templates in development.
     */
    public byte[] error(String acceptLanguage, String kind) {
        AdminTexts t = languages.texts(languages.choose(Optional.empty(), acceptLanguage));
        AssetLinks links = assets.backOffice();
        return signedOutErrors.get(List.of(t.language().code(), kind, links),
                key -> errorPage(t, kind, links).getBytes(StandardCharsets.UTF_8));
    }

    private String errorPage(AdminTexts t, String kind, AssetLinks links) {
        return renderer.renderTemplate("core/admin/error.jte", new AdminErrorView(t.t(), t.language().code(),
                t.language().dir(), t.get("error." + kind + ".title"), t.get("error." + kind + ".message"), links));
    }

    /** Whether an address is the back office's. */
    public static boolean isBackOffice(String path) {
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    public void render(Context ctx, String template, Object view) {
        PageRenderer.answer(ctx, renderer.renderTemplate("core/admin/" + template + ".jte", view));
    }

}
