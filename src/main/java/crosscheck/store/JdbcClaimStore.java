package crosscheck.store;

import crosscheck.model.ClaimChange;
import crosscheck.model.ClaimNote;
import crosscheck.model.ClaimState;
import crosscheck.model.ClaimStatus;
import crosscheck.model.StaleWrite;
import crosscheck.model.TextQuote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link ClaimStore} over plain JDBC on SQLite or PostgreSQL. */
public final class JdbcClaimStore implements ClaimStore {
    private final Database database;

    public JdbcClaimStore(Database database) {
        this.database = database;
    }

    private static final String STATES = """
            SELECT claim_id, status, assignee, version, updated_at, updated_by,
                   quote_exact, quote_prefix, quote_suffix, quote_start, quote_end
              FROM claim_state WHERE article_id = ?
            """;
    private static final String NOTES = """
            SELECT id, claim_id, author, body, created_at FROM claim_note WHERE article_id = ? ORDER BY id
            """;
    private static final String CHANGES = """
            SELECT seq, article_id, claim_id, version, at, actor, kind, from_value, to_value
              FROM claim_change WHERE article_id = ? ORDER BY seq
            """;

    @Override
    public Map<String, ClaimState> claimStates(String articleId) {
        return database.read("read claims of " + articleId, connection -> states(connection, articleId, null));
    }

