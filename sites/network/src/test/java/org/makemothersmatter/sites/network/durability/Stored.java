package org.makemothersmatter.sites.network.durability;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The articles and their audit rows as the database of a stopped site holds them, read directly: whether each
 * acknowledged change is there, in the data and in the audit log.
 */
final class Stored {

    /** "action|target" of every audit row about an article. */
    private final Set<String> audited;
    /** "action|target|detail" of the same rows. */
    private final Set<String> auditedWithDetail;
    /** "id|status" of every article. */
    private final Set<String> statuses;
    /** "id|title" of every saved text of an article. */
    private final Set<String> revisions;
    /** Articles whose creation is in the audit log more than once: an id handed out twice. */
    private final List<String> createdTwice;

    private Stored(Handle db) {
        audited = set(db, "SELECT action || '|' || target FROM audit_event WHERE action LIKE 'article.%'");
        auditedWithDetail = set(db, "SELECT action || '|' || target || '|' || detail FROM audit_event"
                + " WHERE action LIKE 'article.%' AND detail IS NOT NULL");
        statuses = set(db, "SELECT id || '|' || status FROM article");
        revisions = set(db, "SELECT article_id || '|' || title FROM article_revision");
        createdTwice = db.createQuery("SELECT target FROM audit_event WHERE action = 'article.create'"
                + " GROUP BY target HAVING COUNT(*) > 1").mapTo(String.class).list();
    }

    static Stored read(Path folder) {
        return SiteProcess.database(folder).withHandle(Stored::new);
    }

    /** The changes of which the data or the audit row is missing. */
    List<Tally.Change> missing(Collection<Tally.Change> changes) {
        return changes.stream().filter(change -> !(kept(change) && audited(change))).toList();
    }

    List<String> createdTwice() {
        return createdTwice;
    }

    private boolean kept(Tally.Change change) {
        return switch (change.action()) {
            case "article.create", "article.save" -> revisions.contains(change.article() + "|" + change.title());
            case "article.publish" -> statuses.contains(change.article() + "|published");
            default -> throw new IllegalArgumentException("Unknown change " + change.action());
        };
    }

    /** Its audit row; for a text, the row that names the language and the title saved. */
    private boolean audited(Tally.Change change) {
        String row = change.action() + "|article " + change.article();
        return change.title() == null ? audited.contains(row)
                : auditedWithDetail.contains(row + "|" + Newsroom.LANGUAGE.code() + ": " + change.title());
    }

    private static Set<String> set(Handle db, String sql) {
        return db.createQuery(sql).mapTo(String.class).set();
    }
}
