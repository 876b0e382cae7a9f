package org.makemothersmatter.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a page says at a place a pattern finds: the pattern's first group, which the test expects to be there. */
public final class Matches {

    private Matches() {
    }

    /** The first group of the first match. */
    public static String first(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }

    /** The first group of the last match. */
    public static String last(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        String last = null;
        while (matcher.find()) {
            last = matcher.group(1);
        }
        assertThat(last).as(regex).isNotNull();
        return last;
    }
}
