package crosscheck.http;

/**
 * What the HTTP layer needs to know of the configuration.
 *
 * @param maxRequestBytes   the largest request body accepted; larger ones get 413
 * @param analysesPerMinute how many articles (pasted, uploaded or fetched) one client address may submit a
 *                          minute; more get 429
 */
public record HttpSettings(long maxRequestBytes, int analysesPerMinute) {
    public HttpSettings {
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1024: " + maxRequestBytes);
        }
        if (analysesPerMinute < 1) {
            throw new IllegalArgumentException("analysesPerMinute must be at least 1: " + analysesPerMinute);
        }
    }
}
