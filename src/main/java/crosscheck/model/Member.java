package crosscheck.model;

import java.time.Instant;
import java.util.Objects;

/** A person on the team, known by a unique name. */
public record Member(String name, Role role, Instant createdAt) {
    public static final int MAX_NAME_CHARS = 80;

    public Member {
        name = requireName(name);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A usable member name (1–80 characters, no control characters), trimmed, or {@link InputRejected}. */
    public static String requireName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_CHARS || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InputRejected(InputRejected.Reason.UNUSABLE,
                    "A name needs 1 to " + MAX_NAME_CHARS + " characters, without line breaks.");
        }
        return trimmed;
    }
}
