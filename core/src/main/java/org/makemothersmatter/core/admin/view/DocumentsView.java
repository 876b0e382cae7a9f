package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Pagination;

/**
 * The documents of the account's sites, and the form that uploads one to the site shown ({@code site}, null when the
 * account may upload to none), with what was typed in it after a refusal.
 */
public record DocumentsView(AdminFrame frame, List<Choice> filter, List<Row> documents, String total,
                            Pagination pagination, String site, String siteName, Form form) {

    public record Row(String url, String title, String lang, String symbol, String site, String issuedIso,
                      String issued, String meta) {
    }

    /** The upload form: its choices, the values typed, and the pattern a symbol is checked by in the browser. */
    public record Form(List<Choice> languages, List<Choice> articles, List<Choice> delegations, List<Choice> themes,
                       String title, String date, String symbol, String symbolPattern, String maxSize, int maxTitle) {
    }
}
