package org.makemothersmatter.core.web.view;

import java.util.List;

/** The shipped files a page links to, by their fingerprinted addresses: icon, stylesheets in order, logo or null. */
public record AssetLinks(String icon, List<String> stylesheets, String logo, List<String> scripts) {
}
