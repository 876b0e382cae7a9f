package org.makemothersmatter.core.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.makemothersmatter.core.model.Language;

/**
 * One language of one content item: a Markdown file named after its language ({@code fr.md}) that starts
 * with YAML front matter between two {@code ---} lines.
 */
public record ContentFile(String path, Language language, Map<String, String> fields, String body) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public static ContentFile parse(String path, Language language, String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw new ContentException(path + ": must start with front matter between two '---' lines");
        }
        int end = normalized.indexOf("\n---", 3);
        if (end < 0) {
            throw new ContentException(path + ": front matter is not closed by a '---' line");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            Map<?, ?> yaml = YAML.readValue(normalized.substring(4, end), Map.class);
            if (yaml != null) {
                yaml.forEach((key, value) -> fields.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
            }
        } catch (IOException e) {
            throw new ContentException(path + ": front matter is not valid YAML: " + e.getMessage(), e);
        }
        int bodyStart = normalized.indexOf('\n', end + 4);
        String body = bodyStart < 0 ? "" : normalized.substring(bodyStart + 1).strip();
        return new ContentFile(path, language, Map.copyOf(fields), body);
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public String required(String name) {
        return field(name).orElseThrow(() -> new ContentException(path + ": front matter needs '" + name + "'"));
    }
}
