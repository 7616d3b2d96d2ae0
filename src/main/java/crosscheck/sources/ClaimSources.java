package crosscheck.sources;

import crosscheck.model.Claim;
import crosscheck.model.Entity;
import crosscheck.model.Quote;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the matcher knows of one claim: the claim, the entities and quotes inside its sentence, the jurisdictions
 * of the whole article (US, UK, EU, INT) and the links the article cites in this sentence.
 */
public record ClaimSources(Claim claim, List<Entity> entities, List<Quote> quotes, Set<String> articleJurisdictions,
                           List<String> citedUrls) {
    public ClaimSources {
        Objects.requireNonNull(claim, "claim");
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        articleJurisdictions = Set.copyOf(articleJurisdictions);
        citedUrls = List.copyOf(citedUrls);
    }
}
