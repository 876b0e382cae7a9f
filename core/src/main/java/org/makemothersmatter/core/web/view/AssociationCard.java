package org.makemothersmatter.core.web.view;

/** A national association in the directory, linking to its subsite. */
public record AssociationCard(String name, String url, String summary, String lang) {
}
