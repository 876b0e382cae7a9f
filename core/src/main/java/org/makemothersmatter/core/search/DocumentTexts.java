package org.makemothersmatter.core.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.jdbi.v3.core.Handle;
import org.makemothersmatter.core.documents.Document;
import org.makemothersmatter.core.documents.DocumentDao;
import org.makemothersmatter.core.events.ContentChanged;

/**
 * Statements and reports, found by the text read from their PDF at upload, their title and their UN symbol; public
 * when they stand alone or their article is published, so an article's change is followed on its documents too.
 */
final class DocumentTexts implements Searchable {

    @Override
    public String kind() {
        return ContentChanged.Item.DOCUMENT;
    }

    @Override
    public void each(Handle handle, Collection<String> sites, Consumer<SearchDocument> documents) {
        DocumentDao dao = handle.attach(DocumentDao.class);
        send(handle, sites.isEmpty() ? dao.publicTexts() : dao.publicTextsOf(sites), documents);
    }

    @Override
    public void items(Handle handle, Collection<Long> ids, Consumer<SearchDocument> documents) {
        send(handle, handle.attach(DocumentDao.class).publicTexts(ids), documents);
    }

    @Override
    public long count(Handle handle) {
        return handle.attach(DocumentDao.class).countPublic();
    }

    @Override
    public Collection<Long> following(Handle handle, String kind, Collection<Long> ids) {
        return kind.equals(ContentChanged.Item.ARTICLE) ? handle.attach(DocumentDao.class).attachedTo(ids) : List.of();
    }

    private static void send(Handle handle, Stream<DocumentDao.Text> texts, Consumer<SearchDocument> documents) {
        SearchDao tags = handle.attach(SearchDao.class);
        // The text read from a PDF is plain: escaped, as the index reads what it is given as HTML.
        ThemeTags.send(texts, DocumentDao.Text::id, tags::documentThemes, (text, themes) -> new SearchDocument(
                ContentChanged.Item.DOCUMENT, text.id(), text.site(), null, text.language(), text.issuedOn(),
                text.title(), text.symbol(), SimpleHTMLEncoder.htmlEncode(text.text()),
                Document.url(text.id(), text.title()), themes), documents);
    }
}
