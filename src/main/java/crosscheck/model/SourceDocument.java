package crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * What ingest hands to analysis: a title (possibly empty), the body as plain text, and the links the body cites
 * (offsets into {@code body}), and what a web page said about itself ({@link PageInfo#NONE} for other sources).
 */
public record SourceDocument(String title, String body, List<CitedLink> links, PageInfo info) {
    public SourceDocument {
        info = Objects.requireNonNullElse(info, PageInfo.NONE);
        title = Objects.requireNonNullElse(title, "").strip();
        Objects.requireNonNull(body, "body");
        links = List.copyOf(links);
        for (CitedLink link : links) {
            if (link.end() > body.length()) {
                throw new IllegalArgumentException("link " + link + " lies outside the body of length " + body.length());
            }
        }
    }

    public SourceDocument(String title, String body, List<CitedLink> links) {
        this(title, body, links, PageInfo.NONE);
    }

    public static SourceDocument of(String title, String body) {
        return new SourceDocument(title, body, List.of());
    }
}
