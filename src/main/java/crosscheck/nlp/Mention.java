package crosscheck.nlp;

import crosscheck.model.EntityType;

import java.util.Objects;

/** A typed span of text found by a name finder or a rule, before clustering. Offsets index the document text. */
public record Mention(int start, int end, EntityType type) {
    public Mention {
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("a mention needs 0 <= start < end: start=" + start + ", end=" + end);
        }
        Objects.requireNonNull(type, "type");
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }
}
