package crosscheck.fetch;

import java.time.Duration;

/**
 * Limits on one fetch: time to connect, total time for the whole exchange (a never-ending response is cut off),
 * the most bytes accepted after decompression (a gzip bomb is cut off), and the most redirects followed.
 */
public record FetchLimits(Duration connectTimeout, Duration totalTimeout, int maxBytes, int maxRedirects) {
    public static final FetchLimits DEFAULT = new FetchLimits(Duration.ofSeconds(5), Duration.ofSeconds(20),
            10 * 1024 * 1024, 5);

    public FetchLimits {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive: " + connectTimeout + ", " + totalTimeout);
        }
        if (maxBytes < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative: "
                    + maxBytes + ", " + maxRedirects);
        }
    }
}
