package crosscheck.model;

import java.util.Objects;

/** A labelled absolute link, such as an encyclopedia search for an entity. */
public record Link(String label, String url) {
    public Link {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
    }
}
