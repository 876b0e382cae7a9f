package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.web.view.Link;

/**
 * One of a plugin's records, each column's label and text, on its page (which leads to the confirmation of its
 * deletion) or on that confirmation (whose form deletes it); {@code back} leads to where one came from.
 * {@code t}: the back office's strings in the request's language.
 */
public record RecordView(Texts t, List<Field> fields, String deleteUrl, String deleteLabel, String csrf, Link back) {

    public record Field(String label, String text) {
    }
}
