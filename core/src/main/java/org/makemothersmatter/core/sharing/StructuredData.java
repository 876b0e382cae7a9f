package org.makemothersmatter.core.sharing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The schema.org data of a page, as JSON-LD for its {@code <script type="application/ld+json">}: the NGO every
 * page is published by, and what the page is (a news article, an event, a trail of breadcrumbs). Written by
 * Jackson with {@code <}, {@code >} and {@code &} escaped as JSON escapes, so that no text (a title holding
 * {@code </script>}) can close the script block.
 */
public final class StructuredData {

    public static final String CONTEXT = "https://schema.org";
    /** The year the movement was founded, which the organisation's data states. */
    static final String FOUNDED = "1947";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper SCRIPT_SAFE = new ObjectMapper();

    static {
        SCRIPT_SAFE.getFactory().setCharacterEscapes(new ScriptSafe());
    }

    private StructuredData() {
    }

    /** A node of the given schema.org type. */
    public static ObjectNode node(String type) {
        return JSON.createObjectNode().put("@type", type);
    }

    /**
     * The NGO: name, address, logo, foundation, and its general consultative status with the UN's Economic and
     * Social Council, which schema.org says as an award (a recognition the organisation received).
     */
    public static ObjectNode organization(String id, String name, String url, String logo, String description,
                                          String status) {
        ObjectNode ngo = node("NGO").put("@id", id).put("name", name).put("url", url).put("logo", logo)
                .put("foundingDate", FOUNDED).put("description", description);
        ngo.put("award", status);
        return ngo;
    }

    /** A reference to a node of the page's graph by its {@code @id}. */
    public static ObjectNode reference(String id) {
        return JSON.createObjectNode().put("@id", id);
    }

    /** The trail from the site's home to the page: each step's name and address. */
    public static ObjectNode breadcrumbs(List<String> names, List<String> urls) {
        ObjectNode list = node("BreadcrumbList");
        ArrayNode items = list.putArray("itemListElement");
        for (int i = 0; i < names.size(); i++) {
            items.add(node("ListItem").put("position", i + 1).put("name", names.get(i)).put("item", urls.get(i)));
        }
        return list;
    }

    /** The page's graph as the text of its script block. */
    public static String script(List<ObjectNode> nodes) {
        ObjectNode graph = JSON.createObjectNode().put("@context", CONTEXT);
        graph.putArray("@graph").addAll(nodes);
        try {
            return SCRIPT_SAFE.writeValueAsString(graph);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of JSON nodes is always written", e);
        }
    }

    /** Escapes what could end the script block or be read as markup: {@code < > &}. */
    private static final class ScriptSafe extends CharacterEscapes {

        private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

        ScriptSafe() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
