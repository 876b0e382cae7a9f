package org.makemothersmatter.core.sharing;

import java.time.LocalDate;
import java.util.List;
import org.makemothersmatter.core.web.view.Alternate;

/** One address of a sitemap: the page, when it last changed (null: unknown), and the page in the site's languages. */
public record SitemapUrl(String loc, LocalDate lastmod, List<Alternate> alternates) {
}
