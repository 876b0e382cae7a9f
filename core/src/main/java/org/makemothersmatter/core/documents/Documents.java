package org.makemothersmatter.core.documents;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.account.AccessDenied;
import org.makemothersmatter.core.account.Account;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.account.Role;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.media.DecodingTurns;
import org.makemothersmatter.core.model.Language;
import org.makemothersmatter.core.model.PageRequest;
import org.makemothersmatter.core.model.Refused;
import org.makemothersmatter.core.model.Section;
import org.makemothersmatter.core.model.Site;
import org.makemothersmatter.core.model.Slice;
import org.makemothersmatter.core.sites.Sites;
import org.makemothersmatter.core.store.Daos;
import org.makemothersmatter.core.themes.Themes;

/**
 * Statements and reports (PDF). An upload is taken only from who may edit the site, and only if its content is a PDF
 * (it starts as one, and opens as one) of bounded size; its text is read then and kept beside it. Pages link it at an
 * address of a random id. Who may edit the site deletes a document that no published text uses.
 *
 * <p>Reading a PDF takes memory: uploads take the turns images are decoded in, and the reader keeps what it reads
 * in a temporary file rather than the heap.
 */
public final class Documents {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** The largest upload, as people read it. */
    public static final String MAX_SIZE = MAX_BYTES / (1024 * 1024) + " MB";
    public static final int MAX_TITLE = 300;
    public static final String PDF = "application/pdf";
    /**
     * A UN document symbol: the organ's letters, then parts separated by slashes (A/HRC/58/NGO/123,
     * E/CN.6/2024/NGO/45, A/RES/78/1).
     */
    public static final Pattern SYMBOL = Pattern.compile("[A-Z]{1,8}(/[A-Za-z0-9.()-]{1,20}){1,8}");
    /** The same, as browsers read a field's pattern (in the v mode of their regular expressions). */
    public static final String SYMBOL_IN_BROWSERS = "[A-Z]{1,8}(/[A-Za-z0-9.\\(\\)\\-]{1,20}){1,8}";
    private static final int MAX_SYMBOL = 60;
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** Ids are below 2<sup>53</sup>, as images' are, so that a script reads them exactly. */
    private static final long ID_BOUND = 1L << 53;
    /** The articles the upload form offers to attach a document to: the site's latest. */
    private static final int ARTICLES_OFFERED = 200;

    private final Jdbi jdbi;
    private final DocumentDao documents;
    private final Sites sites;
    private final Themes themes;
    private final AuditLog audit;
    private final ContentEvents events;
    private final DecodingTurns turns;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public Documents(Jdbi jdbi, Sites sites, Themes themes, AuditLog audit, ContentEvents events, DecodingTurns turns,
                     Clock clock) {
        this.jdbi = jdbi;
        this.documents = Daos.of(jdbi, DocumentDao.class);
        this.sites = sites;
        this.themes = themes;
        this.audit = audit;
        this.events = events;
        this.turns = turns;
        this.clock = clock;
    }

    /** A document that a published text uses cannot be deleted. Nothing was deleted. */
    public static final class InUse extends RuntimeException {
        InUse(long id) {
            super("Document " + id + " is in use");
        }
    }

    /** What an upload's form says of the document; null for what it leaves out. */
    public record Upload(String site, String title, String date, String language, String symbol, String article,
                         String delegation, Collection<Long> themes) {
    }

    /** The file read: its pages and its text. */
    private record Read(int pages, String text) {
    }

    /** Checks and stores an upload with its text; returns the document's id. */
    public long upload(Account account, Upload form, InputStream content) {
        Site site = sites.find(form.site()).orElseThrow(() -> new Refused("document.refused.site"));
        requireEditor(account, site.code());
        String title = required(form.title(), "document.refused.title");
        if (title.length() > MAX_TITLE) {
            throw new Refused("document.refused.titleTooLong", MAX_TITLE);
        }
        LocalDate issuedOn = date(form.date());
        Language language = Language.find(form.language()).orElseThrow(() -> new Refused("document.refused.language"));
        String symbol = symbol(form.symbol());
        Long articleId = article(site, form.article());
        String delegation = delegation(site, form.delegation(), articleId);
        themes.requireCurrent(form.themes(), List.of());
        byte[] bytes = bytes(content);
        Read read = turns.take(() -> read(bytes));
        return jdbi.inTransaction(handle -> {
            DocumentDao dao = handle.attach(DocumentDao.class);
            long id = newId(dao);
            dao.insert(id, site.code(), articleId, delegation, title, issuedOn, language, symbol, PDF, bytes.length,
                    read.pages(), account.id(), clock.instant());
            dao.insertFile(id, bytes, read.text());
            form.themes().forEach(theme -> dao.tag(id, theme));
            audit.record(account.id(), account.email(), "document.upload", site.code(), "document " + id,
                    "PDF, " + bytes.length + " bytes, " + read.pages() + " pages: " + title, null);
            events.afterCommit(handle, ContentChanged.of(site.code(),
                    ContentChanged.Item.of(ContentChanged.Item.DOCUMENT, id)));
            return id;
        });
    }

    /** A document of one of the account's sites. */
    public Document find(Account account, long id) {
        Document document = documents.find(id).orElseThrow(() -> new Refused("document.refused.unknown"));
        if (!account.worksOn(document.site())) {
            throw new AccessDenied(account.email() + " does not work on " + document.site() + ".");
        }
        return document;
    }

