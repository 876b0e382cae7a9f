package org.makemothersmatter.core.admin;

import static org.makemothersmatter.core.admin.AdminForms.attempt;
import static org.makemothersmatter.core.admin.AdminForms.choices;
import static org.makemothersmatter.core.admin.AdminForms.option;
import static org.makemothersmatter.core.admin.AdminForms.version;
import static org.makemothersmatter.core.admin.AdminForms.withQuery;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.admin.view.AdminFrame;
import org.makemothersmatter.core.admin.view.ArticleEditView;
import org.makemothersmatter.core.admin.view.ArticleListView;
import org.makemothersmatter.core.admin.view.ArticleNewView;
import org.makemothersmatter.core.admin.view.Choice;
import org.makemothersmatter.core.admin.view.EditorView;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.editorial.Draft;
import org.makemothersmatter.core.editorial.EditableArticle;
import org.makemothersmatter.core.editorial.Status;
import org.makemothersmatter.core.media.Images;
import org.makemothersmatter.core.model.FeaturedImage;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.proposals.NetworkProposals;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.themes.Themes;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.routes.NewsRoutes;
import org.makemothersmatter.core.web.view.Picture;

/**
 * Articles in the back office: the list, writing, and what is an article's own (its section, date, sharing and
 * featured image, scheduling); the rest, as for pages, in {@link EditorRoutes}.
 */
public final class ArticleAdminRoutes extends EditorRoutes<EditableArticle> {

    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final List<String> SECTIONS = Arrays.stream(Section.values()).map(Section::code).toList();
    private static final List<String> STATUSES = Arrays.stream(Status.values()).map(Status::code).toList();
    /** The orders of the list besides the newest first, each named by its {@code sort.<value>} string. */
    private static final List<String> SORTS = List.of("oldest", "title");

    private final ArticleEditor editor;
    private final NewsRoutes news;
    private final Images images;
    private final NetworkProposals proposals;

    @Inject
    public ArticleAdminRoutes(ArticleEditor editor, AdminSecurity security, AdminPages pages, Sites sites,
                              Themes themes, NewsRoutes news, Images images, NetworkProposals proposals) {
        super(editor, security, pages, sites, themes, "article", "/news/", true);
        this.editor = editor;
        this.news = news;
        this.images = images;
        this.proposals = proposals;
    }

    void register(RoutesConfig routes) {
        routes.get(base, this::list);
        routes.get(base + "/new", ctx -> showNew(ctx, ctx.queryParam("site"), null, null, null,
                new Draft("", "", "", ""), false));
        routes.post(base, this::create);
        routes.post(base + "/{id}/settings", this::saveSettings);
        routes.post(base + "/{id}/schedule", ctx -> change(ctx, "edit.done.scheduled",
                (account, id) -> editor.schedule(account, id, version(ctx), scheduledAt(ctx, pages.texts(ctx)))));
        registerEditing(routes);
    }

    private void list(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        String section = option(ctx, "section", SECTIONS);
        String sort = option(ctx, "sort", SORTS);
        Filters filters = filters(ctx, STATUSES);
        var slice = editor.list(account, new ArticleEditor.Filter(filters.site(), section, filters.status(),
                filters.language(), filters.missing(), filters.q(), sort), new PageRequest(filters.page(), PAGE_SIZE));
        Map<Long, List<Language>> languages = editor.languages(slice.items().stream().map(a -> a.id()).toList());
        List<ArticleListView.Row> rows = slice.items().stream().map(a -> new ArticleListView.Row(
                base + "/" + a.id(), a.title(), a.originalLanguage().code(), sites.name(a.site()),
                t.section(a.section().code()), a.publishAt() != null && a.status().equals(Status.SCHEDULED.code())
                        ? t.format("status.scheduledFor", t.minute(a.publishAt())) : t.status(a.status()),
                a.publishedOn().toString(), t.day(a.publishedOn()), languageColumn(t, languages, a.id()),
                TrashAndBulkRoutes.tick(account, a.id(), a.version()))).toList();
        String url = withQuery(base, "q", filters.q(), "site", filters.site(), "section", section, "sort", sort,
                "status", filters.status(), "language", filters.language(), "missing", filters.missing());
        pages.render(ctx, "articles", new ArticleListView(pages.frame(ctx, t.get("menu.articles"), null),
                shown(t, account, filters), choices(SECTIONS, section, t.get("filter.anySection"), t::section),
                choices(SORTS, sort, t.get("sort.newest"), value -> t.get("sort." + value)), rows,
                count(t, slice.total()), AdminPaging.pagination(t, url, filters.page(), slice.total(), PAGE_SIZE),
                newUrl(filters.site()), lists.listActions(t, account, back(url, filters.page()))));
    }

