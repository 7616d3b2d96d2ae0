package crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * All mentions of one entity in an article ("Antony Blinken", "Blinken", "Mr Blinken").
 * {@code name} is the display name (the longest full form), {@code mentions} the number of mentions.
 */
public record EntityCluster(String id, EntityType type, String name, int mentions, List<Link> links) {
    public EntityCluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (mentions < 1) {
            throw new IllegalArgumentException("a cluster has at least one mention: mentions=" + mentions);
        }
        links = List.copyOf(links);
    }
}
