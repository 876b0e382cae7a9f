package org.makemothersmatter.core.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
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
        String html = browser.get(path).body();
        Map<String, String> fields = fields(html, id);
        fields.putAll(typed);
        return browser.post(Jsoup.parse(html).getElementById(id).attr("action"), fields);
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
