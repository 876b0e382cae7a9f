package org.makemothersmatter.core.admin.view;

import java.util.List;

/**
 * The form around a list that acts on the rows ticked: {@code action} receives the chosen {@code choices}, then
 * comes back to {@code back}. Null when the account may not act on several at once (a translator).
 */
public record BulkActions(String action, String back, List<Choice> choices) {
}
