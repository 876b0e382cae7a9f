package org.makemothersmatter.plugins.belgium.consultation;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.makemothersmatter.core.plugin.SitePage;
import org.makemothersmatter.core.plugin.Texts;

/**
 * MMM Belgium's public consultation on reconciling parenthood and work: a form whose answers are kept in the
 * plugin's own table and read by the site's editors in the back office, who may ask to be told of each by e-mail.
 * A form that cannot be kept is shown again with what was typed and what is wrong, never thrown away.
 */
@Singleton
public final class Consultation {

    public static final String PATH = "/consultation";
    /** The announcement of the consultation, among the site's news. */
    static final String ANNOUNCEMENT = "/news/reconciling-parenthood-and-work-in-belgium-join-the-public-consultation";

    /** The status of a form shown again with what is wrong. */
    private static final int UNPROCESSABLE = 422;

    private final AnswerDao answers;
    private final Clock clock;

    @Inject
    Consultation(AnswerDao answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    /** The form, empty. */
    public void form(SitePage page) {
        show(page, AnswerForm.EMPTY, Map.of());
    }

    /** The answer sent: kept, or the form shown again with what is wrong. */
    public void send(SitePage page) {
        AnswerForm form = AnswerForm.of(page);
        if (!page.fromThisSite()) {
            page.status(UNPROCESSABLE);
            show(page, form, Map.of("form", "consultation.error.expired"));
            return;
        }
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            page.status(UNPROCESSABLE);
            show(page, form, errors);
            return;
        }
        if (!form.byRobot()) {
            answers.insert(page.language(), form.situation(),
                    form.difficulties(), form.proposals().isEmpty() ? null : form.proposals(),
                    form.email().isEmpty() ? null : form.email(), clock.instant());
            // The mail says how many answers there are, no more: what people wrote stays in the back office.
            page.notifyTeam("consultation.notice.subject", "consultation.notice.text", answers.count());
        }
        page.redirect(PATH + "/thanks");
    }

    private void show(SitePage page, AnswerForm form, Map<String, String> errors) {
        Texts t = page.texts();
        List<Choice> situations = Arrays.stream(Situation.values()).map(s -> new Choice("situation-" + s.code(),
                s.code(), t.get(s.labelKey()), s.code().equals(form.situation()))).toList();
        List<ErrorLink> summary = errors.entrySet().stream().map(e -> new ErrorLink(message(t, e.getValue()),
                e.getKey().equals("form") ? "#difficulties" : "#" + anchor(e.getKey()))).toList();
        String title = t.get("consultation.title");
        var view = new ConsultationView(title, t.get("consultation.intro"), t.get("consultation.announcement"),
                page.url(ANNOUNCEMENT), t.get("consultation.invitation"), t.get("consultation.errors"), summary,
                page.url(PATH), page.formToken(),
                field(t, "situation", null, "", errors),
                situations,
                field(t, "difficulties", null, form.difficulties(), errors),
                field(t, "proposals", null, form.proposals(), errors),
                field(t, "email", t.get("consultation.email.hint"), form.email(), errors),
                field(t, "consent", null, "", errors), form.consent(),
                t.get("consultation.trap"), t.get("consultation.send"));
        page.render("consultation", view, title, t.get("consultation.intro"));
    }

    /** The page a kept answer leads to, out of search engines. */
    public void thanks(SitePage page) {
        Texts t = page.texts();
        String title = t.get("consultation.thanks.title");
        page.noindex();
        page.render("consultation-thanks", new ThanksView(title, t.get("consultation.thanks.message"),
                t.get("consultation.thanks.back"), page.url("")), title, title);
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
