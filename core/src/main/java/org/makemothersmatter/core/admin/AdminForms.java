package org.makemothersmatter.core.admin;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.makemothersmatter.core.admin.view.Choice;
import org.makemothersmatter.core.editorial.Conflict;
import org.makemothersmatter.core.store.StorageFailures;

/**
 * What the back office's editing pages read from requests and how they answer: ids and versions, filter
 * values, choices of a select, and the redirect that shows what was done. A value that cannot be read is a
 * 404 (an address) or a 400 (a form or a filter), never an error of the server.
 */
final class AdminForms {

    private AdminForms() {
    }

    /** The {id} of the address. */
    static long id(Context ctx) {
        return parseId(ctx.pathParam("id"));
    }

    static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
    }

    /** The version the form's page was read at. */
    static int version(Context ctx) {
        return version(ctx, "version");
    }

    /** The version of one of the things a form shows, from its field, as the form's page read it. */
    static int version(Context ctx, String field) {
        try {
            return Integer.parseInt(String.valueOf(ctx.formParam(field)));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("The form lacks the version it was read at.");
        }
    }

    /** A filter value from the query: absent or empty means any; an unknown value is a bad request. */
    static String option(Context ctx, String name, List<String> allowed) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new BadRequestResponse("Unknown " + name + " '" + value + "'");
        }
        return value;
    }

    /** The options of a select whose labels are its values; a first one, for any, if {@code anyLabel} is given. */
    static List<Choice> choices(List<String> values, String selected, String anyLabel) {
        return choices(values, selected, anyLabel, value -> value);
    }

    /** The options of a select: codes as values, {@code label} naming each ("belgium" shows as "MMM Belgium"). */
    static List<Choice> choices(List<String> values, String selected, String anyLabel, Function<String, String> label) {
        List<Choice> choices = new ArrayList<>();
        if (anyLabel != null) {
            choices.add(new Choice("", anyLabel, selected == null));
        }
        values.forEach(v -> choices.add(new Choice(v, label.apply(v), v.equals(selected))));
        return choices;
    }

    /**
     * {@code path} with the query parameters given as name, value pairs (those without a value left out),
     * ending with "?" or "&" so that another can follow.
     */
    static String withQuery(String path, String... namesAndValues) {
        StringBuilder url = new StringBuilder(path).append('?');
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                url.append(namesAndValues[i]).append('=').append(encode(namesAndValues[i + 1])).append('&');
            }
        }
        return url.toString();
    }

    /**
     * Makes a change, then sends to the address it returns, with what was done. A conflict (409), a refused
     * value (422) or a failure of the storage (503) shows the form again, with the message, instead.
     */
    static void attempt(AdminTexts t, Context ctx, Supplier<String> change, String done, Consumer<String> showAgain) {
        try {
            redirect(ctx, change.get(), done);
        } catch (Conflict e) {
            ctx.status(HttpStatus.CONFLICT);
            showAgain.accept(t.reason(e));
        } catch (IllegalArgumentException e) {
            // 422: the form is understood but cannot be accepted; it is shown again with what was typed.
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showAgain.accept(t.reason(e));
        } catch (RuntimeException e) {
            if (!StorageFailures.isStorageFailure(e)) {
                throw e;
            }
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
            ctx.header("Retry-After", "30");
            showAgain.accept(t.get("edit.notSaved"));
        }
    }

    /** After a change: to the page that shows it, with what was done. */
    static void redirect(Context ctx, String url, String done) {
        ctx.redirect(url + (url.contains("?") ? "&" : "?") + AdminPages.NOTICE_PARAM + "=" + encode(done),
                HttpStatus.SEE_OTHER);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
