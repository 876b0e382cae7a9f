package org.makemothersmatter.core.admin;

import static org.makemothersmatter.core.admin.AdminForms.redirect;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.admin.view.BulkActions;
import org.makemothersmatter.core.admin.view.Choice;
import org.makemothersmatter.core.admin.view.ConfirmView;
import org.makemothersmatter.core.admin.view.ListedRow;
import org.makemothersmatter.core.admin.view.TrashView;
import org.makemothersmatter.core.editorial.Conflict;
import org.makemothersmatter.core.editorial.Editable;
import org.makemothersmatter.core.editorial.Editor;
import org.makemothersmatter.core.editorial.Status;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.web.view.Link;

/**
 * What the lists of articles and of pages do to several items at once (publish, back to draft, trash, restore),
 * and their trash: restored, or deleted for good once confirmed. Each ticked box carries the version its item was
 * listed at, so that an item changed since is left as it is and said so; the others are done.
 */
final class TrashAndBulkRoutes {

    /** The kinds that have a trash, for the links between them. */
    private static final List<String> KINDS = List.of("article", "page");
    /** More than this in one form is not a person ticking boxes. */
    private static final int MOST_TICKED = 1000;

    /** An item as a list showed it: acted on only if it is still at that version. */
    record Ticked(long id, int version) {

        /** What its box sends, and what {@link #ticked} reads back. */
        String value() {
            return id + ":" + version;
        }
    }

    /** An item of the trash as the confirmation of its deletion shows it. */
    record Item(long id, int version, String title, Language language, String site) {
    }

    /**
     * What a bulk action does, to the items it {@code applies} to; its strings are named after it:
     * {@code bulk.<name>} in the select, {@code bulk.<name>.done} after it was done.
     */
    private record Bulk(Predicate<Status> applies, EditorRoutes.ItemAction action) {
    }

    /** An item a bulk action left as it was because it no longer is as the list showed it. */
    private static final class AlreadySo extends RuntimeException {
        AlreadySo() {
            super(null, null, false, false);
        }
    }

    private final Editor<? extends Editable<?>, ?> editor;
    private final AdminPages pages;
    private final AdminSecurity security;
    private final Sites sites;
    private final String base;
    private final String kind;
    private final BiFunction<Account, PageRequest, Slice<Item>> trashed;
    private final Map<String, Bulk> actions;

    TrashAndBulkRoutes(Editor<? extends Editable<?>, ?> editor, AdminPages pages, AdminSecurity security, Sites sites,
                       String base, String kind, BiFunction<Account, PageRequest, Slice<Item>> trashed) {
        this.editor = editor;
        this.pages = pages;
        this.security = security;
        this.sites = sites;
        this.base = base;
        this.kind = kind;
        this.trashed = trashed;
        this.actions = Map.of(
                "publish", new Bulk(s -> s == Status.DRAFT || s == Status.SCHEDULED, editor::publish),
                "unpublish", new Bulk(s -> s == Status.PUBLISHED || s == Status.SCHEDULED, editor::unpublish),
                "trash", new Bulk(s -> s != Status.TRASHED, editor::trash),
                "restore", new Bulk(s -> s == Status.TRASHED, editor::restore));
    }

    /** To be registered before the routes of one item, so that "trash" is not taken for an id. */
    void register(RoutesConfig routes) {
        routes.get(base + "/trash", this::trash);
        routes.get(base + "/trash/empty", this::confirmEmptying);
        routes.post(base + "/bulk", this::bulk);
        routes.post(base + "/delete", this::delete);
    }

    /** The form around a list: the actions the account may take on the ticked rows, then back to the list. */
    BulkActions actions(AdminTexts t, Account account, String back, List<String> names) {
        if (account.role() == Role.TRANSLATOR) {
            return new BulkActions(base + "/bulk", back, List.of());
        }
        return new BulkActions(base + "/bulk", back,
                names.stream().map(name -> new Choice(name, t.get("bulk." + name), false)).toList());
    }

    /** The actions of a list of items that are not in the trash. */
    BulkActions listActions(AdminTexts t, Account account, String back) {
        return actions(t, account, back, List.of("publish", "unpublish", "trash"));
    }

    /** The value of an item's box, or null where the account may not tick it. */
    static String tick(Account account, long id, int version) {
        return account.role() == Role.TRANSLATOR ? null : new Ticked(id, version).value();
    }

    private void trash(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        int page = AdminPaging.page(ctx);
        Slice<Item> slice = trashed.apply(account, new PageRequest(page, EditorRoutes.PAGE_SIZE));
        var languages = editor.languages(slice.items().stream().map(Item::id).toList());
        List<ListedRow> rows = slice.items().stream().map(item -> new ListedRow(base + "/" + item.id(), item.title(),
                item.language().code(), sites.name(item.site()), EditorRoutes.languageColumn(t, languages, item.id()),
                tick(account, item.id(), item.version()))).toList();
        List<Link> kinds = KINDS.stream().map(k -> Link.of(t.get("menu." + k + "s"), "/admin/" + k + "s/trash",
                k.equals(kind))).toList();
        boolean mayEmpty = slice.total() > 0 && account.role() != Role.TRANSLATOR;
        pages.render(ctx, "trash", new TrashView(pages.frame(ctx, t.get("menu.trash"), null), kinds, rows,
                t.format("trash.total", t.count(kind, slice.total())),
                AdminPaging.pagination(t, base + "/trash?", page, slice.total(), EditorRoutes.PAGE_SIZE),
                actions(t, account, base + "/trash", List.of("restore", "delete")),
                mayEmpty ? base + "/trash/empty" : null));
    }

