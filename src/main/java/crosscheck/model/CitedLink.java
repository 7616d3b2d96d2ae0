package crosscheck.model;

import java.util.Objects;

/** A hyperlink found in an HTML article, anchored to the characters of the body text that carried it. */
public record CitedLink(int start, int end, String url) {
    public CitedLink {
        Spans.check(start, end);
        Objects.requireNonNull(url, "url");
    }
}
