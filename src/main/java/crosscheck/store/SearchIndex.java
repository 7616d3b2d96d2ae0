package crosscheck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full-text search over titles, article text (and so claims) and notes: SQLite FTS5 or PostgreSQL's text search,
 * both with English stemming. A query is a list of words that must all occur; punctuation and operators typed by a
 * person are taken as word breaks, never as query syntax.
 */
final class SearchIndex {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Words beyond this are ignored: a query is a few words, not a paragraph. */
    static final int MAX_WORDS = 12;

    private SearchIndex() {
    }

    static void add(Database.Kind kind, Connection connection, String articleId, String title, String body)
            throws SQLException {
        String sql = kind == Database.Kind.SQLITE
                ? "INSERT INTO article_search (article_id, title, body, notes) VALUES (?, ?, ?, '')"
                : "INSERT INTO article_search (article_id, title, body, notes) VALUES (?, ?, ?, '') ON CONFLICT DO NOTHING";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, articleId);
            insert.setString(2, title);
            insert.setString(3, body);
            insert.executeUpdate();
        }
    }

    /** Adds a note's text to what its article is found by. */
    static void addNote(Connection connection, String articleId, String note) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE article_search SET notes = notes || ? WHERE article_id = ?")) {
            update.setString(1, "\n" + note);
            update.setString(2, articleId);
            update.executeUpdate();
        }
    }

    /** The words of a query as a person typed it, lower-cased; empty when it has none. */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(query == null ? "" : query);
        while (matcher.find() && words.size() < MAX_WORDS) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Ids of the articles that contain every word, best match first, at most {@code limit}. */
    static List<String> find(Database.Kind kind, Connection connection, List<String> words, int limit)
            throws SQLException {
        String sql;
        String query;
        if (kind == Database.Kind.SQLITE) {
            sql = "SELECT article_id FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?";
            // each word quoted: FTS5 reads it as a plain term, whatever it contains
            query = String.join(" ", words.stream().map(word -> '"' + word + '"').toList());
        } else {
            sql = """
                    SELECT article_id FROM article_search, plainto_tsquery('english', ?) AS query
                     WHERE document @@ query ORDER BY ts_rank(document, query) DESC LIMIT ?
                    """;
            query = String.join(" ", words);
        }
        List<String> ids = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement(sql)) {
            find.setString(1, query);
            find.setInt(2, limit);
            try (ResultSet row = find.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
        }
        return ids;
    }
}