    private void bulk(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        List<Ticked> ticked = ticked(ctx);
        String back = back(ctx);
        String name = String.valueOf(ctx.formParam("action"));
        if (name.equals("delete")) {
            List<Item> inTrash = new ArrayList<>();
            for (Ticked box : ticked) {
                Editable<?> item = editor.read(account, box.id());
                if (item.status() == Status.TRASHED) {
                    inTrash.add(new Item(item.id(), box.version(), item.original().title(), item.originalLanguage(),
                            item.site()));
                }
            }
            confirm(ctx, account, inTrash);
            return;
        }
        Bulk bulk = actions.get(name);
        if (bulk == null) {
            throw new BadRequestResponse("Unknown action '" + name + "'");
        }
        String outcome = each(t, ticked, item -> {
            if (!bulk.applies().test(editor.read(account, item.id()).status())) {
                throw new AlreadySo();
            }
            bulk.action().run(account, item.id(), item.version());
        });
        redirect(ctx, back, t.format("bulk." + name + ".done", outcome));
    }

    private void confirmEmptying(Context ctx) {
        Account account = security.account(ctx);
        if (account.role() == Role.TRANSLATOR) {
            throw new AccessDenied("A translator cannot delete " + kind + "s.");
        }
        confirm(ctx, account, trashed.apply(account, new PageRequest(1, MOST_TICKED)).items());
    }

    /** Asks to confirm the deletion of these items of the trash; with none, back to the trash. */
    private void confirm(Context ctx, Account account, List<Item> items) {
        AdminTexts t = pages.texts(ctx);
        if (items.isEmpty()) {
            redirect(ctx, base + "/trash", t.get("bulk.nothingTicked"));
            return;
        }
        String count = t.count(kind, items.size());
        pages.render(ctx, "confirm", new ConfirmView(pages.frame(ctx, t.get("confirm.title"), null),
                t.format("confirm.message", count),
                items.stream().map(i -> new ConfirmView.Item(i.title(), i.language().code(), sites.name(i.site())))
                        .toList(),
                base + "/delete", items.stream().map(i -> new Ticked(i.id(), i.version()).value()).toList(),
                t.format("confirm.button", count), Link.of(t.get("confirm.keep"), base + "/trash", false)));
    }

    private void delete(Context ctx) {
        Account account = security.account(ctx);
        AdminTexts t = pages.texts(ctx);
        String outcome = each(t, ticked(ctx), item -> editor.deleteForever(account, item.id(), item.version()));
        redirect(ctx, base + "/trash", t.format("bulk.delete.done", outcome));
    }

    /**
     * Does {@code action} to each, and says how many were done and why the others were not: the reasons the
     * back office knows in the reader's language, the editor's own refusals as it words them.
     */
    private String each(AdminTexts t, List<Ticked> ticked, Consumer<Ticked> action) {
        int done = 0;
        Set<String> reasons = new LinkedHashSet<>();
        for (Ticked item : ticked) {
            try {
                action.accept(item);
                done++;
            } catch (AlreadySo e) {
                reasons.add(t.get("bulk.reason.already"));
            } catch (Conflict e) {
                reasons.add(t.get("bulk.reason.changed"));
            } catch (Editor.NotFound e) {
                reasons.add(t.get("bulk.reason.gone"));
            } catch (AccessDenied e) {
                reasons.add(t.get("bulk.reason.denied"));
            } catch (IllegalArgumentException e) {
                reasons.add(t.reason(e));
            }
        }
        String outcome = t.count(kind, done);
        int left = ticked.size() - done;
        return left == 0 ? t.format("bulk.outcome", outcome)
                : t.format("bulk.outcome.left", outcome, left, String.join(" ", reasons));
    }

    /** The boxes ticked; one that is not "id:version" is a bad request. */
    private static List<Ticked> ticked(Context ctx) {
        List<String> values = ctx.formParams("item");
        if (values.size() > MOST_TICKED) {
            throw new BadRequestResponse("Too many items at once.");
        }
        return values.stream().map(value -> {
            String[] parts = value.split(":", -1);
            try {
                if (parts.length == 2) {
                    return new Ticked(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new BadRequestResponse("Unknown item '" + value + "'");
        }).toList();
    }

    /** The list the form came from, one of this kind's: never another address. */
    private String back(Context ctx) {
        String back = ctx.formParam("back");
        return back != null && (back.equals(base) || back.startsWith(base + "?") || back.startsWith(base + "/trash"))
                && !back.contains("//") && !back.contains("\\") ? back : base;
    }
}
