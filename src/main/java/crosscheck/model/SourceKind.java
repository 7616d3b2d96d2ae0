package crosscheck.model;

/** Where a source link comes from: cited by the article, a primary record, a wire agency, or a fact-check archive. */
public enum SourceKind {
    CITED, PRIMARY, WIRE, FACTCHECK;

    /** The lower-case name used in the JSON contract. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
