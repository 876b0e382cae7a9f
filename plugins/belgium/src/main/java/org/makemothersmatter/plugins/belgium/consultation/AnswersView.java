package org.makemothersmatter.plugins.belgium.consultation;

import java.util.List;
import org.makemothersmatter.core.web.view.Pagination;

/** The back office's list of answers, newest first, each with the form that deletes it. */
public record AnswersView(long total, List<Row> rows, String csrf, String csvUrl, Pagination pagination) {

    /** One answer as the list shows it. */
    public record Row(String receivedIso, String received, String language, String situation, String difficulties,
                      String proposals, String email, String deleteUrl) {
    }
}
