package org.makemothersmatter.core.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.media.Images;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.Texts;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.Daos;
import org.makemothersmatter.core.web.Addresses;
import org.makemothersmatter.core.web.Presenter;
import org.makemothersmatter.core.web.SiteRequest;
import org.makemothersmatter.core.web.view.Picture;

/**
 * Atom and RSS 2.0 feeds of any list of items ({@link #answer}), and of the news: the network's, each site's, each
 * delegation's, in each language. A feed lives beside the listing it follows, at {@code <base>/feed.atom} and
 * {@code <base>/feed.rss}: {@code /fr/feed.atom}, {@code /belgium/fr/feed.rss}, {@code /en/advocacy/un/feed.atom}.
 * Entries carry their text in full (sanitised when saved), their links and images made absolute, since a feed is
 * read away from the site.
 */
@Singleton
public final class Feeds {

    /** As many entries as a reader shows at once; older ones are on the site. */
    static final int ENTRIES = 20;
    private static final Pattern LINK = Pattern.compile("\\s(href|src)=\"([^\"]*)\"");

    private final FeedDao dao;
    private final Sites sites;
    private final Addresses addresses;
    private final Presenter presenter;

    @Inject
    public Feeds(Jdbi jdbi, Sites sites, Addresses addresses, Presenter presenter) {
        this.dao = Daos.of(jdbi, FeedDao.class);
        this.sites = sites;
        this.addresses = addresses;
        this.presenter = presenter;
    }

    /** The address of a feed of the listing at {@code base} ("" for the site's news), within the site. */
    public static String path(String base, FeedFormat format) {
        return base + "/" + format.file();
    }

    /** The feeds of the listing at {@code base} of this site, as a page's head links them for feed readers. */
    public static List<FeedLink> links(SiteRequest request, String base, String title) {
        return List.of(FeedFormat.values()).stream()
                .map(format -> new FeedLink(format.mediaType(), title, request.url(path(base, format)))).toList();
    }

    /** The autodiscovery links of the site's news, which every page of the site has. */
    public static List<FeedLink> newsLinks(SiteRequest request, Texts t) {
        return links(request, "", newsTitle(t));
    }

    /** Answers the request with the feed of these items, which the listing at {@code base} shows. */
    public void answer(Context ctx, SiteRequest request, FeedFormat format, String base, String pagePath, String title,
                       List<FeedItem> items) {
        ctx.contentType(format.contentType()).result(write(request, format, base, pagePath, title, items));
    }

    /** The site's news: for the international site, the network's (what associations share with it included). */
    public void news(Context ctx, SiteRequest request, FeedFormat format) {
        Language language = request.language();
        List<FeedArticle> latest = request.site().network() ? dao.onNetwork(language, ENTRIES)
                : dao.ofSite(request.site().code(), language, ENTRIES);
        answer(ctx, request, format, "", "/news", newsTitle(presenter.texts(request)), items(latest, language));
    }

    /** A delegation's news, as its page lists them. */
    public void delegation(Context ctx, SiteRequest request, FeedFormat format, String code, Section section,
                           String name) {
        Texts t = presenter.texts(request);
        String base = "/advocacy/" + code;
        answer(ctx, request, format, base, base, title(name, t),
                items(dao.ofSection(request.site().code(), section, request.language(), ENTRIES), request.language()));
    }

    /** A theme's articles, from every site, as the theme's page lists them. */
    public void theme(Context ctx, SiteRequest request, FeedFormat format, long theme, String slug, String name) {
        String base = "/themes/" + slug;
        answer(ctx, request, format, base, base, title(name, presenter.texts(request)),
                items(dao.onTheme(theme, request.language(), ENTRIES), request.language()));
    }

    private static String newsTitle(Texts t) {
        return title(t.get("news.title"), t);
    }

    /** A feed's title, which its autodiscovery link says as well: the listing's, then the site's name. */
    public static String title(String listing, Texts t) {
        return listing + " – " + t.get("site.name");
    }

    /**
     * The articles as entries, each at its own site's address in the feed's language if that site publishes in it,
     * as their cards link them; what a site no longer hosted shared is left out.
     */
    private List<FeedItem> items(List<FeedArticle> articles, Language language) {
        List<FeedItem> items = new ArrayList<>();
        for (FeedArticle article : articles) {
            Optional<Site> site = sites.find(article.site());
            if (site.isEmpty()) {
                continue;
            }
            String url = addresses.absolute(site.get(), site.get().shownIn(language), "/news/" + article.slug());
            Picture image = Presenter.picture(article.image(), Images.ARTICLE_WIDTH);
            String picture = image == null ? "" : "<p><img src=\"" + image.src() + "\" alt=\""
                    + escaped(image.alt()) + "\" width=\"" + image.width() + "\" height=\"" + image.height()
                    + "\"></p>";
            Instant published = article.translatedAt() != null ? article.translatedAt()
                    : article.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
            items.add(new FeedItem(article.title(), url, published, article.language(), article.excerpt(),
                    absolute(picture + article.bodyHtml(), url)));
        }
        return items;
    }

    /**
     * Sanitised HTML with each link and image address made absolute against the address of the page it is on: a
     * feed reader shows it away from the site.
     */
    public static String absolute(String html, String pageUrl) {
        URI base = URI.create(pageUrl);
        Matcher matcher = LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (matcher.find()) {
            String value = matcher.group(2);
            String resolved = value;
            try {
                resolved = base.resolve(value.replace("&amp;", "&")).toString().replace("&", "&amp;");
            } catch (IllegalArgumentException e) {
                // Not an address a browser could follow either: left as written.
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(" " + matcher.group(1) + "=\"" + resolved + "\""));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private byte[] write(SiteRequest request, FeedFormat format, String base, String pagePath, String title,
                         List<FeedItem> items) {
        Site site = request.site();
        Language language = request.language();
        String page = addresses.absolute(site, language, pagePath);
        String self = addresses.absolute(site, language, path(base, format));
        Texts t = presenter.texts(request);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType());
        feed.setEncoding(StandardCharsets.UTF_8.name());
        feed.setTitle(title);
        feed.setDescription(t.get("news.description"));
        feed.setLanguage(language.code());
        feed.setUri(self);
        feed.setLink(page);
        feed.setLinks(List.of(link("alternate", page, "text/html"), link("self", self, format.mediaType())));
        SyndPerson publisher = new SyndPersonImpl();
        publisher.setName(t.get("site.name"));
        publisher.setUri(addresses.absolute(site, language, ""));
        feed.setAuthors(List.of(publisher));
        // An empty feed is as old as the epoch rather than dated now: its bytes, and so its ETag, stay the same.
        feed.setPublishedDate(Date.from(items.stream().map(FeedItem::published).max(Instant::compareTo)
                .orElse(Instant.EPOCH)));
        feed.setEntries(items.stream().map(item -> entry(item, language)).toList());
        try {
            return new SyndFeedOutput().outputString(feed, false).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed " + self + " cannot be written", e);
        }
    }

    private static SyndEntry entry(FeedItem item, Language feedLanguage) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(item.title());
        entry.setLink(item.url());
        entry.setUri(item.url());
        Date published = Date.from(item.published());
        entry.setPublishedDate(published);
        entry.setUpdatedDate(published);
        entry.setDescription(content("text/plain", item.summary()));
        entry.setContents(List.of(content("html", item.html())));
        if (!item.language().equals(feedLanguage)) {
            // The original shown where the feed's language has no translation: readers are told its language.
            ((DCModule) entry.getModule(DCModule.URI)).setLanguage(item.language().code());
        }
        return entry;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
