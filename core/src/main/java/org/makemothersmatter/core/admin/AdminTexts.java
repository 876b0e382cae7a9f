package org.makemothersmatter.core.admin;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.editorial.Conflict;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Reason;
import org.makemothersmatter.core.model.Refused;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.plugin.Texts;

/**
 * The back office's words for one request, in the language chosen for it: its strings, the names it shows instead
 * of stored codes (roles, statuses, sections, kinds, languages), and dates as that language writes them.
 */
final class AdminTexts {

    private final Texts t;
    private final Language language;
    private final DateTimeFormatter day;
    private final DateTimeFormatter minute;
    private final DateTimeFormatter second;

    AdminTexts(Texts t, Language language) {
        this.t = t;
        this.language = language;
        this.day = days(language.locale());
        this.minute = minutes(language.locale());
        this.second = inBrussels("d MMM yyyy HH:mm:ss", language.locale());
    }

    /** A day, of a date or of a time in Brussels: "1 Jan 2099", "1 janv. 2099". */
    static DateTimeFormatter days(Locale locale) {
        return inBrussels("d MMM yyyy", locale);
    }

    /** A time to the minute, in Brussels. */
    static DateTimeFormatter minutes(Locale locale) {
        return inBrussels("d MMM yyyy HH:mm", locale);
    }

    private static DateTimeFormatter inBrussels(String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(ArticleEditor.ZONE);
    }

    /** The strings, for templates: {@code ${frame.t().get("menu.articles")}}. */
    Texts t() {
        return t;
    }

    Language language() {
        return language;
    }

    String get(String key) {
        return t.get(key);
    }

    /** A string with its arguments, plural forms by the language's rules (see {@link Texts#format}). */
    String format(String key, Object... arguments) {
        return t.format(key, arguments);
    }

    /**
     * Why a change was refused or came too late, as this language says it; the message of another refusal (those the
     * back office words itself) as it is.
     */
    String reason(RuntimeException refusal) {
        Reason reason = refusal instanceof Refused refused ? refused.reason()
                : refusal instanceof Conflict conflict ? conflict.reason() : null;
        if (reason == null) {
            return refusal.getMessage();
        }
        return format(reason.key(), reason.arguments().stream().map(this::named).toArray());
    }

    /** An argument of a reason as a sentence of this language names it. */
    private Object named(Object argument) {
        if (argument instanceof Language shown) {
            return languageInSentence(shown);
        }
        return argument instanceof Section section ? section(section.code()) : argument;
    }

    /**
     * What an action of the audit log did, as a phrase: "published an article". A plugin's records' actions are
     * named after their path ({@code consultation.delete}): said by their last word, with the path.
     */
    String action(String code) {
        if (t.has("action." + code)) {
            return get("action." + code);
        }
        int dot = code.lastIndexOf('.');
        String records = "action.records." + code.substring(dot + 1);
        return dot > 0 && t.has(records) ? format(records, code.substring(0, dot)) : code;
    }

    String role(Role role) {
        return get("role." + role.code());
    }

    /** The name of a status, by its code: "draft" is "Brouillon" in French. */
    String status(String code) {
        return get("status." + code);
    }

    /** The name of a section, by its code, as the public sites name it. */
    String section(String code) {
        return get("section." + code);
    }

    /** "article" or "page", as a sentence names one. */
    String kind(String kind) {
        return get("kind." + kind);
    }

    /** "1 article", "12 pages". */
    String count(String kind, long total) {
        return format("count." + kind, total);
    }

    /** A language's name as a label: "Néerlandais" in French. */
    String language(Language shown) {
        return shown.labelIn(language);
    }

    /** A language's name within a sentence: "néerlandais" in French, "Dutch" in English. */
    String languageInSentence(Language shown) {
        return shown.nameIn(language);
    }

    /** A language's name by its code, the code itself if it names none. */
    String language(String code) {
        return Language.find(code).map(this::language).orElse(code);
    }

    /** Languages' names, for a list's column. */
    String languages(Collection<Language> shown) {
        return shown.stream().map(this::language).collect(Collectors.joining(", "));
    }

    String day(TemporalAccessor when) {
        return day.format(when);
    }

    String minute(TemporalAccessor when) {
        return minute.format(when);
    }

    /** A time to the second, in Brussels, as the audit log has it. */
    String second(TemporalAccessor when) {
        return second.format(when);
    }
}
