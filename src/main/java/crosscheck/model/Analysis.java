package crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of analysing one document: the public analysis contract documented in the README.
 * {@code text} is the title, a blank line, then the body ({@code bodyStart} is where the body starts);
 * every offset is a Java {@code String} index into {@code text}, end exclusive.
 * {@code loaded} marks evaluative or emotive wording (a layer of its own: it never makes a claim).
 * {@code language} is an ISO 639-3 code; {@code notice} explains a limited analysis (for example non-English text) or is null.
 */
public record Analysis(String title, String text, int bodyStart, String language, String notice,
                       List<Sentence> sentences, List<Entity> entities, List<EntityCluster> clusters,
                       List<Quote> quotes, List<Claim> claims, List<LoadedTerm> loaded) {
    public Analysis {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("bodyStart " + bodyStart + " outside text of length " + text.length());
        }
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        clusters = List.copyOf(clusters);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        loaded = List.copyOf(loaded == null ? List.of() : loaded);
    }
}
