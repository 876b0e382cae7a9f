package org.makemothersmatter.core.web.view;

/** A message shown above content, e.g. that a translation is missing and the original is shown instead. */
public record Notice(String text) {
}
