package crosscheck.http;

/** The body of every error response: a short code and a sentence a person can act on. */
public record ApiError(String error, String message) {
}
