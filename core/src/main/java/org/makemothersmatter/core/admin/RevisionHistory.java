package org.makemothersmatter.core.admin;

import io.javalin.http.BadRequestResponse;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.makemothersmatter.core.admin.view.AdminFrame;
import org.makemothersmatter.core.admin.view.Choice;
import org.makemothersmatter.core.admin.view.Comparison;
import org.makemothersmatter.core.admin.view.RevisionsView;
import org.makemothersmatter.core.editorial.Revision;
import org.makemothersmatter.core.model.Language;

/**
 * The revisions of an article or a page as the back office shows them: each saved text, and two of them compared,
 * those chosen or by default the newest and the one before it in its language.
 */
final class RevisionHistory {

    private RevisionHistory() {
    }

    /**
     * The page of revisions given newest first; {@code base} is the address of the article or page. {@code from}
     * and {@code to} are the ids asked, if any: {@code to} defaults to the newest, {@code from} to the revision
     * before {@code to} in its language. An id that is not one of these revisions is a 400.
     */
    static RevisionsView view(AdminTexts t, AdminFrame frame, String base, String editLabel, List<Revision> revisions,
                              String from, String to) {
        Revision after = blank(to) ? revisions.stream().findFirst().orElse(null) : find(revisions, to);
        Revision before = blank(from) ? null : find(revisions, from);
        if (blank(from) && after != null) {
            before = previousInLanguage(revisions).get(after.id());
        }
        List<Choice> fromChoices = new ArrayList<>(List.of(new Choice("", t.get("revisions.previous"),
                blank(from))));
        fromChoices.addAll(choices(t, revisions, blank(from) ? null : before));
        String url = base + "/revisions";
        return new RevisionsView(frame, base, editLabel, url, fromChoices, choices(t, revisions, after),
                after == null ? null : compare(t, before, after),
                revisions.stream().map(r -> new RevisionsView.Row(r.savedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                        t.minute(r.savedAt()), t.language(r.language()), r.savedByName(), r.title(),
                        code(r), dir(r), url + "?to=" + r.id(), url + "/" + r.id() + "/restore")).toList());
    }

    /** Each revision's previous one in the same language, from revisions given newest first. */
    private static Map<Long, Revision> previousInLanguage(List<Revision> revisions) {
        Map<Long, Revision> previous = new HashMap<>();
        Map<Language, Revision> older = new HashMap<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            Revision revision = revisions.get(i);
            previous.put(revision.id(), older.get(revision.language()));
            older.put(revision.language(), revision);
        }
        return previous;
    }

    /** Two revisions compared; {@code before} null: nothing before {@code after}, its language's first text. */
    private static Comparison compare(AdminTexts t, Revision before, Revision after) {
        String fromName = t.get("revisions.from");
        Comparison.Side from = before == null ? new Comparison.Side(fromName, t.get("revisions.nothingBefore"),
                code(after), dir(after)) : side(t, fromName, before);
        return TextComparisons.compare(t, from, before == null ? null : before.draft(),
                side(t, t.get("revisions.to"), after), after.draft());
    }

    private static List<Choice> choices(AdminTexts t, List<Revision> revisions, Revision selected) {
        return revisions.stream().map(r -> new Choice(String.valueOf(r.id()), describe(t, r) + " · " + r.title(),
                selected != null && r.id() == selected.id())).toList();
    }

    private static Comparison.Side side(AdminTexts t, String name, Revision revision) {
        return new Comparison.Side(name, describe(t, revision), code(revision), dir(revision));
    }

    /** When, in which language and by whom a revision was saved. */
    private static String describe(AdminTexts t, Revision revision) {
        return t.minute(revision.savedAt()) + " · " + t.language(revision.language()) + " · "
                + revision.savedByName();
    }

    private static Revision find(List<Revision> revisions, String id) {
        return revisions.stream().filter(r -> String.valueOf(r.id()).equals(id)).findFirst()
                .orElseThrow(() -> new BadRequestResponse("No revision " + id + " of this text."));
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }

    private static String code(Revision revision) {
        return revision.language().code();
    }

    private static String dir(Revision revision) {
        return revision.language().dir();
    }
}
