package crosscheck.claims;

import crosscheck.model.ClaimType;

import java.util.List;
import java.util.Set;

/**
 * What makes a sentence check-worthy (its claim types with human-readable reasons) and what makes it less so
 * (opinion, a call to action, a question).
 */
public record Evidence(Set<ClaimType> types, List<String> reasons, int amounts, int dates, int names,
                       boolean opinion, boolean callToAction, boolean question, int wordCount) {
    public Evidence {
        types = Set.copyOf(types);
        reasons = List.copyOf(reasons);
    }
}
