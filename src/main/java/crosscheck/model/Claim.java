package crosscheck.model;

import java.util.List;
import java.util.Objects;

/** A check-worthy sentence: its id (stable for the same text), offsets, score, types, reasons and sources. */
public record Claim(String id, int start, int end, String text, double score, List<ClaimType> types,
                    List<String> reasons, List<SourceLink> sources) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Spans.check(start, end);
        Spans.checkText(text, start, end);
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must lie in [0, 1]: " + score);
        }
        types = List.copyOf(types);
        reasons = List.copyOf(reasons);
        sources = List.copyOf(sources);
    }
}
