package org.makemothersmatter.plugins.belgium.consultation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The answers as a CSV file for a spreadsheet: one row per answer, UTF-8 with a byte order mark so that
 * spreadsheets read accents right. A cell that a spreadsheet would take for a formula (=, +, -, @) is
 * prefixed with an apostrophe, so that no visitor's answer runs as a formula on an editor's machine.
 */
final class AnswersCsv {

    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumn("id").addColumn("received").addColumn("language").addColumn("situation")
            .addColumn("difficulties").addColumn("proposals").addColumn("email")
            .setUseHeader(true).build();
    private static final CsvMapper MAPPER = new CsvMapper();

    private AnswersCsv() {
    }

    static String of(List<Answer> answers) {
        List<List<String>> rows = answers.stream().map(a -> Arrays.asList(String.valueOf(a.id()),
                a.receivedAt().truncatedTo(ChronoUnit.SECONDS).toString(), a.language(), a.situation(),
                cell(a.difficulties()), cell(a.proposals()), cell(a.email()))).toList();
        try {
            return "\uFEFF" + MAPPER.writer(SCHEMA).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the answers as CSV", e);
        }
    }

    private static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