    @Override
    Slice<TrashAndBulkRoutes.Item> trashed(Account account, PageRequest page) {
        var slice = editor.list(account, new ArticleEditor.Filter(null, null, Status.TRASHED.code(), null, null, null,
                null), page);
        return new Slice<>(slice.items().stream().map(a -> new TrashAndBulkRoutes.Item(a.id(), a.version(), a.title(),
                a.originalLanguage(), a.site())).toList(), page, slice.total());
    }

    private void create(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        Draft draft = draft(ctx);
        String site = ctx.formParam("site");
        boolean network = "true".equals(ctx.formParam("network"));
        attempt(t, ctx, () -> {
            Section section = Section.find(String.valueOf(ctx.formParam("section")))
                    .orElseThrow(() -> new IllegalArgumentException(t.get("new.chooseSection")));
            Language language = Language.find(ctx.formParam("language"))
                    .orElseThrow(() -> new IllegalArgumentException(t.get("new.chooseLanguage")));
            long id = editor.create(account, String.valueOf(site), section, language, network, draft);
            return base + "/" + id + "?lang=" + language.code();
        }, t.get("new.saved"), error -> showNew(ctx, site, ctx.formParam("section"), ctx.formParam("language"), error,
                draft, network));
    }

    /**
     * The form to start an article. Unless one was chosen, the section offered first is one the site offered first
     * allows: an association's editor, whose sites take national articles only, starts one that can be saved.
     */
    private void showNew(Context ctx, String site, String section, String language, String error, Draft draft,
                         boolean network) {
        AdminTexts t = pages.texts(ctx);
        List<Site> mine = sitesToStartOn(security.account(ctx));
        String shownSection = section != null || mine.isEmpty() ? section : sectionsOf(mine.stream()
                .filter(s -> s.code().equals(site)).findFirst().orElse(mine.get(0))).get(0);
        pages.render(ctx, "article-new", new ArticleNewView(pages.frame(ctx, t.get("new.article"), error),
                siteChoices(mine, site), choices(SECTIONS, shownSection, null, t::section),
                languageChoices(t, mine, language), draft.title(), draft.excerpt(), draft.body(), network,
                t.get(proposals.decidesForNetwork(security.account(ctx)) ? "new.network" : "new.network.propose")));
    }

    private void saveSettings(Context ctx) {
        AdminTexts t = pages.texts(ctx);
        change(ctx, "edit.done.settings", (account, id) -> editor.saveSettings(account, id, version(ctx),
                section(ctx, t), date(ctx, t), "true".equals(ctx.formParam("network")),
                image(ctx, t, editor.read(account, id)), themes(ctx, t, id)));
    }

    /** The themes ticked; the article's own when the form shows none. */
    private List<Long> themes(Context ctx, AdminTexts t, long id) {
        return themesTyped(ctx, t).orElseGet(() -> List.copyOf(themes.ofArticle(id)));
    }

    /**
     * The section, date, sharing, featured image and themes the edit form carries, saved with its text when they
     * changed.
     */
    @Override
    SettingsSave settings(Context ctx, EditableArticle article) {
        if (ctx.formParam("section") == null) {
            return super.settings(ctx, article);
        }
        AdminTexts t = pages.texts(ctx);
        Section section = section(ctx, t);
        LocalDate date = date(ctx, t);
        Site site = sites.find(article.site()).orElseThrow();
        boolean network = site.network() || "true".equals(ctx.formParam("network"));
        Long image = image(ctx, t, article);
        editor.requireImage(site, image);
        List<Long> chosen = themes(ctx, t, article.id());
        if (section == article.section() && date.equals(article.publishedOn()) && network == asked(article, proposalOf(article))
                && Objects.equals(image, imageId(article)) && sameThemes(chosen, themes.ofArticle(article.id()))) {
            return super.settings(ctx, article);
        }
        return (account, id, version) -> editor.saveSettings(account, id, version, section, date, network, image,
                chosen);
    }

    /** The featured image chosen: none for the empty choice, the article's own when the form does not say. */
    private static Long image(Context ctx, AdminTexts t, EditableArticle article) {
        String chosen = ctx.formParam("image");
        if (chosen == null) {
            return imageId(article);
        }
        if (chosen.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(chosen);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(t.get("edit.refused.image"));
        }
    }

