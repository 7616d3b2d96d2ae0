package crosscheck.model;

import java.util.Objects;

/** One mention of an entity in the analysed text; {@code cluster} is the id of the {@link EntityCluster} it belongs to. */
public record Entity(int start, int end, EntityType type, String text, String cluster) {
    public Entity {
        Spans.check(start, end);
        Spans.checkText(text, start, end);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cluster, "cluster");
    }
}
