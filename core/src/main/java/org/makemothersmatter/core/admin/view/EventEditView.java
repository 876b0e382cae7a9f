package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Link;

/**
 * An event in the back office: its kind, days, hours, time zone and place in a form ({@code details}) for its
 * editors, and one language's text in another ({@code text}), each posting the version the page was read at. A new
 * event (no {@code id}) has both in one form, with the site and language to start it in ({@code sites},
 * {@code languages}). {@code languageLinks} open the event's other languages; {@code publishAction} and
 * {@code unpublishAction} (at most one given), {@code deleteUrl}: for editors, null otherwise.
 */
public record EventEditView(AdminFrame frame, boolean creating, String status, int version, Details details,
                            List<Choice> sites, List<Choice> languages, Text text, List<Link> languageLinks,
                            String publicUrl, String publishAction, String unpublishAction, String deleteUrl) {

    /** The event's details as typed; {@code action} null when the account may not change them. */
    public record Details(String action, List<Choice> kinds, String starts, String ends, String from, String until,
                          List<Choice> zones, String place, String online) {
    }

    /** One language's text as typed, posted to {@code action}. */
    public record Text(String action, String language, String languageName, String dir, String title,
                       String summary, String body) {
    }
}
