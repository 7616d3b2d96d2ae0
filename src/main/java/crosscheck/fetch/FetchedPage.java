package crosscheck.fetch;

import java.util.Objects;

/**
 * A fetched document: the URL it finally came from (after redirects), its media type ({@code text/html},
 * {@code text/plain} or {@code application/pdf}), the charset its headers named (or null), and its bytes.
 */
public record FetchedPage(String url, String mediaType, String charset, byte[] content) {
    public FetchedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
