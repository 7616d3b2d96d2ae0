package crosscheck.store;

import crosscheck.model.Member;
import crosscheck.model.Role;
import crosscheck.model.ShareLink;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * People and the ways they get in: members with password hashes, sessions, invites, API tokens and share links.
 * Secrets are stored only as hashes (the caller hashes). Thread-safe and durable once a call returns.
 */
public interface TeamStore {
    /** A member with the hash of their password. */
    record Credentials(Member member, String passwordHash) {
    }

    /** A signed-in browser: who, and the CSRF token its page must echo. */
    record Session(Member member, String csrf, Instant expiresAt) {
    }

    boolean hasMembers();

    /** Adds a member; {@link crosscheck.model.InputRejected} (conflict) when the name is taken. */
    void addMember(Member member, String passwordHash);

    /** Adds the first member, only while there is none; false when someone else was first. */
    boolean addFirstMember(Member member, String passwordHash);

    Optional<Credentials> findCredentials(String name);

    List<Member> members();

    void addSession(String tokenHash, String memberName, String csrf, Instant createdAt, Instant expiresAt);

    /** The session with this token hash, if it has not expired at {@code now}. */
    Optional<Session> findSession(String tokenHash, Instant now);

    void deleteSession(String tokenHash);

    void addInvite(String tokenHash, Role role, String createdBy, Instant createdAt, Instant expiresAt);

    /** The role an unused, unexpired invite grants. */
    Optional<Role> findInvite(String tokenHash, Instant now);

    /**
     * Uses the invite to add {@code member} (with the invite's role), in one transaction: empty when the invite is
     * unknown, used or expired; conflict when the name is taken.
     */
    Optional<Member> acceptInvite(String tokenHash, Instant now, String name, String passwordHash);

    void addApiToken(String tokenHash, String name, Role role, Instant createdAt);

    /** The name and role an API token acts as: a member record that need not exist as a person. */
    Optional<Member> findApiToken(String tokenHash);

    void addShare(ShareLink share, String tokenHash);

    Optional<ShareLink> findShareByToken(String tokenHash);

    Optional<ShareLink> findShare(String id);

    List<ShareLink> shares(String articleId);

    /** Revokes a share link; false when there is none with that id. */
    boolean revokeShare(String id);
}
