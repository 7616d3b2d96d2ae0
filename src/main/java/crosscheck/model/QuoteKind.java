package crosscheck.model;

/** A direct quotation, or a word or two in quotation marks without a speaker (scare quotes). */
public enum QuoteKind {
    DIRECT, SCARE;

    /** The lower-case name used in the JSON contract. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
