package org.makemothersmatter.sites.network.durability;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** What clients got from the site, all threads together: requests sent, answers by status, changes acknowledged. */
final class Tally {

    /** A change the site acknowledged with the redirect that follows a form: an audit action on an article. */
    record Change(String action, long article, String title) {
    }

    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Queue<Change> acknowledged = new ConcurrentLinkedQueue<>();

    void sent() {
        sent.incrementAndGet();
    }

    void answered(int status) {
        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    /** No answer: the connection was refused or closed. */
    void unanswered() {
        unanswered.incrementAndGet();
    }

    void acknowledged(Change change) {
        acknowledged.add(change);
    }

    long answeredCount() {
        return statuses.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** How many answers of each status. */
    Map<Integer, Long> statuses() {
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.sum()));
        return counts;
    }

    Collection<Change> acknowledged() {
        return List.copyOf(acknowledged);
    }

    @Override
    public String toString() {
        return sent + " requests sent, " + unanswered + " unanswered, answers by status " + statuses() + ", "
                + acknowledged.size() + " changes acknowledged";
    }
}
