package org.makemothersmatter.core.content;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;

/**
 * One content item (an article, a page, a delegation, an association) and its files, one per language.
 * Its key ("belgium/news/2022-04-26-podcast") identifies it across restarts.
 */
public record ContentItem(String key, String folder, List<ContentFile> files) {

    /** A field shared by the whole item: it may stand in any of its files, but must not disagree. */
    public Optional<String> shared(String name) {
        List<String> values = files.stream().flatMap(f -> f.field(name).stream()).distinct().toList();
        if (values.size() > 1) {
            throw new ContentException(key + ": its files disagree on '" + name + "': " + values);
        }
        return values.stream().findFirst();
    }

    /** The language the item was written in: the site's default language if present, else the first the site lists. */
    public Language originalLanguage(Site site) {
        List<Language> present = files.stream().map(ContentFile::language).toList();
        return site.languages().stream().filter(present::contains).findFirst()
                .orElseGet(() -> present.get(0));
    }

    /** The number before the first dash of the folder name ("2-statutes" gives 2), used to order items. */
    public int position() {
        String prefix = folder.contains("-") ? folder.substring(0, folder.indexOf('-')) : folder;
        try {
            return Integer.parseInt(prefix);
        } catch (NumberFormatException e) {
            throw new ContentException(key + ": folder name must start with its position, e.g. '1-" + folder + "'");
        }
    }

    /** The folder name without its position prefix ("2-statutes" gives "statutes"). */
    public String name() {
        return folder.substring(folder.indexOf('-') + 1);
    }

    @Override
    public String toString() {
        return key + files.stream().map(f -> f.language().code()).collect(Collectors.joining(",", "[", "]"));
    }
}
