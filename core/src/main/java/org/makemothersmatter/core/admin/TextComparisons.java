package org.makemothersmatter.core.admin;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.makemothersmatter.core.admin.view.Comparison;
import org.makemothersmatter.core.admin.view.Comparison.Field;
import org.makemothersmatter.core.admin.view.Comparison.Row;
import org.makemothersmatter.core.admin.view.Comparison.Segment;
import org.makemothersmatter.core.admin.view.Comparison.Side;
import org.makemothersmatter.core.editorial.Draft;

/**
 * Two states of a text as the back office compares them: lines are matched first, so that an unchanged paragraph
 * stays beside itself, then the words of each changed line with those of the line it became, so that a corrected
 * word is marked rather than its whole paragraph.
 */
final class TextComparisons {

    /** A word (letters, digits and the marks on them), a run of spaces, or any other single character. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]+|\\s+|.");

    private TextComparisons() {
    }

    /**
     * The fields of both texts, line beside line; {@code before} null when there was nothing before (every word of
     * {@code after} is then new). The excerpt is left out when neither has one (pages have none).
     */
    static Comparison compare(AdminTexts t, Side beforeSide, Draft before, Side afterSide, Draft after) {
        List<Field> fields = new ArrayList<>();
        fields.add(field(t.get("compare.title"), before, after, Draft::title));
        fields.add(field(t.get("compare.slug"), before, after, Draft::slug));
        if (after.excerpt() != null || before != null && before.excerpt() != null) {
            fields.add(field(t.get("compare.excerpt"), before, after, Draft::excerpt));
        }
        fields.add(field(t.get("compare.body"), before, after, Draft::body));
        return new Comparison(beforeSide, afterSide, fields);
    }

    private static Field field(String name, Draft before, Draft after, Function<Draft, String> part) {
        List<Row> rows = rows(lines(before == null ? null : part.apply(before)), lines(part.apply(after)));
        return new Field(name, rows, rows.stream().allMatch(Row::same));
    }

    /** Each line beside the one it became: the lines of a change are paired in order, the rest stand alone. */
    private static List<Row> rows(List<String> before, List<String> after) {
        List<Row> rows = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after, true).getDeltas()) {
            List<String> from = delta.getSource().getLines();
            List<String> to = delta.getTarget().getLines();
            for (int i = 0; i < Math.max(from.size(), to.size()); i++) {
                rows.add(row(i < from.size() ? from.get(i) : null, i < to.size() ? to.get(i) : null));
            }
        }
        return rows;
    }

    /** One line of each side (null: none), the words that differ marked. */
    private static Row row(String before, String after) {
        if (before == null || after == null) {
            return new Row(whole(before), whole(after), false);
        }
        if (before.equals(after)) {
            List<Segment> same = before.isEmpty() ? List.of() : List.of(new Segment(before, false));
            return new Row(same, same, true);
        }
        Runs left = new Runs();
        Runs right = new Runs();
        for (AbstractDelta<String> delta : DiffUtils.diff(tokens(before), tokens(after), true).getDeltas()) {
            boolean changed = delta.getType() != DeltaType.EQUAL;
            left.add(String.join("", delta.getSource().getLines()), changed);
            right.add(String.join("", delta.getTarget().getLines()), changed);
        }
        return new Row(left.segments(), right.segments(), false);
    }

    /** A line the other side does not have, all of it changed. */
    private static List<Segment> whole(String line) {
        return line == null || line.isEmpty() ? List.of() : List.of(new Segment(line, true));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(line);
        while (token.find()) {
            tokens.add(token.group());
        }
        return tokens;
    }

    /**
     * The runs of one side's line, in order, joined into as few segments as read well: spaces and punctuation
     * between two changed words are part of the change, so that "at work" changed reads as one change, not two, and
     * a full stop of the other line is not found again inside a new address.
     */
    private static final class Runs {

        private final List<Segment> runs = new ArrayList<>();

        void add(String text, boolean changed) {
            if (!text.isEmpty()) {
                runs.add(new Segment(text, changed));
            }
        }

        List<Segment> segments() {
            List<Segment> joined = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                Segment run = runs.get(i);
                boolean between = i > 0 && i < runs.size() - 1 && !wordy(run.text()) && runs.get(i - 1).changed()
                        && runs.get(i + 1).changed();
                boolean changed = run.changed() || between;
                Segment last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && last.changed() == changed) {
                    joined.set(joined.size() - 1, new Segment(last.text() + run.text(), changed));
                } else {
                    joined.add(new Segment(run.text(), changed));
                }
            }
            return joined;
        }

        private static boolean wordy(String text) {
            return text.codePoints().anyMatch(Character::isLetterOrDigit);
        }
    }
}
