package crosscheck.team;

import crosscheck.model.InputRejected;
import crosscheck.model.InputRejected.Reason;
import crosscheck.model.Member;
import crosscheck.model.Role;
import crosscheck.model.ShareLink;
import crosscheck.store.ArticleStore;
import crosscheck.store.TeamStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * People and how they get in: the one-time setup of the first admin, sign-in and sessions, invites, API tokens and
 * read-only share links. Tokens are random, shown once, and stored only as hashes. Thread-safe.
 */
public final class TeamService {
    public static final Duration SESSION_LIFETIME = Duration.ofDays(14);
    public static final Duration INVITE_LIFETIME = Duration.ofDays(7);
    public static final int DEFAULT_SHARE_DAYS = 30;
    public static final int MAX_SHARE_DAYS = 365;

    /** A browser session just opened: the cookie value (shown once) and the CSRF token the page echoes. */
    public record SignedIn(String sessionToken, Member member, String csrf, Instant expiresAt) {
    }

    /** A new invite: the token for the link (shown once). */
    public record Invite(String token, Role role, Instant expiresAt) {
    }

    /** A new share link: the token for the link (shown once) and what is stored about it. */
    public record CreatedShare(String token, ShareLink share) {
    }

    private final TeamStore store;
    private final ArticleStore articles;
    private final Clock clock;
    /** The one-time token that lets the first person become admin; null once anyone is a member. */
    private volatile String setupToken;

    public TeamService(TeamStore store, ArticleStore articles, Clock clock) {
        this.store = store;
        this.articles = articles;
        this.clock = clock;
        this.setupToken = store.hasMembers() ? null : Secrets.newToken();
    }

    /** The setup token while the team has no member yet (print it as a link at start), else empty. */
    public Optional<String> setupToken() {
        return Optional.ofNullable(setupToken);
    }

    public boolean isSetUpToken(String token) {
        return setupToken != null && Secrets.same(setupToken, token) && !store.hasMembers();
    }

    /** The first admin, from the one-time setup link; signs them in. */
    public SignedIn setUp(String token, String name, String password) {
        if (!isSetUpToken(token)) {
            throw new InputRejected(Reason.NOT_FOUND, "This setup link has been used or is not valid. Sign in instead.");
        }
        Member admin = new Member(Member.requireName(name), Role.ADMIN, clock.instant());
        if (!store.addFirstMember(admin, Passwords.hash(password))) {
            throw new InputRejected(Reason.NOT_FOUND, "Someone has already set this server up. Sign in instead.");
        }
        setupToken = null;
        return openSession(admin);
    }

    /** Adds a member directly (for the command line and tests); the name must be free. */
    public Member addMember(String name, String password, Role role) {
        Member member = new Member(Member.requireName(name), role, clock.instant());
        store.addMember(member, Passwords.hash(password));
        setupToken = null;
        return member;
    }

    public SignedIn signIn(String name, String password) {
        Optional<TeamStore.Credentials> found = name == null ? Optional.empty() : store.findCredentials(name.strip());
        if (found.isEmpty()) {
            Passwords.waste(password);
        }
        if (found.isEmpty() || !Passwords.matches(password, found.get().passwordHash())) {
            throw new InputRejected(Reason.UNAUTHENTICATED, "That name and password do not match a member of this team.");
        }
        return openSession(found.get().member());
    }

    private SignedIn openSession(Member member) {
        String token = Secrets.newToken();
        String csrf = Secrets.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(SESSION_LIFETIME);
        store.addSession(Secrets.hash(token), member.name(), csrf, now, expires);
        return new SignedIn(token, member, csrf, expires);
    }

    public void signOut(String sessionToken) {
        if (sessionToken != null) {
            store.deleteSession(Secrets.hash(sessionToken));
            trusted.remove("session:" + Secrets.hash(sessionToken));
        }
    }

    /**
     * How long a credential once looked up is trusted without asking the database again. Every page and API call
     * is authenticated, so this spares a query per request; the price is that a session ended or a link revoked
     * through another server still works here for up to this long (through this server: at once).
     */
    static final long TRUST_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    private static final int MAX_TRUSTED = 10_000;

