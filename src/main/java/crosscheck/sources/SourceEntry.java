package crosscheck.sources;

import crosscheck.model.SourceKind;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One place where the record lives: a statistics office, a legislature's bill search, a wire agency.
 * {@code search} is an absolute https URL template with a {@code {query}} placeholder (or none, for a fixed page);
 * {@code jurisdiction} holds codes such as US, UK, EU, INT or ANY; {@code aliases} are names of the body that,
 * found in an article, point at it directly.
 */
public record SourceEntry(String id, String name, String home, String search, Set<String> jurisdiction,
                          List<String> keywords, Set<String> claimTypes, Set<String> entityTypes, SourceKind kind,
                          String action, List<String> aliases) {
    public SourceEntry {
        requireText(id, "id");
        requireText(name, "name of " + id);
        requireHttps(home, "home of " + id);
        requireHttps(search, "search of " + id);
        jurisdiction = Set.copyOf(Objects.requireNonNullElse(jurisdiction, Set.of("ANY")));
        keywords = List.copyOf(Objects.requireNonNullElse(keywords, List.of()));
        claimTypes = Set.copyOf(Objects.requireNonNullElse(claimTypes, Set.of()));
        entityTypes = Set.copyOf(Objects.requireNonNullElse(entityTypes, Set.of()));
        kind = Objects.requireNonNullElse(kind, SourceKind.PRIMARY);
        action = Objects.requireNonNullElse(action, "search");
        aliases = List.copyOf(Objects.requireNonNullElse(aliases, List.of()));
    }

    public boolean servesAnyJurisdiction() {
        return jurisdiction.contains("ANY");
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("source entry needs a " + what);
        }
    }

    private static void requireHttps(String url, String what) {
        requireText(url, what);
        if (!url.startsWith("https://")) {
            throw new IllegalArgumentException(what + " must be an absolute https URL: " + url);
        }
    }
}
