package org.makemothersmatter.plugins.belgium.consultation;

import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.makemothersmatter.core.plugin.RecordPages;
import org.makemothersmatter.core.plugin.Texts;

/**
 * The consultation's answers in the back office, for MMM Belgium's editors: read, newest first, exported for the
 * team's analysis, and deleted on request, as they are personal data.
 */
public final class ConsultationAdmin implements RecordPages<Answer> {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String TIME = "d MMM yyyy, HH:mm";

    private final AnswerDao answers;

    @Inject
    ConsultationAdmin(AnswerDao answers) {
        this.answers = answers;
    }

    @Override
    public String noun(Texts texts) {
        return texts.get("answers.noun");
    }

    @Override
    public String note(Texts texts) {
        return texts.get("answers.note");
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
        DateTimeFormatter received = DateTimeFormatter.ofPattern(TIME, texts.locale()).withZone(BRUSSELS);
        return List.of(
                new Column<>(texts.get("answers.received"), a -> received.format(a.receivedAt())),
                new Column<>(texts.get("answers.language"), a -> texts.languageLabel(a.language())),
                new Column<>(texts.get("answers.situation"), a -> Situation.find(a.situation())
                        .map(s -> texts.get(s.labelKey())).orElse(a.situation())),
                new Column<>(texts.get("answers.difficulties"), Answer::difficulties),
                new Column<>(texts.get("answers.proposals"), Answer::proposals),
                new Column<>(texts.get("answers.email"), Answer::email));
    }
}
