package crosscheck.model;

import java.util.Objects;

/**
 * The caller's input cannot be used, with a message a person can act on. Thrown by services; the HTTP layer maps
 * {@link Reason} to a status (400, 401, 403, 404, 409, 413, 415, 422, 429), the CLI prints the message.
 */
public final class InputRejected extends RuntimeException {
    public enum Reason {
        /** Malformed request (400). */
        MALFORMED,
        /** Nobody is signed in, or the credentials are wrong (401). */
        UNAUTHENTICATED,
        /** Refused on principle, such as a URL pointing into a private network, or not allowed for this role (403). */
        FORBIDDEN,
        /** Nothing with that id (404). */
        NOT_FOUND,
        /** Too large to accept (413). */
        TOO_LARGE,
        /** The request clashes with the stored state, such as a name already taken (409). */
        CONFLICT,
        /** A kind of content we do not read (415). */
        UNSUPPORTED,
        /** Well-formed but unusable, such as empty text (422). */
        UNUSABLE,
        /** Too many requests from one client in a short time (429). */
        TOO_MANY_REQUESTS
    }

    private final Reason reason;

    public InputRejected(Reason reason, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    /** A short machine-readable code, such as {@code too_large}. */
    public String code() {
        return reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
