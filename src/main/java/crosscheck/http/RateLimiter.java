package crosscheck.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perMinute} requests a minute, with bursts up to that many. Keeps at
 * most {@value #MAX_CLIENTS} buckets (the oldest are dropped). Thread-safe.
 */
final class RateLimiter {
    static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1: " + perMinute);
        }
        this.perMinute = perMinute;
    }

    private static final class Bucket {
        double tokens;
        long updatedNanos;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedNanos = now;
        }
    }

    /** Takes a token for {@code client}; returns 0 when allowed, else the seconds to wait. */
    long acquire(String client, long nowNanos) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.entrySet().removeIf(e -> nowNanos - e.getValue().updatedNanos > 60_000_000_000L);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, nowNanos));
        synchronized (bucket) {
            double refill = (nowNanos - bucket.updatedNanos) / 60e9 * perMinute;
            bucket.tokens = Math.min(perMinute, bucket.tokens + refill);
            bucket.updatedNanos = nowNanos;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) / perMinute * 60);
        }
    }
}
