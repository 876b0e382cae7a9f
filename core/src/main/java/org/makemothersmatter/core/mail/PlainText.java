package org.makemothersmatter.core.mail;

/** Text as a plain-text mail carries it. */
final class PlainText {

    /** A subject's length: its column's, with room for the encoding of a long one. */
    static final int SUBJECT_LENGTH = 200;

    private PlainText() {
    }

    /**
     * The text on one line, its line breaks and other control characters as spaces: what a header (the subject) or a
     * title within a sentence may hold, so that no text typed in a form can add a header to a mail.
     */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").strip();
    }

    /** A subject: on one line, shortened if need be. */
    static String subject(String text) {
        String line = oneLine(text);
        return line.length() <= SUBJECT_LENGTH ? line : line.substring(0, SUBJECT_LENGTH - 1) + "…";
    }
}
