package org.makemothersmatter.core.admin;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.admin.view.ArticleEditView;
import org.makemothersmatter.core.admin.view.ArticleListView;
import org.makemothersmatter.core.admin.view.ArticleNewView;
import org.makemothersmatter.core.admin.view.Choice;
import org.makemothersmatter.core.admin.view.RevisionsView;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.editorial.ArticleEditor.Draft;
import org.makemothersmatter.core.editorial.ArticleStatus;
import org.makemothersmatter.core.editorial.Conflict;
import org.makemothersmatter.core.editorial.EditableArticle;
import org.makemothersmatter.core.editorial.Revision;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SiteRequest;
import org.makemothersmatter.core.plugin.Sites;
import org.makemothersmatter.core.web.routes.NewsRoutes;
import org.makemothersmatter.core.web.view.Link;

/** Articles in the back office: the list, writing, translating, publishing, revisions and preview. */
public final class ArticleAdminRoutes {

    private static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ArticleEditor.ZONE);
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ArticleEditor editor;
    private final AdminSecurity security;
    private final AdminPages pages;
    private final Sites sites;
    private final NewsRoutes news;

    @Inject
    public ArticleAdminRoutes(ArticleEditor editor, AdminSecurity security, AdminPages pages, Sites sites,
                              NewsRoutes news) {
        this.editor = editor;
        this.security = security;
        this.pages = pages;
        this.sites = sites;
        this.news = news;
    }

    void register(RoutesConfig routes) {
        routes.get("/admin/articles", this::list);
        routes.get("/admin/articles/new", this::newForm);
        routes.post("/admin/articles", this::create);
        routes.get("/admin/articles/{id}", this::edit);
        routes.post("/admin/articles/{id}/text/{language}", this::saveText);
        routes.post("/admin/articles/{id}/settings", this::saveSettings);
        routes.post("/admin/articles/{id}/publish", ctx -> status(ctx, "Published.",
                (account, id) -> editor.publishNow(account, id, version(ctx))));
        routes.post("/admin/articles/{id}/schedule", ctx -> status(ctx, "Scheduled.",
                (account, id) -> editor.schedule(account, id, version(ctx), scheduledAt(ctx))));
        routes.post("/admin/articles/{id}/unpublish", ctx -> status(ctx, "Back to draft: no longer public.",
                (account, id) -> editor.unpublish(account, id, version(ctx))));
        routes.post("/admin/articles/{id}/trash", ctx -> status(ctx, "Moved to the trash.",
                (account, id) -> editor.trash(account, id, version(ctx))));
        routes.post("/admin/articles/{id}/restore", ctx -> status(ctx, "Restored from the trash, as a draft.",
                (account, id) -> editor.restore(account, id, version(ctx))));
        routes.get("/admin/articles/{id}/preview/{language}", this::preview);
        routes.get("/admin/articles/{id}/revisions", this::revisions);
        routes.post("/admin/articles/{id}/revisions/{revision}/restore", this::restoreRevision);
    }

    private void list(Context ctx) {
        Account account = security.account(ctx);
        String site = option(ctx, "site", sites.plugins().stream().map(p -> p.site().code()).toList());
        String section = option(ctx, "section", Arrays.stream(Section.values()).map(Section::code).toList());
        String status = option(ctx, "status", Arrays.stream(ArticleStatus.values()).map(ArticleStatus::code).toList());
        List<String> languageCodes = sites.plugins().stream().flatMap(p -> p.site().languages().stream())
                .map(Language::code).distinct().sorted().toList();
        String language = option(ctx, "language", languageCodes);
        String missing = option(ctx, "missing", languageCodes);
        int page = AdminPaging.page(ctx);
        var slice = editor.list(account, new ArticleEditor.Filter(site, section, status, language, missing),
                new PageRequest(page, PAGE_SIZE));
        Map<Long, List<Language>> languages = editor.languages(slice.items().stream().map(a -> a.id()).toList());
        List<ArticleListView.Row> rows = slice.items().stream().map(a -> new ArticleListView.Row(
                "/admin/articles/" + a.id(), a.title(), a.originalLanguage().code(), a.site(), a.section().code(),
                a.status() + (a.publishAt() != null && a.status().equals("scheduled")
                        ? " for " + MINUTE.format(a.publishAt()) : ""),
                a.publishedOn().toString(), DAY.format(a.publishedOn()),
                languages.getOrDefault(a.id(), List.of()).stream().map(Language::code).collect(Collectors.joining(", "))))
                .toList();
        String query = Stream.of(new String[][] {{"site", site}, {"section", section}, {"status", status},
                        {"language", language}, {"missing", missing}})
                .filter(p -> p[1] != null).map(p -> p[0] + "=" + p[1] + "&").collect(Collectors.joining());
        List<String> mySites = sites.plugins().stream().map(p -> p.site().code()).filter(account::worksOn).toList();
        pages.render(ctx, "articles", new ArticleListView(pages.frame(ctx, "Articles", null),
                choices(mySites, site, "all my sites"),
                choices(Arrays.stream(Section.values()).map(Section::code).toList(), section, "any"),
                choices(Arrays.stream(ArticleStatus.values()).map(ArticleStatus::code).toList(), status, "any but trashed"),
                choices(languageCodes, language, "any"), choices(languageCodes, missing, "none"), rows,
                slice.total() + (slice.total() == 1 ? " article" : " articles"),
                AdminPaging.pagination("/admin/articles?" + query, page, slice.total(), PAGE_SIZE),
                "/admin/articles/new" + (site == null ? "" : "?site=" + site)));
    }

    private void newForm(Context ctx) {
        showNew(ctx, ctx.queryParam("site"), null, null, null, new Draft("", "", "", ""), false);
    }

    private void create(Context ctx) {
        Account account = security.account(ctx);
        Draft draft = draft(ctx);
        String site = ctx.formParam("site");
        try {
            Section section = Section.find(String.valueOf(ctx.formParam("section")))
                    .orElseThrow(() -> new IllegalArgumentException("Choose a section."));
            Language language = Language.find(ctx.formParam("language"))
                    .orElseThrow(() -> new IllegalArgumentException("Choose a language."));
            long id = editor.create(account, String.valueOf(site), section, language,
                    "true".equals(ctx.formParam("network")), draft);
            redirect(ctx, "/admin/articles/" + id + "?lang=" + language.code(), "Draft saved.");
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showNew(ctx, site, ctx.formParam("section"), ctx.formParam("language"), e.getMessage(), draft,
                    "true".equals(ctx.formParam("network")));
        }
    }

    private void showNew(Context ctx, String site, String section, String language, String error, Draft draft,
                         boolean network) {
        Account account = security.account(ctx);
        if (account.role() == Role.TRANSLATOR) {
            throw new AccessDenied("A translator cannot create articles.");
        }
        List<Site> mine = sites.plugins().stream().map(p -> p.site()).filter(s -> account.worksOn(s.code())).toList();
        List<String> codes = mine.stream().map(Site::code).toList();
        List<String> languages = mine.stream().flatMap(s -> s.languages().stream()).map(Language::code).distinct().toList();
        pages.render(ctx, "article-new", new ArticleNewView(pages.frame(ctx, "New article", error),
                choices(codes, site, null), choices(Arrays.stream(Section.values()).map(Section::code).toList(), section, null),
                choices(languages, language, null), draft.title(), draft.excerpt(), draft.body(), network));
    }

    private void edit(Context ctx) {
        Account account = security.account(ctx);
        EditableArticle article = editor.read(account, id(ctx));
        Language language = language(ctx.queryParam("lang"), article);
        showEdit(ctx, account, article, language, null, null);
    }

    private void saveText(Context ctx) {
        Account account = security.account(ctx);
        long id = id(ctx);
        Language language = Language.find(ctx.pathParam("language")).orElseThrow(NotFoundResponse::new);
        Draft draft = draft(ctx);
        try {
            editor.saveText(account, id, language, version(ctx), draft);
            redirect(ctx, "/admin/articles/" + id + "?lang=" + language.code(), "Text saved.");
        } catch (Conflict e) {
            ctx.status(HttpStatus.CONFLICT);
            showEdit(ctx, account, editor.read(account, id), language, e.getMessage(), draft);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showEdit(ctx, account, editor.read(account, id), language, e.getMessage(), draft);
        }
    }

    private void saveSettings(Context ctx) {
        status(ctx, "Settings saved.", (account, id) -> {
            Section section = Section.find(String.valueOf(ctx.formParam("section")))
                    .orElseThrow(() -> new IllegalArgumentException("Choose a section."));
            LocalDate date;
            try {
                date = LocalDate.parse(String.valueOf(ctx.formParam("date")));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("The date must be a day, such as 2024-05-30.");
            }
            editor.saveSettings(account, id, version(ctx), section, date, "true".equals(ctx.formParam("network")));
        });
    }

    private interface Action {
        void run(Account account, long id);
    }

    /** Runs a change of the whole article, then shows it again with what happened. */
    private void status(Context ctx, String done, Action action) {
        Account account = security.account(ctx);
        long id = id(ctx);
        try {
            action.run(account, id);
            redirect(ctx, "/admin/articles/" + id, done);
        } catch (Conflict e) {
            ctx.status(HttpStatus.CONFLICT);
            EditableArticle article = editor.read(account, id);
            showEdit(ctx, account, article, article.originalLanguage(), e.getMessage(), null);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            EditableArticle article = editor.read(account, id);
            showEdit(ctx, account, article, article.originalLanguage(), e.getMessage(), null);
        }
    }

    private void showEdit(Context ctx, Account account, EditableArticle article, Language language, String error,
                          Draft typed) {
        Site site = sites.find(article.site()).orElseThrow();
        String base = "/admin/articles/" + article.id();
        boolean canManage = account.role() != Role.TRANSLATOR;
        var stored = article.text(language);
        Draft shown = typed != null ? typed : stored.map(t -> new Draft(t.title(), t.slug(), t.excerpt(), t.bodyMarkdown()))
                .orElse(new Draft("", "", "", ""));
        var text = new ArticleEditView.Text(language.code(), name(language), language.dir(),
                stored.map(EditableArticle.Text::version).orElse(0), shown.title(), shown.slug(), shown.excerpt(),
                shown.body(), language.equals(article.originalLanguage()),
                account.role() != Role.TRANSLATOR || !language.equals(article.originalLanguage()));
        Language besideLanguage = Language.find(ctx.queryParam("beside")).orElse(
                language.equals(article.originalLanguage()) ? null : article.originalLanguage());
        ArticleEditView.Beside beside = besideLanguage == null || besideLanguage.equals(language) ? null
                : article.text(besideLanguage).map(t -> new ArticleEditView.Beside(t.language().code(),
                name(t.language()), t.language().dir(), t.title(), t.excerpt(), t.bodyHtml())).orElse(null);
        List<Link> languages = site.languages().stream().map(l -> Link.of(name(l)
                        + (article.text(l).isPresent() ? "" : " (to translate)"), base + "?lang=" + l.code(), l.equals(language)))
                .toList();
        List<Link> besideChoices = article.texts().stream().map(EditableArticle.Text::language)
                .filter(l -> !l.equals(language))
                .map(l -> Link.of(name(l), base + "?lang=" + language.code() + "&beside=" + l.code(), false)).toList();
        String statusNote = article.status() == ArticleStatus.SCHEDULED && article.publishAt() != null
                ? "for " + MINUTE.format(article.publishAt()) + " (Brussels time)" : "";
        String title = article.text(language).or(() -> article.text(article.originalLanguage()))
                .map(EditableArticle.Text::title).orElse("Article " + article.id());
        var view = new ArticleEditView(pages.frame(ctx, title, error), base, site.name(), article.status().code(),
                statusNote, article.version(), canManage,
                choices(Arrays.stream(Section.values()).filter(s -> site.network() != (s == Section.NATIONAL))
                        .map(Section::code).toList(), article.section().code(), null),
                article.publishedOn().toString(), article.onNetwork(), !site.network(),
                LocalDateTime.now(ArticleEditor.ZONE).plusDays(1).withHour(9).withMinute(0).format(LOCAL_INPUT),
                article.status() == ArticleStatus.TRASHED, languages, besideChoices, text, beside,
                base + "/preview/" + language.code(),
                article.status() == ArticleStatus.PUBLISHED ? site.url(site.publishesIn(language) ? language
                        : site.defaultLanguage(), "/news/" + article.in(language).slug()) : null,
                base + "/revisions");
        pages.render(ctx, "article-edit", view);
    }

    private void preview(Context ctx) {
        Account account = security.account(ctx);
        EditableArticle article = editor.read(account, id(ctx));
        Site site = sites.find(article.site()).orElseThrow();
        Language language = Language.find(ctx.pathParam("language")).filter(site::publishesIn)
                .orElseThrow(NotFoundResponse::new);
        news.render(ctx, new SiteRequest(site, language), article.asArticle(), false);
    }

    private void revisions(Context ctx) {
        Account account = security.account(ctx);
        long id = id(ctx);
        List<Revision> revisions = editor.revisions(account, id);
        Map<Long, Revision> previous = new HashMap<>();
        Map<Language, Revision> newer = new HashMap<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            Revision revision = revisions.get(i);
            previous.put(revision.id(), newer.get(revision.language()));
            newer.put(revision.language(), revision);
        }
        List<RevisionsView.Row> rows = revisions.stream().map(r -> new RevisionsView.Row(
                "/admin/articles/" + id + "/revisions/" + r.id() + "/restore", r.language().code(), r.savedByName(),
                r.savedAt().truncatedTo(ChronoUnit.SECONDS).toString(), MINUTE.format(r.savedAt()), r.title(),
                diff(previous.get(r.id()), r))).toList();
        pages.render(ctx, "revisions", new RevisionsView(pages.frame(ctx, "Revisions", null),
                "/admin/articles/" + id, rows));
    }

    private void restoreRevision(Context ctx) {
        Account account = security.account(ctx);
        long id = id(ctx);
        long revision = parseId(ctx.pathParam("revision"));
        try {
            editor.restoreRevision(account, id, revision);
            redirect(ctx, "/admin/articles/" + id + "/revisions", "Revision restored.");
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    /** What a revision changed from the one before it in the same language, as a unified diff. */
    private static String diff(Revision before, Revision after) {
        List<String> old = before == null ? List.of() : lines(before);
        List<String> now = lines(after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("before", "after", old, DiffUtils.diff(old, now), 1);
        return diff.isEmpty() ? "(no change)" : String.join("\n", diff.subList(Math.min(2, diff.size()), diff.size()));
    }

    private static List<String> lines(Revision r) {
        List<String> lines = new ArrayList<>(List.of("title: " + r.title(), "slug: " + r.slug(), "excerpt: " + r.excerpt(), ""));
        lines.addAll(Arrays.asList(r.bodyMarkdown().split("\n", -1)));
        return lines;
    }

    private static Draft draft(Context ctx) {
        return new Draft(ctx.formParam("title"), ctx.formParam("slug"), ctx.formParam("excerpt"), ctx.formParam("body"));
    }

    private static long id(Context ctx) {
        return parseId(ctx.pathParam("id"));
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
    }

    private static int version(Context ctx) {
        try {
            return Integer.parseInt(String.valueOf(ctx.formParam("version")));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("The form lacks the version it was read at.");
        }
    }

    private static java.time.Instant scheduledAt(Context ctx) {
        try {
            return LocalDateTime.parse(String.valueOf(ctx.formParam("at"))).atZone(ArticleEditor.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The time must be a date and a time, such as 2026-12-01T09:00.");
        }
    }

    private static Language language(String code, EditableArticle article) {
        return Language.find(code).orElse(article.originalLanguage());
    }

    /** A filter value from the query: absent or empty means any; an unknown value is a bad request. */
    private static String option(Context ctx, String name, List<String> allowed) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new BadRequestResponse("Unknown " + name + " '" + value + "'");
        }
        return value;
    }

    private static List<Choice> choices(List<String> values, String selected, String anyLabel) {
        List<Choice> choices = new ArrayList<>();
        if (anyLabel != null) {
            choices.add(new Choice("", anyLabel, selected == null));
        }
        values.forEach(v -> choices.add(new Choice(v, v, v.equals(selected))));
        return choices;
    }

    private static String name(Language language) {
        return language.locale().getDisplayLanguage(Locale.UK);
    }

    private static void redirect(Context ctx, String url, String done) {
        ctx.redirect(url + (url.contains("?") ? "&" : "?") + AdminPages.NOTICE_PARAM + "="
                + URLEncoder.encode(done, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }
}
