package org.makemothersmatter.sites.network.bench.generated;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.plugin.SitePlugin;

/**
 * National associations made up for a benchmark ({@code generated-01}, {@code generated-02}...), hosted next to
 * the shipped plugins when this module is installed with the network site. Each is named after a country and
 * publishes in two or three of the languages core has strings for, the same ones at every run.
 */
public final class GeneratedAssociations extends AbstractModule {

    /** The languages generated associations publish in: some core translates, some it does not. */
    private static final List<String> LANGUAGES = List.of("ar", "ca", "de", "en", "es", "fr", "it", "nl", "pl", "pt");

    private final List<GeneratedAssociation> associations;

    private GeneratedAssociations(List<GeneratedAssociation> associations) {
        this.associations = associations;
    }

    public static GeneratedAssociations of(int count) {
        Random random = new Random(ContentGenerator.SEED);
        List<Language> languages = LANGUAGES.stream().map(Language::of).toList();
        List<String> countries = new ArrayList<>(Arrays.asList(Locale.getISOCountries()));
        Collections.shuffle(countries, random);
        String format = "generated-%0" + Math.max(2, String.valueOf(count).length()) + "d";
        List<GeneratedAssociation> associations = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            List<Language> own = new ArrayList<>(languages);
            Collections.shuffle(own, random);
            // Most associations publish in two languages, some in three, as Lebanon does.
            int published = Math.min(own.size(), random.nextInt(5) == 0 ? 3 : 2);
            String country = countries.get(i % countries.size());
            associations.add(new GeneratedAssociation(new Site(String.format(format, i),
                    name(country, Language.ENGLISH), own.subList(0, published), false), country));
        }
        return new GeneratedAssociations(List.copyOf(associations));
    }

    /** An association's name in a language: "MMM Portugal", "MMM Portugal", "MMM البرتغال". */
    static String name(String country, Language language) {
        return "MMM " + new Locale("", country).getDisplayCountry(language.locale());
    }

    public List<GeneratedAssociation> associations() {
        return associations;
    }

    @Override
    protected void configure() {
        // Plugins configured by code are instances: SitePlugins.register binds classes that Guice builds.
        Multibinder<SitePlugin> plugins = Multibinder.newSetBinder(binder(), SitePlugin.class);
        associations.forEach(association -> plugins.addBinding().toInstance(association));
    }
}
