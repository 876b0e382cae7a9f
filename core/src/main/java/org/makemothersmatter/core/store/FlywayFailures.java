package org.makemothersmatter.core.store;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;

/**
 * A failed migration in one line that says what to do, rather than Flyway's report of several: the start prints
 * it after the name of whose migrations failed.
 */
final class FlywayFailures {

    private static final Pattern SCRIPT = Pattern.compile("script (\\S+)");
    private static final Pattern LINE = Pattern.compile("Line\\s*:\\s*(\\d+)");
    /** The database's own words, without the statement it quotes after them. */
    private static final Pattern MESSAGE = Pattern.compile("Message\\s*:\\s*(.*?)(?:; SQL statement:.*)?(?= Location\\s*:|$)");

    private FlywayFailures() {
    }

    static String reason(FlywayException failure, String location) {
        List<String> lines = Arrays.stream(String.valueOf(failure.getMessage()).split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        String text = String.join(" ", lines);
        if (text.contains("checksum mismatch")) {
            return "a migration under " + location + "/ was changed after this database applied it ("
                    + find(lines, "checksum mismatch") + "): restore it as it was, and put the change in a new "
                    + "migration with the next version";
        }
        if (text.contains("not resolved locally")) {
            return "a migration this database applied is missing from " + location + "/ ("
                    + find(lines, "not resolved locally") + "): put it back; never remove an applied migration";
        }
        Matcher script = SCRIPT.matcher(text);
        Matcher line = LINE.matcher(text);
        Matcher refusal = MESSAGE.matcher(text);
        return (script.find() ? "its migration " + script.group(1) : "a migration under " + location + "/")
                + " failed" + (line.find() ? " at line " + line.group(1) : "")
                + (refusal.find() ? ": the database refused it: " + refusal.group(1) : ": " + lines.get(0))
                + (text.contains("Not enough rights") ? " (a plugin's migrations may change its own tables only)" : "");
    }

    /** The first line that has the words, or nothing. */
    private static String find(List<String> lines, String words) {
        return lines.stream().filter(line -> line.contains(words)).findFirst().orElse("");
    }
}
