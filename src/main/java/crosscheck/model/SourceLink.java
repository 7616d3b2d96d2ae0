package crosscheck.model;

import java.util.Objects;

/** A link to check a claim against, with a label that says what it is. */
public record SourceLink(String label, String url, SourceKind kind) {
    public SourceLink {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new IllegalArgumentException("a source link must be an absolute http(s) URL: " + url);
        }
    }
}
