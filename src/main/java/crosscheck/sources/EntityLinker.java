package crosscheck.sources;

import crosscheck.model.EntityCluster;
import crosscheck.model.Link;

import java.util.ArrayList;
import java.util.List;

/**
 * Links for an entity: encyclopedia searches (Wikipedia, Wikidata) for names, and the official site of a body the
 * registry knows ("Pentagon" → defense.gov). Values (money, dates, percentages) get none. Thread-safe.
 */
public final class EntityLinker {
    private static final String WIKIPEDIA = "https://en.wikipedia.org/w/index.php?search={query}";
    private static final String WIKIDATA = "https://www.wikidata.org/w/index.php?search={query}";

    private final SourceRegistry registry;

    public EntityLinker(SourceRegistry registry) {
        this.registry = registry;
    }

    /** The clusters with links added to the names among them, all from one reading of the registry. */
    public List<EntityCluster> withLinks(List<EntityCluster> clusters) {
        List<SourceEntry> entries = registry.entries();
        return clusters.stream().map(cluster -> withLinks(entries, cluster)).toList();
    }

    private static EntityCluster withLinks(List<SourceEntry> entries, EntityCluster cluster) {
        if (!cluster.type().isName()) {
            return cluster;
        }
        List<Link> links = new ArrayList<>();
        for (SourceEntry entry : entries) {
            if (entry.aliases().stream().anyMatch(alias -> alias.equalsIgnoreCase(cluster.name()))) {
                links.add(new Link("Official site: " + entry.name(), entry.home()));
                break;
            }
        }
        links.add(new Link("Wikipedia: search '" + cluster.name() + "'", QueryUrls.fill(WIKIPEDIA, cluster.name())));
        links.add(new Link("Wikidata: search '" + cluster.name() + "'", QueryUrls.fill(WIKIDATA, cluster.name())));
        return new EntityCluster(cluster.id(), cluster.type(), cluster.name(), cluster.mentions(), links);
    }
}
