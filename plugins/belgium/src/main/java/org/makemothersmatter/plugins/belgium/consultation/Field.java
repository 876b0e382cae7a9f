package org.makemothersmatter.plugins.belgium.consultation;

/**
 * One field of the form as the template shows it: its label, what was typed, and what is wrong with it.
 * {@code describedBy} names the hint and the error the field is described by, {@code invalid} is "true" or
 * null, so that the template writes them as they are.
 */
public record Field(String id, String label, String hint, String value, String error) {

    public String hintId() {
        return hint == null ? null : id + "-hint";
    }

    public String errorId() {
        return error == null ? null : id + "-error";
    }

    public String describedBy() {
        String ids = ((hintId() == null ? "" : hintId()) + " " + (errorId() == null ? "" : errorId())).strip();
        return ids.isEmpty() ? null : ids;
    }

    public String invalid() {
        return error == null ? null : "true";
    }
}
