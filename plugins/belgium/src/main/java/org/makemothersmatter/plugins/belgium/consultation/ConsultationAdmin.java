package org.makemothersmatter.plugins.belgium.consultation;

import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.makemothersmatter.core.plugin.RecordPages;
import org.makemothersmatter.core.plugin.Texts;

/**
 * The consultation's answers in the back office, for MMM Belgium's editors: read, newest first, exported for the
 * team's analysis, and deleted on request, as they are personal data.
 */
public final class ConsultationAdmin implements RecordPages<Answer> {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final AnswerDao answers;

    @Inject
    ConsultationAdmin(AnswerDao answers) {
        this.answers = answers;
    }

    @Override
    public String noun() {
        return "answer";
    }

    @Override
    public String note() {
        return "They are personal data: delete an answer when its author asks.";
    }

    @Override
    public long id(Answer answer) {
        return answer.id();
    }

    @Override
    public long count() {
        return answers.count();
    }

    @Override
    public List<Answer> latest(int limit, long offset) {
        return answers.latest(limit, offset);
    }

    @Override
    public Optional<Answer> find(long id) {
        return answers.find(id);
    }

    @Override
    public boolean delete(long id) {
        return answers.delete(id) > 0;
    }

    @Override
    public List<Answer> all() {
        return answers.all();
    }

    @Override
    public List<Column<Answer>> columns(Texts texts) {
        return List.of(
                new Column<>("Received", a -> TIME.format(a.receivedAt().atZone(BRUSSELS))),
                new Column<>("Language", Answer::language),
                new Column<>("Situation", a -> Situation.find(a.situation()).map(s -> texts.get(s.labelKey()))
                        .orElse(a.situation())),
                new Column<>("What makes it hard", Answer::difficulties),
                new Column<>("What would help", Answer::proposals),
                new Column<>("Email", Answer::email));
    }
}
