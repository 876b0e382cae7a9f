package org.makemothersmatter.sites.network.bench.generated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.LongAdder;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;

/**
 * Writes content files as the sites ship them ({@code content/<code>/association/<language>.md},
 * {@code content/<code>/news/<date>-<name>/<language>.md}, front matter then Markdown), made up from a seed: the
 * same seed and counts give the same files. Each site draws from a random sequence of its own, so sites can be
 * written in parallel.
 */
final class ContentGenerator {

    /** The seed of every generated association and article. */
    static final long SEED = 1947;

    /** Articles are dated over twenty years from this day: fixed, so that the same seed gives the same files. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);
    private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, FIRST_DAY.plusYears(20));
    private static final List<Section> DELEGATIONS = List.of(Section.EU, Section.UN, Section.UNESCO);

    private final Path content;
    private final LongAdder files = new LongAdder();
    private final LongAdder bytes = new LongAdder();

    /** A generator writing under {@code <folder>/content}, the folder being a classpath root. */
    ContentGenerator(Path folder) {
        this.content = folder.resolve("content");
    }

    /** An association's own file, in each of its languages: its name, country, summary and presentation. */
    void association(GeneratedAssociation association) {
        Site site = association.site();
        Random random = random(site, "association");
        Path folder = content.resolve(site.code()).resolve("association");
        for (Language language : site.languages()) {
            Prose prose = new Prose(language, random);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", GeneratedAssociations.name(association.country(), language));
            fields.put("country", association.country());
            fields.put("summary", prose.sentences(prose.between(15, 30)));
            write(folder.resolve(language.code() + ".md"), fields,
                    prose.sentences(prose.between(60, 120)) + "\n\n" + prose.sentences(prose.between(60, 120)));
        }
    }

    /**
     * A site's news: {@code count} articles, each in the site's first two languages, about one in five lacking
     * one of them; the international site's articles two in five in a delegation's section, an association's one
     * in four shared with the network. Nine files in ten carry their excerpt; the loader cuts the others' from
     * the body.
     */
    void articles(Site site, int count) {
        Random random = random(site, "news");
        Path news = content.resolve(site.code()).resolve("news");
        for (int i = 1; i <= count; i++) {
            Path folder = news.resolve(FIRST_DAY.plusDays(random.nextInt(DAYS)) + "-article-" + i);
            Map<String, String> shared = new LinkedHashMap<>();
            shared.put("section", section(site, random).code());
            if (!site.network() && random.nextInt(4) == 0) {
                shared.put("network", "true");
            }
            for (Language language : languages(site, random)) {
                Prose prose = new Prose(language, random);
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("title", prose.title());
                if (random.nextInt(10) > 0) {
                    fields.put("excerpt", prose.sentences(prose.between(25, 35)));
                }
                fields.putAll(shared);
                write(folder.resolve(language.code() + ".md"), fields, prose.body());
            }
        }
    }

    long files() {
        return files.sum();
    }

    long bytes() {
        return bytes.sum();
    }

    private static Random random(Site site, String kind) {
        return new Random(SEED ^ (site.code() + "/" + kind).hashCode());
    }

    private static Section section(Site site, Random random) {
        if (!site.network()) {
            return Section.NATIONAL;
        }
        return random.nextInt(5) < 2 ? DELEGATIONS.get(random.nextInt(DELEGATIONS.size())) : Section.NETWORK;
    }

    /** The site's first two languages, or one of them only for one article in five (mostly the first). */
    private static List<Language> languages(Site site, Random random) {
        List<Language> both = site.languages().subList(0, Math.min(2, site.languages().size()));
        int roll = random.nextInt(20);
        return both.size() < 2 || roll >= 4 ? both : List.of(both.get(roll == 0 ? 1 : 0));
    }

    private void write(Path file, Map<String, String> fields, String body) {
        StringBuilder text = new StringBuilder("---\n");
        fields.forEach((name, value) -> text.append(name).append(": \"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n"));
        text.append("---\n\n").append(body).append('\n');
        byte[] encoded = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, encoded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.increment();
        bytes.add(encoded.length);
    }
}
