package org.makemothersmatter.sites.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.makemothersmatter.core.testkit.TestServer;

/**
 * The article cards of a page as a visitor reads them, and of a whole listing, followed page after page by its
 * links to older news; and what a page must show of the cards the content gives it.
 */
public final class Listing {

    private static final Pattern CARD = Pattern.compile("(?s)<article class=\"card\">.*?</article>");
    private static final Pattern TITLE = Pattern.compile(
            "class=\"card-title\"(?: lang=\"([^\"]*)\")?(?: dir=\"[^\"]*\")?><a(?: href=\"([^\"]*)\")?>([^<]*)</a>");
    private static final Pattern DATE = Pattern.compile("<time datetime=\"([^\"]*)\">([^<]*)</time>");
    private static final Pattern BADGE = Pattern.compile("<span class=\"badge\">([^<]*)</span>");
    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\">");

    private Listing() {
    }

    /**
     * An article's card: its title and link, the language it is shown in when not the page's, its date for
     * machines and for people, and the badge naming its language when it is not the page's.
     */
    public record Card(String title, String url, String lang, String date, String dateText, String badge) {
    }

    /** A listing's pages, from its first by their links to older news (path → the page's HTML), and their cards. */
    public record Walk(Map<String, String> pages, List<Card> cards) {
    }

    /** The cards of one page, in its order. */
    public static List<Card> cards(String html) {
        List<Card> cards = new ArrayList<>();
        Matcher card = CARD.matcher(html);
        while (card.find()) {
            Matcher title = TITLE.matcher(card.group());
            Matcher date = DATE.matcher(card.group());
            assertThat(title.find() && date.find()).as("a card's title and date: " + card.group()).isTrue();
            Matcher badge = BADGE.matcher(card.group());
            cards.add(new Card(unescaped(title.group(3)), title.group(2), title.group(1), date.group(1),
                    unescaped(date.group(2)), badge.find() ? unescaped(badge.group(1)) : null));
        }
        return cards;
    }

    /** Every page of a listing, each answering 200, and all their cards. */
    public static Walk walk(TestServer server, String first) {
        Map<String, String> pages = new LinkedHashMap<>();
        List<Card> cards = new ArrayList<>();
        for (String path = first; path != null; ) {
            TestServer.Page page = server.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(pages.put(path, page.body())).as("a listing that comes back to " + path).isNull();
            cards.addAll(cards(page.body()));
            Matcher next = NEXT.matcher(page.body());
            path = next.find() ? unescaped(next.group(1)) : null;
        }
        return new Walk(pages, cards);
    }

    /** A whole listing shows exactly the cards expected, newest first (cards of one day in any order). */
    public static void assertLists(List<Card> shown, List<Card> expected, String listing) {
        assertThat(shown).as(listing).extracting(Card::date)
                .containsExactlyElementsOf(expected.stream().map(Card::date).toList());
        assertThat(shown).as(listing).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** A page that shows the latest few shows the newest of the cards expected, at least one if there is any. */
    public static void assertNewest(List<Card> shown, List<Card> expected, String page) {
        assertThat(shown).as(page).hasSizeBetween(Math.min(1, expected.size()), expected.size());
        assertThat(shown).as(page).extracting(Card::date).containsExactlyElementsOf(
                expected.subList(0, shown.size()).stream().map(Card::date).toList());
        assertThat(expected).as(page).containsAll(shown);
    }

    /** HTML text with the escapes the templates apply undone, to compare with content as written. */
    public static String unescaped(String html) {
        return html.replace("&#34;", "\"").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