    private static Long imageId(EditableArticle article) {
        return article.image() == null ? null : article.image().id();
    }

    @Override
    Map<String, Step> steps() {
        Map<String, Step> steps = new HashMap<>(super.steps());
        steps.put("schedule", new Step("edit.done.schedule", ctx -> {
            Instant at = scheduledAt(ctx, pages.texts(ctx));
            editor.requireFuture(at);
            return (account, id, version) -> editor.schedule(account, id, version, at);
        }));
        return steps;
    }

    private static Section section(Context ctx, AdminTexts t) {
        return Section.find(String.valueOf(ctx.formParam("section")))
                .orElseThrow(() -> new IllegalArgumentException(t.get("new.chooseSection")));
    }

    private static LocalDate date(Context ctx, AdminTexts t) {
        try {
            return LocalDate.parse(String.valueOf(ctx.formParam("date")));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(t.get("edit.refused.date"));
        }
    }

    /** The edit page; shown again after a refused form, with the settings as typed, as its text is. */
    @Override
    void render(Context ctx, AdminFrame frame, EditorView common, EditableArticle article, Site site) {
        AdminTexts t = pages.texts(ctx);
        boolean typed = ctx.formParam("section") != null;
        String image = typed ? ctx.formParam("image") : imageId(article) == null ? "" : imageId(article).toString();
        FeaturedImage featured = article.image();
        int shownWidth = featured == null ? 0 : Images.variantWidth(featured.width(), Images.CARD_WIDTH);
        Optional<String> proposal = proposalOf(article);
        pages.render(ctx, "article-edit", new ArticleEditView(frame, common,
                choices(sectionsOf(site), typed ? ctx.formParam("section") : article.section().code(), null,
                        t::section),
                typed ? ctx.formParam("date") : article.publishedOn().toString(),
                typed ? "true".equals(ctx.formParam("network")) : asked(article, proposal), !site.network(),
                t.get(proposals.decidesForNetwork(security.account(ctx)) ? "edit.network" : "edit.network.propose"),
                networkNote(t, article, proposal),
                Stream.concat(Stream.of(new Choice("", t.get("edit.image.none"), image == null || image.isEmpty())),
                        images.ofSite(site.code()).stream().map(i -> new Choice(String.valueOf(i.id()),
                                t.format("edit.image.choice", i.altText(), String.valueOf(i.id())),
                                String.valueOf(i.id()).equals(image))))
                        .toList(),
                featured == null ? null : new Picture("/media/" + featured.id() + "/" + shownWidth, featured.alt(),
                        shownWidth, featured.heightAt(shownWidth)),
                themeChoices(ctx, t, themes.ofArticle(article.id())),
                typed && ctx.formParam("at") != null ? ctx.formParam("at")
                        : LocalDateTime.now(ArticleEditor.ZONE).plusDays(1).withHour(9).withMinute(0).format(LOCAL_INPUT)));
    }

    /** Where the article's proposal to the network stands; none is asked for an article the network lists. */
    private Optional<String> proposalOf(EditableArticle article) {
        return article.onNetwork() ? Optional.empty() : proposals.proposal(article.id());
    }

    /** Whether the article is in the network's news or waits to be: what its checkbox shows. */
    private static boolean asked(EditableArticle article, Optional<String> proposal) {
        return article.onNetwork() || proposal.filter("proposed"::equals).isPresent();
    }

    /** Where the network's answer stands, for an association's article. */
    private static String networkNote(AdminTexts t, EditableArticle article, Optional<String> proposal) {
        return article.onNetwork() ? t.get("edit.network.listed")
                : proposal.map(status -> t.get("edit.network." + status)).orElse(null);
    }

    /** The sections a site's articles may be in: the national one for an association, the others for the network. */
    private static List<String> sectionsOf(Site site) {
        return Arrays.stream(Section.values()).filter(s -> site.network() != (s == Section.NATIONAL))
                .map(Section::code).toList();
    }

    @Override
    String statusNote(AdminTexts t, EditableArticle article) {
        return article.status() == Status.SCHEDULED && article.publishAt() != null
                ? t.format("edit.scheduledFor", t.minute(article.publishAt())) : "";
    }

    @Override
    void preview(Context ctx, SiteRequest request, EditableArticle article) {
        news.render(ctx, request, article.asArticle(), false);
    }

    private static Instant scheduledAt(Context ctx, AdminTexts t) {
        try {
            return LocalDateTime.parse(String.valueOf(ctx.formParam("at"))).atZone(ArticleEditor.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(t.get("edit.refused.time"));
        }
    }
}
