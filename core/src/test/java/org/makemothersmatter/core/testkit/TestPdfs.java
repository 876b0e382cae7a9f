package org.makemothersmatter.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.makemothersmatter.core.testkit.Browser.FilePart;

/** PDF files made for the tests, and their upload through the back office's form, as an editor uploads one. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A real PDF of one page that says {@code text}. */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Uploads a PDF to a site through the documents' form, with these fields over the form's own (title, date,
     * language...); returns the answer.
     */
    public static TestServer.Page send(Browser editor, String site, Map<String, String> fields, byte[] file) {
        editor.get("/admin/documents?site=" + site);
        Map<String, String> form = new LinkedHashMap<>(HtmlForm.fields(editor.get("/admin/documents?site=" + site)
                .body(), "upload-form"));
        form.remove("_csrf");
        form.putAll(fields);
        return editor.postMultipart("/admin/documents", form, new FilePart("file", "statement.pdf",
                "application/pdf", file));
    }

    /** Uploads a PDF that says {@code text} under this title to a site; returns the document's id. */
    public static long upload(Browser editor, String site, String title, String text) {
        TestServer.Page uploaded = send(editor, site, Map.of("title", title), pdf(text));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
        return Long.parseLong(Matches.first(uploaded.header("Location"), "/admin/documents/(\\d+)"));
    }
}
