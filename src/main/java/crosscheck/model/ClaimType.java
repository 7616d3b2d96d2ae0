package crosscheck.model;

/** Why a sentence is a claim: what kind of evidence it states. */
public enum ClaimType {
    STATISTIC, QUOTE, ATTRIBUTION, EVENT, COMPARISON, CAUSAL, PREDICTION, POLICY;

    /** The lower-case name used in the JSON contract. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
