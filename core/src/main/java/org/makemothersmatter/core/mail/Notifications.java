package org.makemothersmatter.core.mail;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.Notice;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.Daos;
import org.makemothersmatter.core.web.Addresses;
import org.makemothersmatter.core.web.Messages;
import org.makemothersmatter.core.web.WebSettings;

/**
 * The notices the site sends by e-mail, each written in its recipient's language into the outbox, in the transaction
 * of the change it tells of (called within it, it is kept or dropped with the change); the {@link Postman} sends them
 * once that commits. Writing a notice reads the accounts and writes rows, no more: the mail server never slows down
 * or refuses a change. Mails are plain text; what was typed in a form is never taken for markup, and a title or a
 * name is put on one line, so that none can add a header. Their links are absolute, on the site's public address.
 */
@Singleton
public final class Notifications {

    private final Jdbi jdbi;
    private final MailDao dao;
    private final MailTexts texts;
    private final Messages messages;
    private final Sites sites;
    private final Addresses addresses;
    private final WebSettings web;
    private final Postman postman;
    private final Clock clock;

    @Inject
    Notifications(Jdbi jdbi, Messages messages, Sites sites, Addresses addresses, WebSettings web, Postman postman,
                  Clock clock) {
        this.jdbi = jdbi;
        this.dao = Daos.of(jdbi, MailDao.class);
        this.texts = new MailTexts(getClass().getClassLoader());
        this.messages = messages;
        this.sites = sites;
        this.addresses = addresses;
        this.web = web;
        this.postman = postman;
        this.clock = clock;
    }

    /** What a notice says: its subject and the text between the greeting and the footer. */
    private record Mail(String subject, String text) {
    }

    /**
     * An editor asks the translators of a site for the text of an article or a page ({@code kind}) in
     * {@code language}; the mail leads to the editor in that language.
     */
    public void translationRequested(Account editor, String kind, long id, String site, String title,
                                     Language language) {
        Site where = site(site);
        post(Notice.TRANSLATION_REQUEST, editor, dao.translators(site), (t, to) -> new Mail(
                t.format("translation-request.subject", language.nameIn(to.mailLanguage()), PlainText.oneLine(title)),
                t.format("translation-request.body", PlainText.oneLine(editor.name()), kind, PlainText.oneLine(title),
                        siteName(where, to), language.nameIn(to.mailLanguage()), editorUrl(kind, id, language))));
    }

    /** A translator submits a text for review: the site's editors read and publish it. */
    public void submittedForReview(Account translator, String kind, long id, String site, String title,
                                   Language language) {
        Site where = site(site);
        post(Notice.REVIEW, translator, dao.reviewers(site), (t, to) -> new Mail(
                t.format("review.subject", PlainText.oneLine(title), language.nameIn(to.mailLanguage())),
                t.format("review.body", PlainText.oneLine(translator.name()), language.nameIn(to.mailLanguage()), kind,
                        PlainText.oneLine(title), siteName(where, to), editorUrl(kind, id, language))));
    }

    /**
     * A scheduled article went public: whoever scheduled it hears it, with its public address in {@code language}
     * (its original) and its editor.
     */
    public void scheduledPublished(long scheduledBy, long id, String site, Language language, String title,
                                   String slug) {
        Site where = site(site);
        post(Notice.PUBLICATION, null, dao.scheduler(scheduledBy), (t, to) -> new Mail(
                t.format("publication.subject", PlainText.oneLine(title)),
                t.format("publication.body", PlainText.oneLine(title), siteName(where, to),
                        addresses.absolute(where, language, "/news/" + slug), editorUrl("article", id, language))));
    }

    /**
     * A visitor answered a public form of a site: those of its editors and of the network administrators who asked
     * for it hear it, in their language, in the plugin's words: its strings {@code subjectKey} and {@code textKey}
     * of that language, formatted with {@code arguments}.
     */
    public void formAnswered(String site, String subjectKey, String textKey, Object... arguments) {
        Site where = site(site);
        post(Notice.FORM_ANSWER, null, dao.formReaders(site), (t, to) -> {
            Texts own = messages.of(where, to.mailLanguage());
            return new Mail(own.format(subjectKey, arguments), t.format("form-answer.body",
                    own.format(textKey, arguments), siteName(where, to), web.publicUrl() + "/admin"));
        });
    }

    /**
     * The link that sets an account's password ({@code token} in its address), mailed to the account alone whatever
     * it chose to hear of: an invitation, from {@code by}, in {@code language}, the language of whoever invited it;
     * or the answer to a forgotten password, in the language the account chose, else {@code language}, that of the
     * page where it was asked for. It works once, within {@code hours}.
     */
    public void passwordLink(long accountId, Account by, String token, long hours, Language language) {
        String url = web.publicUrl() + "/admin/password/" + token;
        List<Recipient> to = dao.account(accountId);
        String notice = by == null ? "password-reset" : "invitation";
        write(notice, to, recipient -> by == null && recipient.language() != null ? recipient.mailLanguage() : language,
                (t, recipient) -> by == null
                        ? new Mail(t.get("reset.subject"), t.format("reset.body", hours, url))
                        : new Mail(t.get("invitation.subject"), t.format("invitation.body",
                                PlainText.oneLine(by.name()), hours, url)),
                t -> t.format("account-footer", web.publicUrl() + "/admin"));
    }

    /**
     * Writes a notice to each of its recipients but the person who caused it ({@code by}, null for no one), in the
     * transaction under way if there is one, and has the postman send them once it commits.
     */
    private void post(Notice notice, Account by, List<Recipient> recipients, BiFunction<Texts, Recipient, Mail> write) {
        List<Recipient> to = recipients.stream().filter(r -> by == null || r.id() != by.id()).toList();
        write(notice.code(), to, Recipient::mailLanguage, write,
                t -> t.format("footer", web.publicUrl() + "/admin", web.publicUrl() + "/admin/me"));
    }

    /** Writes a mail to each recipient in its language, ended by {@code footer}, as {@link #post} says. */
    private void write(String notice, List<Recipient> to, Function<Recipient, Language> languageOf,
                       BiFunction<Texts, Recipient, Mail> write, Function<Texts, String> footer) {
        if (to.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            Instant now = clock.instant();
            for (Recipient recipient : to) {
                Texts t = texts.in(languageOf.apply(recipient));
                Mail mail = write.apply(t, recipient);
                String body = t.format("greeting", PlainText.oneLine(recipient.name())) + "\n\n" + mail.text()
                        + "\n\n" + footer.apply(t) + "\n";
                dao.post(recipient.id(), recipient.email(), notice, PlainText.subject(mail.subject()), body, now);
            }
            handle.afterCommit(postman::wake);
        });
    }

    /** The site's name as the recipient reads it. */
    private String siteName(Site site, Recipient recipient) {
        return messages.of(site, recipient.mailLanguage()).get("site.name");
    }

    private String editorUrl(String kind, long id, Language language) {
        return web.publicUrl() + "/admin/" + kind + "s/" + id + "?lang=" + language.code();
    }

    private Site site(String code) {
        return sites.find(code).orElseThrow(() -> new IllegalArgumentException("There is no site " + code + "."));
    }
}
