package org.makemothersmatter.core.admin.view;

import java.util.List;

/**
 * Two states of a text side by side, field by field (title, address, excerpt, text), each line of one beside the
 * line of the other it became, with the words that differ marked.
 */
public record Comparison(Side before, Side after, List<Field> fields) {

    /**
     * One of the two texts: {@code name} says briefly which (each cell says it when the columns are stacked),
     * {@code label} heads its column; its language and writing direction.
     */
    public record Side(String name, String label, String lang, String dir) {
    }

    /** One field, line by line; {@code same}: whether both sides say the same. */
    public record Field(String name, List<Row> rows, boolean same) {
    }

    /** A line of each side; a side that has no line here has no segment. */
    public record Row(List<Segment> before, List<Segment> after, boolean same) {
    }

    /** A run of one side's text: {@code changed} when the other side does not have it there. */
    public record Segment(String text, boolean changed) {
    }
}
