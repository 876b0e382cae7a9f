package org.makemothersmatter.core.editorial;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.makemothersmatter.core.account.AuditLog;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentEvents;
import org.makemothersmatter.core.mail.Notifications;

/**
 * Publishes scheduled articles when their time comes. Every node may run it: the articles due are locked while
 * they are published, and only those still scheduled move, so running it twice, or on two nodes, changes nothing.
 */
public final class Publisher {

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final ContentEvents events;
    private final Notifications notifications;
    private final Clock clock;

    @Inject
    public Publisher(Jdbi jdbi, AuditLog audit, ContentEvents events, Notifications notifications, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.events = events;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Publishes every scheduled article whose time has come; returns how many. Only the pages of their sites
     * (and of the international site) are made stale. Whoever scheduled each is told by mail.
     */
    public int publishDue() {
        return jdbi.inTransaction(handle -> {
            ArticleEditorDao articles = handle.attach(ArticleEditorDao.class);
            List<ArticleEditorDao.Due> due = articles.due(clock.instant());
            if (due.isEmpty()) {
                return 0;
            }
            int published = articles.publish(due.stream().map(ArticleEditorDao.Due::id).toList());
            for (ArticleEditorDao.Due article : due) {
                articles.markPublished(article.id(), clock.instant());
                if (article.scheduledBy() != null) {
                    ArticleEditorDao.Original original = articles.original(article.id());
                    notifications.scheduledPublished(article.scheduledBy(), article.id(), article.site(),
                            original.language(), original.title(), original.slug());
                }
            }
            audit.record(null, "schedule", "article.publish-scheduled", null, null, published + " article(s)", null);
            events.afterCommit(handle, new ContentChanged(due.stream().map(ArticleEditorDao.Due::site)
                    .collect(Collectors.toSet()), due.stream().map(article -> ContentChanged.Item.of(
                    ContentChanged.Item.ARTICLE, article.id())).collect(Collectors.toSet())));
            return published;
        });
    }
}
