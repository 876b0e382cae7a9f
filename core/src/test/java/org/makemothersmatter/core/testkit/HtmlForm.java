package org.makemothersmatter.core.testkit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The fields a form of a page sends as a browser without scripts would, buttons aside: those inside it and those
 * outside that name it ({@code form="<id>"}), each with the value the page gives it.
 */
public final class HtmlForm {

    private HtmlForm() {
    }

    /**
     * Sends the form of this id as the page at {@code path} gives it, with {@code typed} over its fields (the button
     * pressed among them, as {@code then} is on the edit page), to its action.
     */
    public static TestServer.Page submit(Browser browser, String path, String id, Map<String, String> typed) {
        return submit(browser, browser.get(path), id, typed);
    }

    /**
     * Sends the form of this id as {@code page}, already got (the answer to a form sent, say), gives it, with
     * {@code typed} over its fields, to its action: in the query of a GET if it is a form of {@code method="get"}.
     */
    public static TestServer.Page submit(Browser browser, TestServer.Page page, String id, Map<String, String> typed) {
        Map<String, String> fields = fields(page.body(), id);
        fields.putAll(typed);
        Element form = Jsoup.parse(page.body()).getElementById(id);
        if (form.attr("method").equalsIgnoreCase("get")) {
            return browser.get(form.attr("action") + "?" + fields.entrySet().stream()
                    .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                    .collect(Collectors.joining("&")));
        }
        return browser.post(form.attr("action"), fields);
    }

    /** The fields of the form of this id, by name; a test adds what a visitor types and the button pressed. */
    public static Map<String, String> fields(String html, String id) {
        Document page = Jsoup.parse(html);
        Element form = page.getElementById(id);
        if (form == null) {
            throw new AssertionError("The page has no form #" + id);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : page.select("input[name], textarea[name], select[name]")) {
            Element owner = field.hasAttr("form") ? page.getElementById(field.attr("form")) : field.closest("form");
            if (owner != form || field.hasAttr("disabled")) {
                continue;
            }
            String type = field.attr("type");
            if (type.equals("submit") || (type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            fields.put(field.attr("name"), value(field));
        }
        return fields;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String value(Element field) {
        return switch (field.tagName()) {
            case "textarea" -> field.wholeText();
            case "select" -> {
                Element chosen = field.selectFirst("option[selected]");
                if (chosen == null) {
                    chosen = field.selectFirst("option");
                }
                yield chosen == null ? "" : chosen.attr("value");
            }
            default -> field.hasAttr("value") ? field.attr("value") : field.attr("type").equals("checkbox") ? "on" : "";
        };
    }
}
