package crosscheck.model;

import java.time.Instant;
import java.util.Objects;

/** A read-only link to one article for people outside the team; the token itself is only ever shown once. */
public record ShareLink(String id, String articleId, String createdBy, Instant createdAt, Instant expiresAt,
                        boolean revoked) {
    public ShareLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isUsableAt(Instant now) {
        return !revoked && now.isBefore(expiresAt);
    }
}
