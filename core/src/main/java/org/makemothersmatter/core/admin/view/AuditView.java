package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Pagination;

/** A page of the audit log, newest first. */
public record AuditView(AdminFrame frame, List<Row> events, Pagination pagination) {

    public record Row(String isoTime, String time, String actor, String action, String site, String target,
                      String detail, String ip) {
    }
}
