package org.makemothersmatter.core.admin;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.admin.view.AdminFrame;
import org.makemothersmatter.core.admin.view.RecordListView;
import org.makemothersmatter.core.admin.view.RecordView;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.plugin.RecordPages.Column;
import org.makemothersmatter.core.plugin.RecordPages;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.web.ClientAddresses;
import org.makemothersmatter.core.web.Messages;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.view.Link;

/**
 * The pages core gives a plugin's records (see {@link RecordPages}). They are registered as the plugin's own
 * back-office pages, so that they are guarded as those are: only the site's editors and the network's
 * administrators reach them, and no form is taken without the session's CSRF token.
 */
final class RecordAdminPages {

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final PageRenderer renderer;
    private final Messages messages;
    private final ContentEvents events;
    private final ClientAddresses clients;

    @Inject
    RecordAdminPages(AuditLog audit, PageRenderer renderer, Messages messages, ContentEvents events,
                     ClientAddresses clients) {
        this.audit = audit;
        this.renderer = renderer;
        this.messages = messages;
        this.events = events;
        this.clients = clients;
    }

    <R> void register(PluginAdminRoutes.Registrar routes, String path, String labelKey, RecordPages<R> records) {
        Pages<R> pages = new Pages<>(path, labelKey, records);
        routes.page(path, labelKey, pages::list);
        routes.get(path + ".csv", pages::export);
        routes.get(path + "/{id}", pages::show);
        routes.get(path + "/{id}/delete", pages::confirm);
        routes.post(path + "/{id}/delete", pages::delete);
    }

    /** The pages of one plugin's records, at {@code path}. */
    private final class Pages<R> {

        private final String path;
        /** The plugin's string that names the records, as the menu does. */
        private final String labelKey;
        private final RecordPages<R> records;
        /** What the audit log names their actions after: consultation for /consultation. */
        private final String action;

        Pages(String path, String labelKey, RecordPages<R> records) {
            this.path = path;
            this.labelKey = labelKey;
            this.records = records;
            this.action = path.substring(1).replace('/', '.');
        }

        void list(Context ctx, SiteAdminRequest request) {
            AdminTexts t = request.texts();
            Texts own = own(request);
            int page = AdminPaging.page(ctx);
            long total = records.count();
            List<Column<R>> columns = records.columns(own);
            List<RecordListView.Row> rows = records.latest(PAGE_SIZE, (long) (page - 1) * PAGE_SIZE).stream()
                    .map(r -> new RecordListView.Row(String.valueOf(records.id(r)), recordUrl(request, records.id(r)),
                            fields(columns, r)))
                    .toList();
            AdminFrame frame = request.frame(own.get(labelKey) + " – " + request.site().name());
            request.render(ctx, renderer, "core/admin/records.jte", new RecordListView(t.t(), records.note(own),
                    t.format("records.caption", total), columns.stream().map(Column::label).toList(), rows,
                    request.url(path + ".csv"), AdminPaging.pagination(t, request.url(path) + "?", page, total,
                    PAGE_SIZE)), frame);
        }

        void show(Context ctx, SiteAdminRequest request) {
            long id = AdminForms.id(ctx);
            Texts own = own(request);
            AdminFrame frame = request.frame(name(own, id) + " – " + request.site().name());
            request.render(ctx, renderer, "core/admin/record.jte",
                    view(request, id, frame, Link.of(own.get(labelKey), request.url(path), false)), frame);
        }

        void confirm(Context ctx, SiteAdminRequest request) {
            long id = AdminForms.id(ctx);
            AdminTexts t = request.texts();
            AdminFrame frame = request.frame(deletion(request, id) + " – " + request.site().name());
            request.render(ctx, renderer, "core/admin/record-delete.jte",
                    view(request, id, frame, Link.of(t.get("records.keep"), recordUrl(request, id), false)),
                    frame);
        }

        void delete(Context ctx, SiteAdminRequest request) {
            long id = AdminForms.id(ctx);
            // The record is in the plugin's database, the audit log in core's: no transaction holds both, so the
            // deletion is recorded once it is done.
            if (!records.delete(id)) {
                throw notFound();
            }
            // A kept page of the site may list the record.
            events.changed(ContentChanged.of(request.site().code(),
                    ContentChanged.Item.anyOf(ContentChanged.Item.PLUGIN)));
            Account account = request.account();
            audit.record(account.id(), account.email(), action + ".delete", request.site().code(),
                    action + " " + id, null, clients.of(ctx));
            AdminForms.redirect(ctx, request.url(path), request.texts().format("records.deleted",
                    name(own(request), id)));
        }

        /** Every record, for a spreadsheet; each download is in the audit log, as it may carry personal data. */
        void export(Context ctx, SiteAdminRequest request) {
            Texts own = own(request);
            List<Column<R>> columns = records.columns(own);
            List<List<String>> rows = new ArrayList<>();
            rows.add(row(request.texts().get("records.id"), columns.stream().map(Column::label).toList()));
            List<R> all = records.all();
            all.forEach(r -> rows.add(row(String.valueOf(records.id(r)), texts(columns, r))));
            Account account = request.account();
            audit.record(account.id(), account.email(), action + ".export", request.site().code(), action,
                    all.size() + " rows", clients.of(ctx));
            Spreadsheet.send(ctx, "mmm-" + request.site().code() + "-" + action.replace('.', '-') + ".csv", rows);
        }

        private RecordView view(SiteAdminRequest request, long id, AdminFrame frame, Link back) {
            R record = records.find(id).orElseThrow(this::notFound);
            return new RecordView(request.texts().t(), fields(records.columns(own(request)), record),
                    recordUrl(request, id) + "/delete", deletion(request, id), frame.csrf(), back);
        }

        /**
         * The site's strings in the back office's language: the plugin's names of its records, their columns and the
         * stored codes they show.
         */
        private Texts own(SiteAdminRequest request) {
            return messages.of(request.site(), request.texts().language());
        }

        private List<RecordView.Field> fields(List<Column<R>> columns, R record) {
            return columns.stream().map(c -> new RecordView.Field(c.label(), text(c.text(), record))).toList();
        }

        private List<String> texts(List<Column<R>> columns, R record) {
            return columns.stream().map(c -> text(c.text(), record)).toList();
        }

        private String recordUrl(SiteAdminRequest request, long id) {
            return request.url(path + "/" + id);
        }

        /** "Delete answer 12": the noun is the plugin's. */
        private String deletion(SiteAdminRequest request, long id) {
            return request.texts().format("records.delete", records.noun(own(request)), String.valueOf(id));
        }

        /** The record as a title names it: Answer 12. */
        private String name(Texts own, long id) {
            String noun = records.noun(own);
            return noun.substring(0, 1).toUpperCase(own.locale()) + noun.substring(1) + " " + id;
        }

        private NotFoundResponse notFound() {
            return new NotFoundResponse("No record of that number.");
        }
    }

    /** A row of the spreadsheet: the record's id, then its columns. */
    private static List<String> row(String id, List<String> columns) {
        return Stream.concat(Stream.of(id), columns.stream()).toList();
    }

    private static <R> String text(Function<R, String> column, R record) {
        String text = column.apply(record);
        return text == null ? "" : text;
    }
}
