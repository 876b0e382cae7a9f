package org.makemothersmatter.core.search;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.makemothersmatter.core.events.ContentListener;

/** The search: its index follows the changes announced; each kind it finds is bound here. */
public final class SearchModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<Searchable> kinds = Multibinder.newSetBinder(binder(), Searchable.class);
        kinds.addBinding().toInstance(PublishedTexts.articles());
        kinds.addBinding().toInstance(PublishedTexts.pages());
        kinds.addBinding().to(DocumentTexts.class);
        Multibinder.newSetBinder(binder(), ContentListener.class).addBinding().to(SearchIndex.class);
    }
}
