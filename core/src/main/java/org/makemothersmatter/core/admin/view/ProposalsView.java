package org.makemothersmatter.core.admin.view;

import java.util.List;

/** The associations' articles proposed for the network's news, each to accept or decline. */
public record ProposalsView(AdminFrame frame, List<Row> rows) {

    /**
     * A proposal: the article's title in its own language ({@code lang}), where it can be read (null while it is not
     * public), its site, status and who proposed it when, and where to send the answer.
     */
    public record Row(String title, String lang, String url, String site, String status, String proposed,
                      String acceptAction, String declineAction) {
    }
}
