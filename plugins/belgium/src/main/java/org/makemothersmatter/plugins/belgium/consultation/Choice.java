package org.makemothersmatter.plugins.belgium.consultation;

/** One of the situations a visitor may choose, checked if it was chosen. */
public record Choice(String id, String value, String label, boolean checked) {
}
