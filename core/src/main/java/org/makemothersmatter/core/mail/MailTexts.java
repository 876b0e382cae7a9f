package org.makemothersmatter.core.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.plugin.Texts;

/**
 * The words of the notifications, from {@code messages/mail_<language>.properties}: in the recipient's language if
 * the site writes its mails in it, else in English.
 */
final class MailTexts {

    private final ClassLoader classLoader;
    private final Texts english;
    private final Map<Language, Optional<Texts>> loaded = new ConcurrentHashMap<>();

    MailTexts(ClassLoader classLoader) {
        this.classLoader = classLoader;
        this.english = read(Language.ENGLISH).orElseThrow(() -> new IllegalStateException("No mail strings in English"));
    }

    Texts in(Language language) {
        return loaded.computeIfAbsent(language, this::read).orElse(english);
    }

    private Optional<Texts> read(Language language) {
        try (InputStream in = classLoader.getResourceAsStream("messages/mail_" + language.code() + ".properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> strings = new HashMap<>();
            properties.forEach((key, value) -> strings.put(key.toString(), value.toString()));
            return Optional.of(new Texts(strings, language.locale()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the mails' strings in " + language, e);
        }
    }
}