    /** The states of one article (or of one claim in it when {@code claimId} is not null). */
    private static Map<String, ClaimState> states(Connection connection, String articleId, String claimId)
            throws SQLException {
        String only = claimId == null ? "" : " AND claim_id = ?";
        Map<String, List<ClaimNote>> notes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(NOTES.replace(" ORDER BY", only + " ORDER BY"))) {
            bind(query, articleId, claimId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    notes.computeIfAbsent(row.getString("claim_id"), key -> new ArrayList<>())
                            .add(new ClaimNote(row.getLong("id"), row.getString("author"), row.getString("body"),
                                    Instant.parse(row.getString("created_at"))));
                }
            }
        }
        Map<String, List<ClaimChange>> history = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(CHANGES.replace(" ORDER BY", only + " ORDER BY"))) {
            bind(query, articleId, claimId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ClaimChange change = change(row);
                    history.computeIfAbsent(change.claimId(), key -> new ArrayList<>()).add(change);
                }
            }
        }
        Map<String, ClaimState> states = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(STATES + only)) {
            bind(query, articleId, claimId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String id = row.getString("claim_id");
                    states.put(id, new ClaimState(id, ClaimStatus.parse(row.getString("status")),
                            row.getString("assignee"), row.getInt("version"), Instant.parse(row.getString("updated_at")),
                            row.getString("updated_by"),
                            new TextQuote(row.getString("quote_exact"), row.getString("quote_prefix"),
                                    row.getString("quote_suffix"), row.getInt("quote_start"), row.getInt("quote_end")),
                            notes.getOrDefault(id, List.of()), history.getOrDefault(id, List.of())));
                }
            }
        }
        return states;
    }

    private static void bind(PreparedStatement query, String articleId, String claimId) throws SQLException {
        query.setString(1, articleId);
        if (claimId != null) {
            query.setString(2, claimId);
        }
    }

    private static ClaimChange change(ResultSet row) throws SQLException {
        return new ClaimChange(row.getLong("seq"), row.getString("article_id"), row.getString("claim_id"),
                row.getInt("version"), Instant.parse(row.getString("at")), row.getString("actor"), row.getString("kind"),
                row.getString("from_value"), row.getString("to_value"));
    }

    private static final String CURRENT = "SELECT status, assignee, version FROM claim_state WHERE article_id = ? AND claim_id = ?";
    private static final String INSERT_STATE = """
            INSERT INTO claim_state (article_id, claim_id, status, assignee, version, updated_at, updated_by,
                                     quote_exact, quote_prefix, quote_suffix, quote_start, quote_end)
            VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (article_id, claim_id) DO NOTHING
            """;
    private static final String UPDATE_STATE = """
            UPDATE claim_state SET status = ?, assignee = ?, version = version + 1, updated_at = ?, updated_by = ?
             WHERE article_id = ? AND claim_id = ? AND version = ?
            """;
    private static final String INSERT_NOTE = """
            INSERT INTO claim_note (article_id, claim_id, author, body, created_at) VALUES (?, ?, ?, ?, ?)
            """;
    private static final String INSERT_CHANGE = """
            INSERT INTO claim_change (article_id, claim_id, version, at, actor, kind, from_value, to_value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;

    @Override
    public ClaimState write(String articleId, String claimId, int seenVersion, ClaimWrite write) {
        Objects.requireNonNull(write.anchor(), "anchor");
        boolean applied = database.inTransaction("change claim " + claimId, connection -> {
            ClaimStatus status = ClaimStatus.UNCHECKED;
            String assignee = null;
            int version = 0;
            try (PreparedStatement query = connection.prepareStatement(CURRENT
                    + (database.kind() == Database.Kind.POSTGRESQL ? " FOR UPDATE" : ""))) {
                query.setString(1, articleId);
                query.setString(2, claimId);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        status = ClaimStatus.parse(row.getString("status"));
                        assignee = row.getString("assignee");
                        version = row.getInt("version");
                    }
                }
            }
            if (version != seenVersion) {
                return false;
            }
            ClaimStatus newStatus = write.status() == null ? status : write.status();
            String newAssignee = write.assignee() == null ? assignee : write.assignee().isBlank() ? null : write.assignee().strip();
            boolean statusChanged = newStatus != status;
            boolean assigneeChanged = !Objects.equals(newAssignee, assignee);
            if (!statusChanged && !assigneeChanged && write.note() == null) {
                return true; // nothing to change: the claim stays at its version
            }
            int newVersion = version + 1;
            if (version == 0) {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_STATE)) {
                    TextQuote anchor = write.anchor();
                    insert.setString(1, articleId);
                    insert.setString(2, claimId);
                    insert.setString(3, newStatus.id());
                    setNullable(insert, 4, newAssignee);
                    insert.setString(5, write.at().toString());
                    insert.setString(6, write.actor());
                    insert.setString(7, anchor.exact());
                    insert.setString(8, anchor.prefix());
                    insert.setString(9, anchor.suffix());
                    insert.setInt(10, anchor.start());
                    insert.setInt(11, anchor.end());
                    if (insert.executeUpdate() != 1) {
                        return false; // another server wrote the first version in between
                    }
                }
            } else {
                try (PreparedStatement update = connection.prepareStatement(UPDATE_STATE)) {
                    update.setString(1, newStatus.id());
                    setNullable(update, 2, newAssignee);
                    update.setString(3, write.at().toString());
                    update.setString(4, write.actor());
                    update.setString(5, articleId);
                    update.setString(6, claimId);
                    update.setInt(7, version);
                    if (update.executeUpdate() != 1) {
                        return false;
                    }
                }
            }
            try (PreparedStatement change = connection.prepareStatement(INSERT_CHANGE)) {
                if (statusChanged) {
                    addChange(change, articleId, claimId, newVersion, write, "status", status.id(), newStatus.id());
                }
                if (assigneeChanged) {
                    addChange(change, articleId, claimId, newVersion, write, "assignee", assignee, newAssignee);
                }
                if (write.note() != null) {
                    addChange(change, articleId, claimId, newVersion, write, "note", null, firstLine(write.note()));
                }
                change.executeBatch();
            }
            if (write.note() != null) {
                try (PreparedStatement note = connection.prepareStatement(INSERT_NOTE)) {
                    note.setString(1, articleId);
                    note.setString(2, claimId);
                    note.setString(3, write.actor());
                    note.setString(4, write.note());
                    note.setString(5, write.at().toString());
                    note.executeUpdate();
                }
                SearchIndex.addNote(connection, articleId, write.note());
            }
            return true;
        });
        ClaimState current = database.read("read claim " + claimId, connection -> states(connection, articleId, claimId))
                .getOrDefault(claimId, ClaimState.untouched(claimId));
        if (!applied) {
            throw new StaleWrite(current);
        }
        return current;
    }

    /** What the history shows of a note: its first line, cut to 120 characters. */
    static String firstLine(String note) {
        String line = note.strip().lines().findFirst().orElse("");
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    private static void addChange(PreparedStatement change, String articleId, String claimId, int version,
                                  ClaimWrite write, String kind, String from, String to) throws SQLException {
        change.setString(1, articleId);
        change.setString(2, claimId);
        change.setInt(3, version);
        change.setString(4, write.at().toString());
        change.setString(5, write.actor());
        change.setString(6, kind);
        setNullable(change, 7, from);
        setNullable(change, 8, to);
        change.addBatch();
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    @Override
    public List<ClaimChange> changesAfter(long seq, int limit) {
        return database.read("read changes", connection -> {
            List<ClaimChange> changes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT seq, article_id, claim_id, version, at, actor, kind, from_value, to_value
                      FROM claim_change WHERE seq > ? ORDER BY seq LIMIT ?
                    """)) {
                query.setLong(1, seq);
                query.setInt(2, limit);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        changes.add(change(row));
                    }
                }
            }
            return changes;
        });
    }

    @Override
    public long lastChangeSeq() {
        return database.read("read the last change", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT MAX(seq) FROM claim_change");
                 ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        });
    }
}
