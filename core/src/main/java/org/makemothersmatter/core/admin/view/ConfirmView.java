package org.makemothersmatter.core.admin.view;

import java.util.List;
import org.makemothersmatter.core.web.view.Link;

/**
 * A destructive action asked for, to confirm: what it will do ({@code message}) to which {@code items}, the form
 * that does it (sending back each {@code values}), and the way back without doing anything.
 */
public record ConfirmView(AdminFrame frame, String message, List<Item> items, String action, List<String> values,
                          String button, Link cancel) {

    public record Item(String title, String titleLang, String site) {
    }
}
