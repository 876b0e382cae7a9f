package org.makemothersmatter.core.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the back office gives to download for a spreadsheet (a plugin's records, the audit log): a CSV file, UTF-8
 * with a byte order mark so that spreadsheets read accents right. No text typed by someone else may run as a formula
 * on the machine that opens it, whichever separator the spreadsheet splits on (a comma, or a semicolon in French and
 * Belgian settings, a tab): see {@link #cell}.
 */
final class Spreadsheet {

    private static final Pattern FORMULA_START =
            Pattern.compile("((?:^|[,;\\t\\r\\n])[\\s\"]*)(?=[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20])");
    /** Quotes a cell only where CSV needs it, as a spreadsheet would write it. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private Spreadsheet() {
    }

    /** Answers with the rows as a CSV file to save under this name. */
    static void send(Context ctx, String fileName, List<List<String>> rows) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv(rows));
    }

    private static String csv(List<List<String>> rows) {
        List<List<String>> cells = rows.stream().map(row -> row.stream().map(Spreadsheet::cell).toList()).toList();
        try {
            return "\uFEFF" + CSV.writer(CsvSchema.emptySchema()).writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the rows as CSV", e);
        }
    }

    /**
     * A cell with an apostrophe before each formula start (=, +, -, @, a tab, a carriage return, or their full-width
     * forms, which some spreadsheets take too) that a spreadsheet could read as the start of a cell: at the start of
     * the text, and after each separator or line break in it, spaces and quotes in between, since a spreadsheet that
     * splits on another separator than the file's makes a new cell there. The text stays readable, an apostrophe
     * before what would have run; an empty cell (null) is empty.
     */
    private static String cell(String value) {
        return value == null ? "" : FORMULA_START.matcher(value).replaceAll("$1'");
    }
}
