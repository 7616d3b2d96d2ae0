package crosscheck.store;

import crosscheck.model.InputRejected;
import crosscheck.model.Member;
import crosscheck.model.Role;
import crosscheck.model.ShareLink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link TeamStore} over plain JDBC on SQLite or PostgreSQL. */
public final class JdbcTeamStore implements TeamStore {
    private final Database database;

    public JdbcTeamStore(Database database) {
        this.database = database;
    }

    @Override
    public boolean hasMembers() {
        return database.read("count members", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM member LIMIT 1");
                 ResultSet row = query.executeQuery()) {
                return row.next();
            }
        });
    }

    private static final String INSERT_MEMBER = """
            INSERT INTO member (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (name) DO NOTHING
            """;

    @Override
    public void addMember(Member member, String passwordHash) {
        boolean added = database.inTransaction("add member " + member.name(),
                connection -> insertMember(connection, member, passwordHash));
        if (!added) {
            throw nameTaken(member.name());
        }
    }

    @Override
    public boolean addFirstMember(Member member, String passwordHash) {
        return database.inTransaction("add the first member", connection -> {
            if (database.kind() == Database.Kind.POSTGRESQL) {
                // an empty table has no row to lock: serialise first members on the table itself
                // (SQLite's transactions already take the write lock when they begin)
                try (PreparedStatement lock = connection.prepareStatement("LOCK TABLE member IN EXCLUSIVE MODE")) {
                    lock.execute();
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM member LIMIT 1");
                 ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
            return insertMember(connection, member, passwordHash);
        });
    }

    private static boolean insertMember(Connection connection, Member member, String passwordHash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_MEMBER)) {
            insert.setString(1, member.name());
            insert.setString(2, member.role().id());
            insert.setString(3, passwordHash);
            insert.setString(4, member.createdAt().toString());
            return insert.executeUpdate() == 1;
        }
    }

    private static InputRejected nameTaken(String name) {
        return new InputRejected(InputRejected.Reason.CONFLICT,
                "The name \"" + name + "\" is already taken on this team; choose another.");
    }

    @Override
    public Optional<Credentials> findCredentials(String name) {
        return database.read("read member", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT name, role, password_hash, created_at FROM member WHERE name = ?")) {
                query.setString(1, name);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(new Credentials(member(row), row.getString("password_hash")))
                            : Optional.empty();
                }
            }
        });
    }

    private static Member member(ResultSet row) throws SQLException {
        return new Member(row.getString("name"), Role.parse(row.getString("role")), Instant.parse(row.getString("created_at")));
    }

    @Override
    public List<Member> members() {
        return database.read("list members", connection -> {
            List<Member> members = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT name, role, created_at FROM member ORDER BY created_at, name");
                 ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    members.add(member(row));
                }
            }
            return members;
        });
    }

    @Override
    public void addSession(String tokenHash, String memberName, String csrf, Instant createdAt, Instant expiresAt) {
        update("add session", """
                INSERT INTO session (token_hash, member_name, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
                """, tokenHash, memberName, csrf, createdAt.toString(), expiresAt.toString());
    }

    private static final String FIND_SESSION = """
            SELECT m.name, m.role, m.created_at, s.csrf, s.expires_at
              FROM session s JOIN member m ON m.name = s.member_name
             WHERE s.token_hash = ? AND s.expires_at > ?
            """;

    @Override
    public Optional<Session> findSession(String tokenHash, Instant now) {
        return database.read("read session", connection -> {
            try (PreparedStatement query = connection.prepareStatement(FIND_SESSION)) {
                query.setString(1, tokenHash);
                query.setString(2, now.toString());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(new Session(member(row), row.getString("csrf"),
                            Instant.parse(row.getString("expires_at")))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void deleteSession(String tokenHash) {
        update("end session", "DELETE FROM session WHERE token_hash = ?", tokenHash);
    }

    @Override
    public void addInvite(String tokenHash, Role role, String createdBy, Instant createdAt, Instant expiresAt) {
        update("add invite", """
                INSERT INTO invite (token_hash, role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
                """, tokenHash, role.id(), createdBy, createdAt.toString(), expiresAt.toString());
    }

    private static final String FIND_INVITE = """
            SELECT role FROM invite WHERE token_hash = ? AND used_by IS NULL AND expires_at > ?
            """;

    @Override
    public Optional<Role> findInvite(String tokenHash, Instant now) {
        return database.read("read invite", connection -> findInvite(connection, tokenHash, now));
    }

    private static Optional<Role> findInvite(Connection connection, String tokenHash, Instant now) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(FIND_INVITE)) {
            query.setString(1, tokenHash);
            query.setString(2, now.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(Role.parse(row.getString("role"))) : Optional.empty();
            }
        }
    }

    @Override
    public Optional<Member> acceptInvite(String tokenHash, Instant now, String name, String passwordHash) {
        return database.inTransaction("accept invite", connection -> {
            Optional<Role> role = findInvite(connection, tokenHash, now);
            if (role.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement use = connection.prepareStatement(
                    "UPDATE invite SET used_by = ? WHERE token_hash = ? AND used_by IS NULL")) {
                use.setString(1, name);
                use.setString(2, tokenHash);
                if (use.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            Member member = new Member(name, role.get(), now);
            if (!insertMember(connection, member, passwordHash)) {
                throw nameTaken(name); // rolls the use of the invite back too
            }
            return Optional.of(member);
        });
    }

    @Override
    public void addApiToken(String tokenHash, String name, Role role, Instant createdAt) {
        update("add API token", "INSERT INTO api_token (token_hash, name, role, created_at) VALUES (?, ?, ?, ?)",
                tokenHash, name, role.id(), createdAt.toString());
    }

    @Override
    public Optional<Member> findApiToken(String tokenHash) {
        return database.read("read API token", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT name, role, created_at FROM api_token WHERE token_hash = ? AND revoked = 0")) {
                query.setString(1, tokenHash);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(member(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void addShare(ShareLink share, String tokenHash) {
        update("add share link", """
                INSERT INTO share_link (id, token_hash, article_id, created_by, created_at, expires_at, revoked)
                VALUES (?, ?, ?, ?, ?, ?, 0)
                """, share.id(), tokenHash, share.articleId(), share.createdBy(), share.createdAt().toString(),
                share.expiresAt().toString());
    }

    private static final String SHARE_COLUMNS = "SELECT id, article_id, created_by, created_at, expires_at, revoked FROM share_link";

    @Override
    public Optional<ShareLink> findShareByToken(String tokenHash) {
        return shareWhere("token_hash = ?", tokenHash).stream().findFirst();
    }

    @Override
    public Optional<ShareLink> findShare(String id) {
        return shareWhere("id = ?", id).stream().findFirst();
    }

    @Override
    public List<ShareLink> shares(String articleId) {
        return shareWhere("article_id = ? ORDER BY created_at DESC", articleId);
    }

    private List<ShareLink> shareWhere(String condition, String value) {
        return database.read("read share links", connection -> {
            List<ShareLink> shares = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(SHARE_COLUMNS + " WHERE " + condition)) {
                query.setString(1, value);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        shares.add(new ShareLink(row.getString("id"), row.getString("article_id"),
                                row.getString("created_by"), Instant.parse(row.getString("created_at")),
                                Instant.parse(row.getString("expires_at")), row.getInt("revoked") != 0));
                    }
                }
            }
            return shares;
        });
    }

    @Override
    public boolean revokeShare(String id) {
        return update("revoke share link", "UPDATE share_link SET revoked = 1 WHERE id = ?", id) == 1;
    }

    private int update(String what, String sql, String... values) {
        return database.inTransaction(what, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setString(i + 1, values[i]);
                }
                return statement.executeUpdate();
            }
        });
    }
}
