package org.makemothersmatter.core.web.view;

import java.util.List;

/**
 * Everything the page frame needs: language, titles, navigation, language switcher and alternates; the image shown
 * where the page is shared ({@code sharedImage}, its address absolute; null for none).
 */
public record Layout(String lang, String dir, String title, String description, String canonical,
                     List<Alternate> alternates, String siteName, String homeUrl, String networkUrl,
                     String networkLabel, List<Link> navigation, List<LanguageLink> languages,
                     AssetLinks assets, String robots, String previewOf, Picture sharedImage,
                     org.makemothersmatter.core.plugin.Texts t) {

    /** The site's search page in the page's language, which the search box of every page sends its words to. */
    public String searchUrl() {
        return homeUrl + "search";
    }
}
