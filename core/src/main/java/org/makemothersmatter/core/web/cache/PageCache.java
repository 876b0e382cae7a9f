package org.makemothersmatter.core.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.makemothersmatter.core.events.ContentChanged;
import org.makemothersmatter.core.events.ContentListener;
import org.makemothersmatter.core.web.WebSettings;

/**
 * Public pages kept rendered, by the address they were asked at (host, path and query), until a change of
 * their site's content makes them stale; the least used go first when the pages pass the size the settings
 * allow, and are simply rendered again when asked for.
 *
 * <p>A page rendered while a change was being announced may show the content before the change: it is kept
 * only if no change was announced since its rendering began ({@link #generation()}).
 */
@Singleton
public final class PageCache implements ContentListener {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Cache<String, CachedPage> pages;
    private final AtomicLong generation = new AtomicLong();
    private volatile Instant lastChange = Instant.EPOCH;
    private final Clock clock;

    @Inject
    public PageCache(WebSettings settings, Clock clock) {
        this.pages = Caffeine.newBuilder().maximumWeight(settings.pageCacheBytes())
                .weigher((String key, CachedPage page) -> page.weight()).build();
        this.clock = clock;
    }

    Optional<CachedPage> get(String key) {
        return Optional.ofNullable(pages.getIfPresent(key));
    }

    /** A number that changes with every change announced: read it before rendering, give it to {@link #keep}. */
    long generation() {
        return generation.get();
    }

    /** Keeps a page rendered since {@code generation}, unless a change came since; returns what is kept. */
    Optional<CachedPage> keep(String key, long since, String site, boolean network, int status, String contentType,
                              byte[] html) {
        if (generation.get() != since) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        CachedPage page = new CachedPage(site, network, status, contentType, html, etag(html), HTTP_DATE.format(now),
                now.isAfter(lastChange) ? now : null);
        pages.put(key, page);
        if (generation.get() != since) {
            // A change came while the page was being kept: it may have missed it.
            pages.asMap().remove(key, page);
            return Optional.empty();
        }
        return Optional.of(page);
    }

    @Override
    public void changed(ContentChanged change) {
        // First the time (a page kept after it knows whether its date tells it from the copies before), then the
        // generation, so that a page being rendered now is not kept; then the pages kept already.
        lastChange = clock.instant();
        generation.incrementAndGet();
        pages.asMap().values().removeIf(page -> change.concerns(page.site, page.network));
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