    /** A lookup's answer and when it was made. */
    private record Trusted(Optional<Access> access, long since) {
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Trusted> trusted = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<Access> lookUp(String kind, String token, java.util.function.Function<String, Optional<Access>> query) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String hash = Secrets.hash(token);
        String key = kind + hash;
        long now = System.nanoTime();
        Trusted known = trusted.get(key);
        if (known != null && now - known.since() < TRUST_NANOS) {
            return known.access();
        }
        Optional<Access> access = query.apply(hash);
        if (trusted.size() > MAX_TRUSTED) {
            trusted.clear();
        }
        trusted.put(key, new Trusted(access, now));
        return access;
    }

    /** Who holds this session cookie, if it is current. */
    public Optional<Access> bySession(String sessionToken) {
        return lookUp("session:", sessionToken, hash -> store.findSession(hash, clock.instant())
                .map(session -> Access.member(session.member().name(), session.member().role(), session.csrf())));
    }

    /** Who holds this API token, if it is valid. */
    public Optional<Access> byApiToken(String token) {
        return lookUp("token:", token, hash -> store.findApiToken(hash).map(member -> Access.token(member.name(), member.role())));
    }

    /** Read access to one article through a share link that is neither revoked nor expired. */
    public Optional<Access> byShareToken(String token) {
        return lookUp("share:", token, hash -> store.findShareByToken(hash).filter(share -> share.isUsableAt(clock.instant()))
                .map(share -> Access.share(share.articleId())));
    }

    /** A single-use invite link for a new member with {@code role}. */
    public Invite invite(Access by, Role role) {
        by.require(Role.ADMIN);
        String token = Secrets.newToken();
        Instant now = clock.instant();
        store.addInvite(Secrets.hash(token), role, by.name(), now, now.plus(INVITE_LIFETIME));
        return new Invite(token, role, now.plus(INVITE_LIFETIME));
    }

    /** The role an invite grants, or {@link InputRejected} (404) when it is unknown, used or expired. */
    public Role requireInvite(String token) {
        return store.findInvite(Secrets.hash(token == null ? "" : token), clock.instant()).orElseThrow(TeamService::inviteGone);
    }

    public SignedIn acceptInvite(String token, String name, String password) {
        String memberName = Member.requireName(name);
        String hash = Passwords.hash(password);
        Member member = store.acceptInvite(Secrets.hash(token == null ? "" : token), clock.instant(), memberName, hash)
                .orElseThrow(TeamService::inviteGone);
        return openSession(member);
    }

    private static InputRejected inviteGone() {
        return new InputRejected(Reason.NOT_FOUND, "This invite link has been used, has expired or is not valid. "
                + "Ask an admin for a new one.");
    }

    /** A new API token acting as {@code name} with {@code role}; the token is returned once and stored as a hash. */
    public String createApiToken(String name, Role role) {
        String token = "cc_" + Secrets.newToken();
        store.addApiToken(Secrets.hash(token), Member.requireName(name), role, clock.instant());
        return token;
    }

    public List<Member> members(Access by) {
        by.require(Role.ADMIN);
        return store.members();
    }

    /** A read-only link to one article, valid for {@code days} (1–365). */
    public CreatedShare share(Access by, String articleId, Integer days) {
        by.require(Role.EDITOR);
        int valid = days == null ? DEFAULT_SHARE_DAYS : days;
        if (valid < 1 || valid > MAX_SHARE_DAYS) {
            throw new InputRejected(Reason.UNUSABLE, "A share link lasts 1 to " + MAX_SHARE_DAYS + " days; got " + valid + ".");
        }
        if (articles.findArticleJson(articleId).isEmpty()) {
            throw new InputRejected(Reason.NOT_FOUND, "There is no article " + articleId + " to share.");
        }
        String token = Secrets.newToken();
        Instant now = clock.instant();
        ShareLink share = new ShareLink(Secrets.newId(), articleId, by.name(), now, now.plus(Duration.ofDays(valid)), false);
        store.addShare(share, Secrets.hash(token));
        return new CreatedShare(token, share);
    }

    public List<ShareLink> shares(Access by, String articleId) {
        by.require(Role.EDITOR);
        return store.shares(articleId);
    }

    public void revokeShare(Access by, String shareId) {
        by.require(Role.EDITOR);
        if (!store.revokeShare(shareId)) {
            throw new InputRejected(Reason.NOT_FOUND, "There is no share link " + shareId + ".");
        }
        trusted.keySet().removeIf(key -> key.startsWith("share:")); // only the hash is known here: forget them all
    }
}
