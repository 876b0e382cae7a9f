package org.makemothersmatter.core.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A site's routes: core's first, then its plugin's, each checked by what it matches. */
class RouteTableTest {

    private static RouteTable withCoresRoutes() {
        RouteTable table = new RouteTable();
        for (String path : List.of("/", "/news", "/news/{slug}", "/pages/{slug}")) {
            table.claim("core", "GET", path);
        }
        return table;
    }

    @Test
    void aPluginsOwnAddressesAreTaken() {
        RouteTable table = withCoresRoutes();
        assertThatCode(() -> {
            table.claim("plugin spain", "GET", "/events");
            table.claim("plugin spain", "GET", "/events/{id}");
            table.claim("plugin spain", "POST", "/events/{id}");
            table.claim("plugin spain", "GET", "/news/{slug}/photos");
            table.claim("plugin spain", "GET", "/sign-up.html");
        }).doesNotThrowAnyException();
    }

    @Test
    void aRouteThatTakesAnothersRequestsOrIsNeverReachedStopsTheStartNamingBoth() {
        Map<String, String> clashes = Map.of(
                "/news/{id}", "Plugin spain: the route GET /news/{id} is the same address as core's route GET "
                        + "/news/{slug}: give it another path",
                "/news/archive", "Plugin spain: the route GET /news/archive overlaps core's route GET /news/{slug}, "
                        + "which answers first the requests both match: give it another path",
                "/", "Plugin spain: the route GET / is the same address as core's route GET /: give it another path");
        clashes.forEach((path, message) -> assertThatThrownBy(() -> withCoresRoutes().claim("plugin spain", "GET",
                path)).as(path).hasMessage(message));
        RouteTable table = withCoresRoutes();
        table.claim("plugin spain", "GET", "/events/{id}");
        assertThatThrownBy(() -> table.claim("plugin spain", "GET", "/events/today"))
                .hasMessageStartingWith("Plugin spain: the route GET /events/today overlaps its own route GET /events/{id}");
    }

    @Test
    void aMalformedRouteStopsTheStartSayingHowToWriteIt() {
        Map<String, String> malformed = Map.of(
                "agenda", "does not start with /",
                "/agenda/", "ends with /",
                "//agenda", "has the segment ''",
                "/Agenda", "has the segment 'Agenda'",
                "/agenda/*", "has the segment '*'",
                "/agenda/<path>", "has the segment '<path>'",
                "/agenda?month=1", "has the segment 'agenda?month=1'");
        malformed.forEach((path, problem) -> assertThatThrownBy(() -> withCoresRoutes().claim("plugin spain", "GET",
                path)).as(path).hasMessage("Plugin spain: the route GET " + path + " " + problem
                + (problem.startsWith("has the segment") ? ": write segments in lower-case letters, digits, dots and "
                + "dashes, or as a parameter such as {slug}" : problem.startsWith("ends") ? " (a page has one address: "
                + "write it without)" : "")));
    }
}
