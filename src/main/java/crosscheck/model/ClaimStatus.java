package crosscheck.model;

import java.util.Locale;

/** Where a team is with one claim. Every claim starts {@link #UNCHECKED}. */
public enum ClaimStatus {
    UNCHECKED, IN_PROGRESS, VERIFIED, FALSE, MISLEADING, UNVERIFIABLE;

    /** The lower-case name used in the API and the database, such as {@code in_progress}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How a person reads it: "in progress". */
    public String label() {
        return id().replace('_', ' ');
    }

    public static ClaimStatus parse(String id) {
        for (ClaimStatus status : values()) {
            if (status.id().equals(id == null ? null : id.trim().toLowerCase(Locale.ROOT).replace(' ', '_'))) {
                return status;
            }
        }
        throw new InputRejected(InputRejected.Reason.MALFORMED, "Unknown claim status \"" + id
                + "\": choose unchecked, in_progress, verified, false, misleading or unverifiable.");
    }
}