    /** The documents of the account's sites, or of one of them, newest first. */
    public Slice<Document> list(Account account, String site, PageRequest page) {
        List<String> scope = sites.plugins().stream().map(p -> p.site().code())
                .filter(code -> account.worksOn(code) && (site == null || code.equals(site))).toList();
        if (scope.isEmpty()) {
            return new Slice<>(List.of(), page, 0);
        }
        return new Slice<>(documents.bySites(scope, page.size(), page.offset()), page, documents.countBySites(scope));
    }

    /** The articles of a site a document may be attached to. */
    public List<DocumentDao.Named> articlesOf(String site) {
        return documents.articlesOf(site, ARTICLES_OFFERED);
    }

    /** The text read from the document's file at upload; empty if it has none (a scan without text). */
    public String text(long id) {
        return documents.text(id).map(DocumentDao.Text::text).orElse("");
    }

    public List<Long> themesOf(long id) {
        return documents.themes(id);
    }

    /** How many published texts use it; none, and it may be deleted. */
    public long publishedUses(long id) {
        return documents.publishedUses(id, "%/documents/" + id + "/%");
    }

    public void delete(Account account, long id) {
        Document document = find(account, id);
        requireEditor(account, document.site());
        jdbi.useTransaction(handle -> {
            DocumentDao dao = handle.attach(DocumentDao.class);
            if (dao.publishedUses(id, "%/documents/" + id + "/%") > 0) {
                throw new InUse(id);
            }
            dao.deleteThemes(id);
            dao.deleteFile(id);
            dao.delete(id);
            audit.record(account.id(), account.email(), "document.delete", document.site(), "document " + id,
                    document.title(), null);
            events.afterCommit(handle, ContentChanged.of(document.site(),
                    ContentChanged.Item.of(ContentChanged.Item.DOCUMENT, id)));
        });
    }

    /* What the public pages show and serve. */

    public Optional<Document> find(long id) {
        return documents.find(id);
    }

    public Optional<DocumentDao.File> file(long id) {
        return documents.file(id);
    }

    /** The documents attached to an article. */
    public List<Document> ofArticle(long articleId) {
        return documents.ofArticle(articleId);
    }

    /** The latest public documents of a delegation. */
    public List<Document> ofDelegation(Section delegation, int count) {
        return documents.ofDelegation(delegation, count);
    }

    /** The latest public documents of every site on a theme. */
    public List<Document> ofTheme(long themeId, int count) {
        return documents.ofTheme(themeId, count);
    }

    /** Reads the upload, refusing it past the largest size, which it never holds more than a byte beyond. */
    private static byte[] bytes(InputStream content) {
        try (content) {
            byte[] bytes = content.readNBytes(MAX_BYTES + 1);
            if (bytes.length == 0) {
                throw new Refused("document.refused.noFile");
            }
            if (bytes.length > MAX_BYTES) {
                throw new Refused("document.refused.tooLarge", MAX_SIZE);
            }
            if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw new Refused("document.refused.notPdf");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the PDF, as a reader would, and reads its text; one that does not open is refused. */
    private static Read read(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            String text = new PDFTextStripper().getText(pdf).replace("\u0000", "").strip();
            return new Read(pdf.getNumberOfPages(), text);
        } catch (InvalidPasswordException e) {
            throw new Refused("document.refused.locked");
        } catch (IOException | RuntimeException e) {
            throw new Refused("document.refused.damaged");
        }
    }

    private static String required(String value, String refusal) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new Refused(refusal);
        }
        return stripped;
    }

    private LocalDate date(String value) {
        try {
            LocalDate date = LocalDate.parse(required(value, "document.refused.date"));
            if (date.isAfter(LocalDate.now(clock).plusDays(1))) {
                throw new Refused("document.refused.date");
            }
            return date;
        } catch (java.time.format.DateTimeParseException e) {
            throw new Refused("document.refused.date");
        }
    }

    /** The symbol typed, if any, spaces taken out; one that is no UN symbol is refused. */
    static String symbol(String value) {
        String symbol = value == null ? "" : value.replaceAll("\\s+", "");
        if (symbol.isEmpty()) {
            return null;
        }
        if (symbol.length() > MAX_SYMBOL || !SYMBOL.matcher(symbol).matches()) {
            throw new Refused("document.refused.symbol", symbol.length() > MAX_SYMBOL
                    ? symbol.substring(0, MAX_SYMBOL) + "…" : symbol);
        }
        return symbol;
    }

    /** The article chosen, one of the site's; none for the empty choice. */
    private Long article(Site site, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (documents.siteOfArticle(id).filter(site.code()::equals).isPresent()) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below, as an article of another site is
        }
        throw new Refused("document.refused.article");
    }

    /**
     * The delegation chosen, for the international site's documents only; unless one is chosen, that of the article
     * it is attached to, if the article is a delegation's.
     */
    private String delegation(Site site, String value, Long articleId) {
        if (value == null || value.isBlank()) {
            return articleId == null || !site.network() ? null : documents.sectionOfArticle(articleId)
                    .filter(Section::isDelegation).map(Section::code).orElse(null);
        }
        return Section.find(value).filter(s -> s.isDelegation() && site.network()).map(Section::code)
                .orElseThrow(() -> new Refused("document.refused.delegation"));
    }

    private long newId(DocumentDao dao) {
        long id;
        do {
            id = 1 + random.nextLong(ID_BOUND - 1);
        } while (dao.exists(id));
        return id;
    }

    private static void requireEditor(Account account, String site) {
        if (!account.worksOn(site) || account.role() == Role.TRANSLATOR) {
            throw new AccessDenied(account.email() + " may not change the documents of " + site + ".");
        }
    }
}
