package org.makemothersmatter.core.admin.view;

import org.makemothersmatter.core.web.view.Link;

/**
 * A document's page in the back office: what it is, where it is listed, the start of the text read from it, and its
 * deletion, offered unless a published text uses it ({@code deleteAction} null), confirmed first.
 */
public record DocumentView(AdminFrame frame, String title, String lang, String url, String meta, String symbol,
                           String issued, String site, Link article, String delegation, String themes,
                           String textStart, String usedNote, String deleteAction, boolean confirming,
                           String backUrl) {
}
