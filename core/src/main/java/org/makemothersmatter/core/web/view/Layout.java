package org.makemothersmatter.core.web.view;

import java.util.List;
import java.util.stream.Stream;
import org.makemothersmatter.core.feeds.FeedLink;

/**
 * Everything the page frame needs: language, titles, navigation, language switcher and alternates; the image shown
 * where the page is shared ({@code sharedImage}, its address absolute; null for none); the feeds a feed reader finds
 * in its head; how it presents itself where it is shared and to search engines.
 */
public record Layout(String lang, String dir, String title, String description, String canonical,
                     List<Alternate> alternates, String siteName, String homeUrl, String networkUrl,
                     String networkLabel, List<Link> navigation, List<LanguageLink> languages,
                     AssetLinks assets, String robots, String previewOf, Picture sharedImage, List<FeedLink> feeds,
                     Sharing sharing, org.makemothersmatter.core.plugin.Texts t) {

    /** The same frame, its page offering these feeds too (a listing's own beside the site's news). */
    public Layout withFeeds(List<FeedLink> more) {
        return new Layout(lang, dir, title, description, canonical, alternates, siteName, homeUrl, networkUrl,
                networkLabel, navigation, languages, assets, robots, previewOf, sharedImage,
                Stream.concat(feeds.stream(), more.stream()).toList(), sharing, t);
    }

    /** The same frame, shared with this image (null for none) and presented so. */
    public Layout with(Picture image, Sharing presented) {
        return new Layout(lang, dir, title, description, canonical, alternates, siteName, homeUrl, networkUrl,
                networkLabel, navigation, languages, assets, robots, previewOf, image, feeds, presented, t);
    }

    /** The site's search page in the page's language, which the search box of every page sends its words to. */
    public String searchUrl() {
        return homeUrl + "search";
    }
}
