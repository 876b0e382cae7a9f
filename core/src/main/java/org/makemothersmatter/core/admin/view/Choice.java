package org.makemothersmatter.core.admin.view;

/** An option of a select. */
public record Choice(String value, String label, boolean selected) {
}
