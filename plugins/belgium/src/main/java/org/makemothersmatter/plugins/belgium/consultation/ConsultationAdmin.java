package org.makemothersmatter.plugins.belgium.consultation;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.admin.AdminPages;
import org.makemothersmatter.core.admin.AdminPaging;
import org.makemothersmatter.core.admin.view.AdminFrame;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.plugin.SiteAdminRequest;
import org.makemothersmatter.core.plugin.SiteAdminRoutes;
import org.makemothersmatter.core.store.Transactions;
import org.makemothersmatter.core.web.Messages;
import org.makemothersmatter.core.web.Texts;

/**
 * The consultation's answers in the back office, for MMM Belgium's editors: read, newest first, and deleted on
 * request (they are personal data), each deletion in the audit log.
 */
public final class ConsultationAdmin {

    static final String PATH = "/consultation";
    private static final int PAGE_SIZE = 50;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Provider<AnswerDao> answers;
    private final Provider<AuditLog> audit;
    private final Provider<Messages> messages;
    private final Provider<Transactions> transactions;

    @Inject
    ConsultationAdmin(Provider<AnswerDao> answers, Provider<AuditLog> audit, Provider<Messages> messages,
                      Provider<Transactions> transactions) {
        this.answers = answers;
        this.audit = audit;
        this.transactions = transactions;
        this.messages = messages;
    }

    public void routes(SiteAdminRoutes routes) {
        routes.page(PATH, "Consultation answers", this::list);
        routes.get(PATH + "/answers.csv", this::export);
        routes.post(PATH + "/{id}/delete", this::delete);
    }

    /** Every answer, for the team's analysis; each download is in the audit log, as it carries personal data. */
    private void export(Context ctx, SiteAdminRequest request) {
        String csv = AnswersCsv.of(answers.get().all());
        Account account = request.account();
        audit.get().record(account.id(), account.email(), "consultation.export", request.site().code(),
                "answers", null, ctx.ip());
        ctx.header("Content-Disposition", "attachment; filename=\"mmm-belgium-consultation.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv);
    }

    private void list(Context ctx, SiteAdminRequest request) {
        AnswerDao dao = answers.get();
        int page = AdminPaging.page(ctx);
        long total = dao.count();
        // The back office is in English: the situations are named as the English form names them.
        Texts english = messages.get().of(request.site(), Language.ENGLISH);
        List<AnswersView.Row> rows = dao.latest(PAGE_SIZE, (long) (page - 1) * PAGE_SIZE).stream()
                .map(a -> new AnswersView.Row(a.receivedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                        TIME.format(a.receivedAt().atZone(BRUSSELS)), a.language(),
                        Situation.find(a.situation()).map(s -> english.get(s.labelKey())).orElse(a.situation()),
                        a.difficulties(), a.proposals(), a.email(), request.url(PATH + "/" + a.id() + "/delete")))
                .toList();
        AdminFrame frame = request.frame("Consultation answers – " + request.site().name(), null);
        request.render("belgium/admin-answers.jte", new AnswersView(total, rows, frame.csrf(),
                request.url(PATH + "/answers.csv"),
                AdminPaging.pagination(request.url(PATH) + "?", page, total, PAGE_SIZE)), frame);
    }

    private void delete(Context ctx, SiteAdminRequest request) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("No such answer.");
        }
        Account account = request.account();
        transactions.get().run(() -> {
            if (answers.get().delete(id) == 0) {
                throw new NotFoundResponse("No such answer.");
            }
            audit.get().record(account.id(), account.email(), "consultation.delete", request.site().code(),
                    "answer " + id, null, ctx.ip());
        });
        ctx.redirect(request.url(PATH) + "?" + AdminPages.NOTICE_PARAM + "=" + URLEncoder.encode("Answer " + id + " deleted.",
                StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }
}
