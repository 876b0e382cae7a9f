package org.makemothersmatter.core.sharing;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.model.Delegation;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Page;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.NavigationEntry;
import org.makemothersmatter.core.plugin.SitePlugin;
import org.makemothersmatter.core.service.SiteContentService;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.Daos;
import org.makemothersmatter.core.themes.Theme;
import org.makemothersmatter.core.themes.Themes;
import org.makemothersmatter.core.web.Addresses;
import org.makemothersmatter.core.web.WebSettings;
import org.makemothersmatter.core.web.view.Alternate;

/**
 * The sitemaps search engines read: an index at {@code /sitemap.xml} naming one sitemap per site, cut into parts
 * of at most {@link #MAX_URLS} addresses ({@code /sitemaps/belgium-1.xml}); each address of a page in one language
 * names the same page in the site's other languages ({@code xhtml:link} alternates, as the pages' heads do) and,
 * where it is known, the day it last changed.
 */
@Singleton
public final class Sitemaps {

    /**
     * Addresses per file: under the protocol's 50,000, and with a page's alternates in eight languages (about a
     * kilobyte an address) under its 50 MB too.
     */
    static final int MAX_URLS = 40_000;
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final Pattern PART = Pattern.compile("([a-z][a-z0-9-]*)-([1-9][0-9]{0,5})\\.xml");
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final SitemapDao dao;
    private final Sites sites;
    private final SiteContentService content;
    private final Addresses addresses;
    private final WebSettings settings;
    private final Themes themes;

    @Inject
    public Sitemaps(Jdbi jdbi, Sites sites, SiteContentService content, Addresses addresses, WebSettings settings,
                    Themes themes) {
        this.dao = Daos.of(jdbi, SitemapDao.class);
        this.themes = themes;
        this.sites = sites;
        this.content = content;
        this.addresses = addresses;
        this.settings = settings;
    }

    /** The address of the sitemap index, which robots.txt names. */
    public String indexUrl() {
        return settings.publicUrl() + "/sitemap.xml";
    }

    /** The index: every part of every site's sitemap. */
    public byte[] index() {
        return xml(out -> {
            out.writeStartElement("sitemapindex");
            out.writeDefaultNamespace(SITEMAP_NS);
            for (SitePlugin plugin : sites.plugins()) {
                List<SitemapUrl> urls = urls(plugin.site());
                for (int part = 1; part <= parts(urls); part++) {
                    out.writeStartElement("sitemap");
                    element(out, "loc", settings.publicUrl() + path(plugin.site(), part));
                    Optional<LocalDate> newest = part(urls, part).stream().map(SitemapUrl::lastmod)
                            .filter(day -> day != null).max(LocalDate::compareTo);
                    if (newest.isPresent()) {
                        element(out, "lastmod", newest.get().toString());
                    }
                    out.writeEndElement();
                }
            }
            out.writeEndElement();
        });
    }

    /** The addresses of the index and of every part it names, for the static export. */
    public List<String> addresses() {
        List<String> addresses = new ArrayList<>(List.of("/sitemap.xml"));
        for (SitePlugin plugin : sites.plugins()) {
            int parts = parts(urls(plugin.site()));
            for (int part = 1; part <= parts; part++) {
                addresses.add(path(plugin.site(), part));
            }
        }
        return addresses;
    }

    private static int parts(List<SitemapUrl> urls) {
        return Math.max(1, (urls.size() + MAX_URLS - 1) / MAX_URLS);
    }

    /** The address of a part of a site's sitemap, e.g. {@code /sitemaps/belgium-1.xml}. */
    public static String path(Site site, int part) {
        return "/sitemaps/" + site.code() + "-" + part + ".xml";
    }

    /** The site and part a sitemap's file name names, if it is one: {@code belgium-1.xml}. */
    public Optional<Part> part(String file) {
        Matcher matcher = PART.matcher(file);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return sites.find(matcher.group(1)).map(site -> new Part(site, Integer.parseInt(matcher.group(2))));
    }

    /** A part of a site's sitemap. */
    public record Part(Site site, int number) {
    }

    /** The part's sitemap; empty for a part beyond the last (the first exists for every site). */
    public Optional<byte[]> sitemap(Part part) {
        List<SitemapUrl> urls = urls(part.site());
        if (part.number() > 1 && (long) (part.number() - 1) * MAX_URLS >= urls.size()) {
            return Optional.empty();
        }
        List<SitemapUrl> slice = part(urls, part.number());
        return Optional.of(xml(out -> {
            out.writeStartElement("urlset");
            out.writeDefaultNamespace(SITEMAP_NS);
            out.writeNamespace("xhtml", XHTML_NS);
            for (SitemapUrl url : slice) {
                out.writeStartElement("url");
                element(out, "loc", url.loc());
                if (url.lastmod() != null) {
                    element(out, "lastmod", url.lastmod().toString());
                }
                for (Alternate alternate : url.alternates()) {
                    out.writeEmptyElement("xhtml", "link", XHTML_NS);
                    out.writeAttribute("rel", "alternate");
                    out.writeAttribute("hreflang", alternate.hreflang());
                    out.writeAttribute("href", alternate.url());
                }
                out.writeEndElement();
            }
            out.writeEndElement();
        }));
    }

