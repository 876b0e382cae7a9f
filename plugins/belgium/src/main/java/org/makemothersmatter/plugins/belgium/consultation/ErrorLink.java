package org.makemothersmatter.plugins.belgium.consultation;

/** An error of the summary at the top of the form, linking to its field. */
public record ErrorLink(String text, String href) {
}
