package crosscheck.model;

/** The kinds of entity the reader highlights. Names are part of the public analysis contract. */
public enum EntityType {
    PERSON("PER"),
    ORGANIZATION("ORG"),
    LOCATION("LOC"),
    NATIONALITY("NORP"),
    MONEY("MONEY"),
    PERCENT("PERCENT"),
    DATE("DATE"),
    MISC("MISC");

    private final String shortTag;

    EntityType(String shortTag) {
        this.shortTag = shortTag;
    }

    /** The short tag used in IOB2 files ({@code PER}, {@code ORG}, {@code LOC}, ...). */
    public String shortTag() {
        return shortTag;
    }

    /** Whether this type names something (as opposed to a value such as an amount or a date). */
    public boolean isName() {
        return this == PERSON || this == ORGANIZATION || this == LOCATION || this == NATIONALITY || this == MISC;
    }
}
