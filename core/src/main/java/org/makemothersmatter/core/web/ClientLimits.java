package org.makemothersmatter.core.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many requests of a kind a client (as {@link ClientAddresses} tells it) may send: a bucket of tokens per client,
 * each request taking one, one coming back at a steady pace. A request over the limit is refused with 429 and
 * Retry-After before anything of it is read further or stored. The buckets are kept in memory, the least recently
 * used dropped beyond {@link #MAX_CLIENTS} per kind: a client forgotten merely starts with a full bucket again.
 */
@Singleton
public final class ClientLimits {

    /** What is limited, each with its burst and the time in which one more request is allowed. */
    public enum Kind {
        /**
         * Signing in, and the back office's other forms for the signed out (a forgotten password, a link); a sign-in
         * that succeeds is {@link #giveBack given back}: a team behind one address signs in as often as it likes.
         */
        SIGN_IN(20, Duration.ofSeconds(10)),
        /** The public sites' forms. */
        PUBLIC_FORM(20, Duration.ofSeconds(5));

        final int burst;
        final long refillMillis;

        Kind(int burst, Duration refill) {
            this.burst = burst;
            this.refillMillis = refill.toMillis();
        }
    }

    static final int MAX_CLIENTS = 50_000;

    private final ClientAddresses addresses;
    private final Clock clock;
    private final Map<Kind, Map<String, Bucket>> buckets = new EnumMap<>(Kind.class);

    @Inject
    public ClientLimits(ClientAddresses addresses, Clock clock) {
        this.addresses = addresses;
        this.clock = clock;
        for (Kind kind : Kind.values()) {
            buckets.put(kind, new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > MAX_CLIENTS;
                }
            });
        }
    }

    /** Counts a request of this kind from its client, or refuses it with 429 when the client has sent too many. */
    public void take(Context ctx, Kind kind) {
        long wait = take(client(ctx), kind, clock.millis());
        if (wait > 0) {
            throw new TooMany((wait + 999) / 1000);
        }
    }

    /** A request refused for its client's limit: answered 429, to be tried again after so many seconds. */
    public static final class TooMany extends RuntimeException {

        private final long retryAfter;

        TooMany(long retryAfter) {
            super("Too many requests from this client", null, false, false);
            this.retryAfter = retryAfter;
        }

        public long retryAfter() {
            return retryAfter;
        }
    }

    /** Gives back the request of this kind that its client was counted for: it turned out to be a rightful one. */
    public void giveBack(Context ctx, Kind kind) {
        Map<String, Bucket> clients = buckets.get(kind);
        synchronized (clients) {
            Bucket bucket = clients.get(client(ctx));
            if (bucket != null) {
                bucket.millis = Math.min(kind.burst * kind.refillMillis, bucket.millis + kind.refillMillis);
            }
        }
    }

    /**
     * Whose bucket a request takes from: its client's address, or for IPv6 the address's first 64 bits, which a single
     * subscriber usually has all to itself (and could otherwise walk through).
     */
    private String client(Context ctx) {
        String address = addresses.of(ctx);
        return AddressRange.address(address).map(InetAddress::getAddress).filter(bytes -> bytes.length == 16)
                .map(bytes -> HexFormat.of().formatHex(bytes, 0, 8) + "::/64").orElse(address);
    }

    /** Takes a token of the client's bucket; returns 0, or how many milliseconds until one is there. */
    private long take(String client, Kind kind, long now) {
        Map<String, Bucket> clients = buckets.get(kind);
        synchronized (clients) {
            Bucket bucket = clients.computeIfAbsent(client, c -> new Bucket(kind.burst * kind.refillMillis, now));
            // The bucket holds time rather than tokens: a request costs refillMillis, time fills it up to the burst.
            long full = kind.burst * kind.refillMillis;
            bucket.millis = Math.min(full, bucket.millis + Math.max(0, now - bucket.at));
            bucket.at = now;
            if (bucket.millis < kind.refillMillis) {
                return kind.refillMillis - bucket.millis;
            }
            bucket.millis -= kind.refillMillis;
            return 0;
        }
    }

    private static final class Bucket {

        long millis;
        long at;

        Bucket(long millis, long at) {
            this.millis = millis;
            this.at = at;
        }
    }
}