    private static <T> List<T> part(List<T> all, int number) {
        int from = Math.min(all.size(), (number - 1) * MAX_URLS);
        return all.subList(from, Math.min(all.size(), from + MAX_URLS));
    }

    /**
     * Every public page of the site in each of its languages, as its navigation and listings lead to them: its home,
     * news and calendar, the international site's advocacy, delegations, directory and themes, a subsite's pages, the
     * plugin's own pages, and every published article and event.
     */
    List<SitemapUrl> urls(Site site) {
        List<SitemapUrl> urls = new ArrayList<>();
        Map<Long, List<SitemapDao.Text>> articles = byItem(dao.articleTexts(site.code()));
        LocalDate newest = articles.values().stream().map(texts -> lastChanged(texts, texts.get(0).language()))
                .max(LocalDate::compareTo).orElse(null);
        page(urls, site, language -> "", language -> newest);
        page(urls, site, language -> "/news", language -> newest);
        page(urls, site, language -> "/calendar", language -> null);
        if (site.network()) {
            page(urls, site, language -> "/advocacy", language -> newest);
            page(urls, site, language -> "/national-mmm", language -> null);
            for (Delegation delegation : content.delegations(site.defaultLanguage())) {
                page(urls, site, language -> "/advocacy/" + delegation.code(), language -> null);
            }
            page(urls, site, language -> "/themes", language -> null);
            for (Theme theme : themes.current()) {
                page(urls, site, language -> "/themes/" + theme.in(language).value().slug(), language -> null);
            }
        } else {
            Map<Long, Map<Language, String>> pages = new LinkedHashMap<>();
            for (Language language : site.languages()) {
                for (Page page : content.pages(site.code(), language)) {
                    pages.computeIfAbsent(page.id(), id -> new LinkedHashMap<>()).put(language, page.slug());
                }
            }
            for (Map<Language, String> slugs : pages.values()) {
                page(urls, site, language -> slugs.containsKey(language) ? "/pages/" + slugs.get(language) : null,
                        language -> null);
            }
        }
        for (NavigationEntry entry : sites.navigation(site)) {
            page(urls, site, language -> entry.path(), language -> null);
        }
        for (List<SitemapDao.Text> texts : articles.values()) {
            page(urls, site, language -> "/news/" + shown(texts, language).slug(),
                    language -> lastChanged(texts, language));
        }
        for (List<SitemapDao.Text> texts : byItem(dao.eventTexts(site.code())).values()) {
            page(urls, site, language -> "/calendar/" + shown(texts, language).slug(), language -> null);
        }
        return urls;
    }

    /** The translations of each article or event, in their order. */
    private static Map<Long, List<SitemapDao.Text>> byItem(List<SitemapDao.Text> texts) {
        Map<Long, List<SitemapDao.Text>> items = new LinkedHashMap<>();
        for (SitemapDao.Text text : texts) {
            items.computeIfAbsent(text.id(), id -> new ArrayList<>()).add(text);
        }
        return items;
    }

    /** A page in each language of the site it exists in, each naming the others. */
    private void page(List<SitemapUrl> urls, Site site, Function<Language, String> pathIn,
                      Function<Language, LocalDate> lastmodIn) {
        List<Alternate> alternates = new ArrayList<>();
        for (Language language : site.languages()) {
            String path = pathIn.apply(language);
            if (path != null) {
                alternates.add(new Alternate(language.code(), addresses.absolute(site, language, path)));
            }
        }
        String fallback = pathIn.apply(site.defaultLanguage());
        if (fallback != null && alternates.size() > 1) {
            alternates.add(new Alternate("x-default", addresses.absolute(site, site.defaultLanguage(), fallback)));
        }
        for (Language language : site.languages()) {
            String path = pathIn.apply(language);
            if (path != null) {
                urls.add(new SitemapUrl(addresses.absolute(site, language, path), lastmodIn.apply(language),
                        alternates.size() > 1 ? alternates : List.of()));
            }
        }
    }

    /** The translation a page in this language shows: its own, else the original. */
    private static SitemapDao.Text shown(List<SitemapDao.Text> texts, Language language) {
        return texts.stream().filter(text -> text.language().equals(language)).findFirst()
                .orElseGet(() -> texts.stream().filter(text -> text.language().equals(text.originalLanguage()))
                        .findFirst().orElse(texts.get(0)));
    }

    /** The day the article's page in this language last changed: its date, or its translation's publication. */
    private static LocalDate lastChanged(List<SitemapDao.Text> texts, Language language) {
        SitemapDao.Text text = shown(texts, language);
        LocalDate day = text.publishedOn();
        if (text.publishedAt() != null) {
            LocalDate published = text.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
            return published.isAfter(day) ? published : day;
        }
        return day;
    }

    private interface Body {
        void write(XMLStreamWriter out) throws XMLStreamException;
    }

    private static byte[] xml(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter out = XML.createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            body.write(out);
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("A sitemap cannot be written", e);
        }
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(text);
        out.writeEndElement();
    }
}
