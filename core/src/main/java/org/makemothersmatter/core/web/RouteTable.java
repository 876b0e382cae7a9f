package org.makemothersmatter.core.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The routes of one site, checked as they are declared so that a route that could never be reached, or that would
 * take another's requests, stops the start instead of being silently ignored. Routes are compared by what they
 * match, not as strings: {@code /news/{id}} is {@code /news/{slug}} again, and {@code /news/archive} would never be
 * reached behind it, since the first route declared that matches a request answers it.
 */
final class RouteTable {

    /** A segment is a word of letters, digits, dots, dashes and underscores, or a parameter such as {slug}. */
    private static final Pattern LITERAL = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern PARAMETER = Pattern.compile("\\{[a-zA-Z][a-zA-Z0-9]*}");

    private final List<Route> routes = new ArrayList<>();

    /** A route declared: by whom ("core", "plugin mali"), for which method, at which path of the site. */
    private record Route(String owner, String method, String path, List<String> segments) {

        /** Whether some request path is matched by both routes. */
        boolean overlaps(Route other) {
            if (!method.equals(other.method) || segments.size() != other.segments.size()) {
                return false;
            }
            for (int i = 0; i < segments.size(); i++) {
                String mine = segments.get(i);
                String theirs = other.segments.get(i);
                if (!isParameter(mine) && !isParameter(theirs) && !mine.equals(theirs)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Declares a route of the site, relative to its language ({@code /events/{id}}); throws, naming the owner, the
     * route and the fix, if the path is malformed or overlaps a route declared before.
     */
    void claim(String owner, String method, String path) {
        Route route = new Route(owner, method, path, segments(owner, method, path));
        for (Route earlier : routes) {
            if (route.overlaps(earlier)) {
                boolean same = route.segments().equals(earlier.segments());
                String which = earlier.owner().equals(owner) ? "its own route " : earlier.owner() + "'s route ";
                throw new IllegalStateException(capitalised(owner) + ": the route " + method + " " + path
                        + (same ? " is the same address as " : " overlaps ") + which + earlier.method() + " "
                        + earlier.path() + (same ? "" : ", which answers first the requests both match")
                        + ": give it another path");
            }
        }
        routes.add(route);
    }

    private static List<String> segments(String owner, String method, String path) {
        String problem = null;
        if (path == null || !path.startsWith("/")) {
            problem = "does not start with /";
        } else if (path.length() > 1 && path.endsWith("/")) {
            problem = "ends with / (a page has one address: write it without)";
        }
        List<String> segments = new ArrayList<>();
        if (problem == null && !path.equals("/")) {
            for (String segment : path.substring(1).split("/", -1)) {
                if (!LITERAL.matcher(segment).matches() && !PARAMETER.matcher(segment).matches()) {
                    problem = "has the segment '" + segment + "': write segments in lower-case letters, digits, "
                            + "dots and dashes, or as a parameter such as {slug}";
                    break;
                }
                segments.add(isParameter(segment) ? "{}" : segment);
            }
        }
        if (problem != null) {
            throw new IllegalStateException(capitalised(owner) + ": the route " + method + " " + path + " " + problem);
        }
        return List.copyOf(segments);
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{");
    }

    private static String capitalised(String owner) {
        return owner.substring(0, 1).toUpperCase(Locale.ROOT) + owner.substring(1);
    }
}
