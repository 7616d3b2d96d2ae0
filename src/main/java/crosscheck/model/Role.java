package crosscheck.model;

import java.util.Locale;

/** What a team member may do: viewers read, editors also submit articles and work on claims, admins also manage people. */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    /** Whether this role includes everything {@code other} may do. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The lower-case name used in the API, the command line and the database. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code id} ("viewer", "editor" or "admin"), or {@link InputRejected} naming the choices. */
    public static Role parse(String id) {
        for (Role role : values()) {
            if (role.id().equals(id == null ? null : id.trim().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new InputRejected(InputRejected.Reason.MALFORMED,
                "Unknown role \"" + id + "\": choose viewer, editor or admin.");
    }
}
