package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Link;

/**
 * One of a plugin's records, each column's label and text, on its page (which leads to the confirmation of its
 * deletion) or on that confirmation (whose form deletes it); {@code back} leads to where one came from.
 */
public record RecordView(List<Field> fields, String deleteUrl, String deleteLabel, String csrf, Link back) {

    public record Field(String label, String text) {
    }
}
