package crosscheck.model;

import java.util.Objects;

/** A write named a version of a claim that another write has replaced (HTTP 409); carries the newer state. */
public final class StaleWrite extends RuntimeException {
    private final transient ClaimState current;

    public StaleWrite(ClaimState current) {
        super("Someone else changed this claim first (it is now at version " + current.version()
                + "). Their version is shown; make your change again if it still applies.");
        this.current = Objects.requireNonNull(current, "current");
    }

    public ClaimState current() {
        return current;
    }
}
