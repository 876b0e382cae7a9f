package org.makemothersmatter.plugins.belgium.consultation;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.makemothersmatter.core.plugin.SiteRequest;
import org.makemothersmatter.core.web.PageRenderer;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.PublicForms;
import org.makemothersmatter.core.web.Texts;

/**
 * MMM Belgium's public consultation on reconciling parenthood and work: a form whose answers are kept in the
 * plugin's own table and read by the site's editors in the back office. A form that cannot be kept is shown
 * again with what was typed and what is wrong, never thrown away.
 */
@Singleton
public final class Consultation {

    public static final String PATH = "/consultation";
    /** The announcement of the consultation, among the site's news. */
    static final String ANNOUNCEMENT = "/news/reconciling-parenthood-and-work-in-belgium-join-the-public-consultation";

    private final Presenter presenter;
    private final PageRenderer renderer;
    private final PublicForms forms;
    private final AnswerDao answers;
    private final Clock clock;

    @Inject
    Consultation(Presenter presenter, PageRenderer renderer, PublicForms forms, AnswerDao answers, Clock clock) {
        this.presenter = presenter;
        this.renderer = renderer;
        this.forms = forms;
        this.answers = answers;
        this.clock = clock;
    }

    /** The form, empty. */
    public void form(Context ctx, SiteRequest request) {
        show(ctx, request, AnswerForm.EMPTY, Map.of());
    }

    /** The answer sent: kept, or the form shown again with what is wrong. */
    public void send(Context ctx, SiteRequest request) {
        AnswerForm form = AnswerForm.of(ctx);
        if (!forms.fromThisSite(ctx)) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, request, form, Map.of("form", "consultation.error.expired"));
            return;
        }
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            show(ctx, request, form, errors);
            return;
        }
        if (!form.byRobot()) {
            answers.insert(request.language().code(), form.situation(),
                    form.difficulties(), form.proposals().isEmpty() ? null : form.proposals(),
                    form.email().isEmpty() ? null : form.email(), clock.instant());
        }
        ctx.redirect(request.url(PATH + "/thanks"), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, SiteRequest request, AnswerForm form, Map<String, String> errors) {
        Texts t = presenter.texts(request);
        List<Choice> situations = Arrays.stream(Situation.values()).map(s -> new Choice("situation-" + s.code(),
                s.code(), t.get(s.labelKey()), s.code().equals(form.situation()))).toList();
        List<ErrorLink> summary = errors.entrySet().stream().map(e -> new ErrorLink(message(t, e.getValue()),
                e.getKey().equals("form") ? "#difficulties" : "#" + anchor(e.getKey()))).toList();
        String title = t.get("consultation.title");
        var view = new ConsultationView(title, t.get("consultation.intro"), t.get("consultation.announcement"),
                request.url(ANNOUNCEMENT), t.get("consultation.invitation"), t.get("consultation.errors"), summary,
                request.url(PATH), forms.token(ctx),
                field(t, "situation", null, "", errors),
                situations,
                field(t, "difficulties", null, form.difficulties(), errors),
                field(t, "proposals", null, form.proposals(), errors),
                field(t, "email", t.get("consultation.email.hint"), form.email(), errors),
                field(t, "consent", null, "", errors), form.consent(),
                t.get("consultation.trap"), t.get("consultation.send"));
        renderer.render(ctx, request.site(), "consultation", view,
                presenter.layout(request, title, t.get("consultation.intro"), language -> PATH, true));
    }

    public void thanks(Context ctx, SiteRequest request) {
        Texts t = presenter.texts(request);
        String title = t.get("consultation.thanks.title");
        renderer.render(ctx, request.site(), "consultation-thanks", new ThanksView(title,
                        t.get("consultation.thanks.message"), t.get("consultation.thanks.back"), request.url("")),
                presenter.layout(request, title, title, language -> PATH + "/thanks", false));
    }

    private static Field field(Texts t, String name, String hint, String value, Map<String, String> errors) {
        String error = errors.get(name);
        return new Field(name, t.get("consultation." + name), hint, value, error == null ? null : message(t, error));
    }

    private static String message(Texts t, String key) {
        return key.endsWith("tooLong") ? t.format(key, AnswerForm.MAX_TEXT) : t.get(key);
    }

    /** The element an error of the summary leads to: the first choice of a group of radio buttons. */
    private static String anchor(String field) {
        return field.equals("situation") ? "situation-" + Situation.values()[0].code() : field;
    }
}
