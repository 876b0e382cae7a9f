package org.makemothersmatter.core.admin;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.makemothersmatter.core.admin.view.RevisionsView;
import org.makemothersmatter.core.editorial.ArticleEditor;
import org.makemothersmatter.core.editorial.Revision;
import org.makemothersmatter.core.model.Language;

/** The revisions of an article or a page as the back office lists them: each with what it changed. */
final class RevisionDiffs {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ArticleEditor.ZONE);

    private RevisionDiffs() {
    }

    /** Rows for revisions given newest first; {@code base} is the address of the article or page. */
    static List<RevisionsView.Row> rows(List<Revision> revisions, String base) {
        Map<Long, Revision> previous = new HashMap<>();
        Map<Language, Revision> newer = new HashMap<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            Revision revision = revisions.get(i);
            previous.put(revision.id(), newer.get(revision.language()));
            newer.put(revision.language(), revision);
        }
        return revisions.stream().map(r -> new RevisionsView.Row(base + "/revisions/" + r.id() + "/restore",
                r.language().code(), r.savedByName(), r.savedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                MINUTE.format(r.savedAt()), r.title(), diff(previous.get(r.id()), r))).toList();
    }

    /** What a revision changed from the one before it in the same language, as a unified diff. */
    private static String diff(Revision before, Revision after) {
        List<String> old = before == null ? List.of() : lines(before);
        List<String> now = lines(after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("before", "after", old, DiffUtils.diff(old, now), 1);
        return diff.isEmpty() ? "(no change)" : String.join("\n", diff.subList(Math.min(2, diff.size()), diff.size()));
    }

    private static List<String> lines(Revision r) {
        List<String> lines = new ArrayList<>(List.of("title: " + r.title(), "slug: " + r.slug()));
        if (r.excerpt() != null) {
            lines.add("excerpt: " + r.excerpt());
        }
        lines.add("");
        lines.addAll(Arrays.asList(r.bodyMarkdown().split("\n", -1)));
        return lines;
    }
}
