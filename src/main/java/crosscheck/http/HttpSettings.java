package crosscheck.http;

/**
 * What the HTTP layer needs to know of the configuration.
 *
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 */
public record HttpSettings(long maxRequestBytes) {
    public HttpSettings {
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1024: " + maxRequestBytes);
        }
    }
}
