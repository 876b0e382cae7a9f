package org.makemothersmatter.plugins.belgium.consultation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.makemothersmatter.core.plugin.PluginRequest;

/** The answers as typed, and what keeps them from being kept: error message keys by field. */
record AnswerForm(String situation, String difficulties, String proposals, String email, boolean consent,
                  String trap) {

    static final int MAX_TEXT = 4000;
    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static final AnswerForm EMPTY = new AnswerForm("", "", "", "", false, "");

    static AnswerForm of(PluginRequest sent) {
        return new AnswerForm(text(sent, "situation"), text(sent, "difficulties"), text(sent, "proposals"),
                text(sent, "email"), "yes".equals(sent.param("consent")), text(sent, "website"));
    }

    /** Filled in by robots only: the field is out of sight and says to leave it empty. */
    boolean byRobot() {
        return !trap.isEmpty();
    }

    /** Message keys of what is wrong, by field, in the order of the form; empty if the answers can be kept. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (Situation.find(situation).isEmpty()) {
            errors.put("situation", "consultation.error.situation");
        }
        if (difficulties.isEmpty()) {
            errors.put("difficulties", "consultation.error.difficulties");
        } else if (difficulties.length() > MAX_TEXT) {
            errors.put("difficulties", "consultation.error.tooLong");
        }
        if (proposals.length() > MAX_TEXT) {
            errors.put("proposals", "consultation.error.tooLong");
        }
        if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            errors.put("email", "consultation.error.email");
        }
        if (!consent) {
            errors.put("consent", "consultation.error.consent");
        }
        return errors;
    }

    private static String text(PluginRequest sent, String field) {
        return sent.param(field).strip();
    }
}
