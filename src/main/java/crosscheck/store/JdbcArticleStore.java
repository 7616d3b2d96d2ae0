package crosscheck.store;

import crosscheck.json.Json;
import crosscheck.model.Analysis;
import crosscheck.model.Article;
import crosscheck.model.ArticleJson;
import crosscheck.model.ArticleSummary;
import crosscheck.model.CitedLink;
import crosscheck.model.ClaimStatus;
import crosscheck.model.LibraryEntry;
import crosscheck.model.PageInfo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Articles in a relational database over plain JDBC: SQLite (the default, one file in the data folder, WAL
 * journal) or PostgreSQL (for several servers sharing one database). The same SQL serves both; the schema comes
 * from versioned migrations run at start. Thread-safe, and safe with several servers on one database: every call
 * uses its own connection, writes are single transactions, and storing an article twice keeps the first.
 */
public final class JdbcArticleStore implements ArticleStore {
    static final String SQLITE_FILE = Database.SQLITE_FILE;

    private final Database database;

    public JdbcArticleStore(Database database) {
        this.database = database;
    }

    /** The embedded store: {@value #SQLITE_FILE} in {@code dataDir}, created with its folder when missing. */
    public static JdbcArticleStore sqlite(Path dataDir) {
        return new JdbcArticleStore(Database.sqlite(dataDir));
    }

    /**
     * The store at a JDBC URL: {@code jdbc:postgresql://host:5432/db?user=u&password=p} (credentials may also
     * come from the URL's usual parameters), or {@code jdbc:sqlite:FILE}.
     */
    public static JdbcArticleStore open(String jdbcUrl) {
        return new JdbcArticleStore(Database.open(jdbcUrl));
    }

    private Connection connect() throws SQLException {
        return database.connect();
    }

    private static final String FIND_ARTICLE = """
            SELECT a.id, a.title, a.created_at, a.origin, a.byline, a.published, a.outlet, a.canonical_url, a.language,
                   v.analysis_json
              FROM article a
              JOIN analysis v ON v.article_id = a.id
             WHERE a.id = ?
             ORDER BY v.version DESC
             LIMIT 1
            """;

    @Override
    public Optional<Article> findArticle(String id) {
        return findArticleJson(id).map(found -> new Article(found.id(), found.title(), found.createdAt(), found.origin(),
                found.info(), Json.read(found.analysisJson(), Analysis.class), findLinks(id)));
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<List<CitedLink>> LINKS = new com.fasterxml.jackson.core.type.TypeReference<>() {
    };

    private List<CitedLink> findLinks(String id) {
        return database.read("read the links of " + id, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT links_json FROM article WHERE id = ?")) {
                query.setString(1, id);
                try (ResultSet row = query.executeQuery()) {
                    String json = row.next() ? row.getString(1) : null;
                    return json == null ? List.<CitedLink>of() : Json.mapper().readValue(json, LINKS);
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    throw new StoreException("the links of " + id + " are not readable", e);
                }
            }
        });
    }

    @Override
    public Optional<ArticleJson> findArticleJson(String id) {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(FIND_ARTICLE)) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ArticleJson(row.getString("id"), row.getString("title"),
                        Instant.parse(row.getString("created_at")), row.getString("origin"),
                        new PageInfo(row.getString("byline"), row.getString("published"), row.getString("outlet"),
                                row.getString("canonical_url")),
                        row.getString("language"), null, row.getString("analysis_json")));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id, e);
        }
    }

    private static final String INSERT_ARTICLE = """
            INSERT INTO article (id, title, created_at, origin, language, word_count, claim_count, entity_count,
                                 byline, published, outlet, canonical_url, links_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """;
    private static final String INSERT_ANALYSIS = """
            INSERT INTO analysis (article_id, version, created_at, analysis_json)
            VALUES (?, 1, ?, ?)
            ON CONFLICT (article_id, version) DO NOTHING
            """;

    @Override
    public Article saveIfAbsent(Article article) {
        ArticleSummary summary = article.summary();
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ARTICLE);
                 PreparedStatement analysis = connection.prepareStatement(INSERT_ANALYSIS)) {
                insert.setString(1, article.id());
                insert.setString(2, article.title());
                insert.setString(3, article.createdAt().toString());
                insert.setString(4, article.origin());
                insert.setString(5, summary.language());
                insert.setInt(6, summary.wordCount());
                insert.setInt(7, summary.claimCount());
                insert.setInt(8, summary.entityCount());
                insert.setString(9, article.info().byline());
                insert.setString(10, article.info().published());
                insert.setString(11, article.info().outlet());
                insert.setString(12, article.info().canonicalUrl());
                insert.setString(13, Json.write(article.links()));
                if (insert.executeUpdate() == 0) {
                    // another request or server stored this text first: keep theirs
                    connection.rollback();
                    return findArticle(article.id()).orElseThrow();
                }
                analysis.setString(1, article.id());
                analysis.setString(2, article.createdAt().toString());
                analysis.setString(3, Json.write(article.analysis()));
                analysis.executeUpdate();
                SearchIndex.add(database.kind(), connection, article.id(), article.title(), article.analysis().text());
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save article " + article.id(), e);
        }
        return article;
    }

    private static final String NEXT_VERSION = "SELECT COALESCE(MAX(version), 0) + 1 FROM analysis WHERE article_id = ?";
    private static final String INSERT_VERSION = """
            INSERT INTO analysis (article_id, version, created_at, analysis_json) VALUES (?, ?, ?, ?)
            ON CONFLICT (article_id, version) DO NOTHING
            """;
    private static final String UPDATE_COUNTS = "UPDATE article SET claim_count = ?, entity_count = ? WHERE id = ?";

    @Override
    public int analysisVersion(String id) {
        return database.read("read the analysis version of " + id, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM analysis WHERE article_id = ?")) {
                query.setString(1, id);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public int addAnalysis(String id, Analysis analysis, Instant at) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int version = database.inTransaction("store a new analysis of " + id, connection -> {
                int next;
                try (PreparedStatement query = connection.prepareStatement(NEXT_VERSION)) {
                    query.setString(1, id);
                    try (ResultSet row = query.executeQuery()) {
                        row.next();
                        next = row.getInt(1);
                    }
                }
                if (next == 1) {
                    throw new IllegalArgumentException("no article " + id + " to analyse again");
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT_VERSION);
                     PreparedStatement counts = connection.prepareStatement(UPDATE_COUNTS)) {
                    insert.setString(1, id);
                    insert.setInt(2, next);
                    insert.setString(3, at.toString());
                    insert.setString(4, Json.write(analysis));
                    if (insert.executeUpdate() == 0) {
                        return 0; // another server stored this version number first: take the next one
                    }
                    counts.setInt(1, analysis.claims().size());
                    counts.setInt(2, analysis.entities().size());
                    counts.setString(3, id);
                    counts.executeUpdate();
                }
                return next;
            });
            if (version > 0) {
                return version;
            }
        }
        throw new StoreException("cannot store a new analysis of " + id + ": other servers keep storing theirs", null);
    }

    private static final String LIST_ARTICLES = """
            SELECT id, title, created_at, language, claim_count, entity_count, word_count
              FROM article
             ORDER BY created_at DESC, id
             LIMIT ?
            """;

    @Override
    public List<ArticleSummary> listArticles(int limit) {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(LIST_ARTICLES)) {
            query.setInt(1, limit);
            List<ArticleSummary> summaries = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    summaries.add(new ArticleSummary(row.getString("id"), row.getString("title"),
                            Instant.parse(row.getString("created_at")), row.getString("language"),
                            row.getInt("claim_count"), row.getInt("entity_count"), row.getInt("word_count")));
                }
            }
            return summaries;
        } catch (SQLException e) {
            throw new StoreException("cannot list articles", e);
        }
    }

    private static final String LIBRARY_ROWS = """
            SELECT id, title, created_at, language, claim_count, entity_count, word_count, origin,
                   byline, published, outlet, canonical_url
              FROM article
            """;

    @Override
    public List<LibraryEntry> library(String query, ClaimStatus status, int limit) {
        return database.read("read the library", connection -> {
            List<String> words = SearchIndex.words(query);
            List<String> found = words.isEmpty() ? null
                    : SearchIndex.find(database.kind(), connection, words, LIBRARY_SCAN);
            return libraryRows(connection, found, status, limit);
        });
    }

    @Override
    public Optional<LibraryEntry> findLibraryEntry(String id) {
        return database.read("read article " + id, connection -> libraryRows(connection, List.of(id), null, 1))
                .stream().findFirst();
    }

    /** Library entries of the articles with these ids in this order, or of the newest articles when null. */
    private static List<LibraryEntry> libraryRows(Connection connection, List<String> found, ClaimStatus status, int limit)
            throws SQLException {
        if (found != null && found.isEmpty()) {
            return List.of();
        }
        String sql = LIBRARY_ROWS + (found == null ? " ORDER BY created_at DESC, id LIMIT " + LIBRARY_SCAN
                : " WHERE id IN (" + String.join(",", java.util.Collections.nCopies(found.size(), "?")) + ")");
        Map<String, LibraryEntry> entries = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; found != null && i < found.size(); i++) {
                select.setString(i + 1, found.get(i));
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ArticleSummary summary = new ArticleSummary(row.getString("id"), row.getString("title"),
                            Instant.parse(row.getString("created_at")), row.getString("language"),
                            row.getInt("claim_count"), row.getInt("entity_count"), row.getInt("word_count"));
                    entries.put(summary.id(), new LibraryEntry(summary, row.getString("origin"),
                            new PageInfo(row.getString("byline"), row.getString("published"), row.getString("outlet"),
                                    row.getString("canonical_url")), Map.of()));
                }
            }
        }
        Map<String, Map<ClaimStatus, Integer>> counts = statusCounts(connection, entries.keySet());
        List<String> order = found != null ? found : new ArrayList<>(entries.keySet());
        List<LibraryEntry> library = new ArrayList<>();
        for (String id : order) {
            LibraryEntry entry = entries.get(id);
            if (entry == null) {
                continue;
            }
            LibraryEntry counted = LibraryEntry.of(entry.article(), entry.origin(), entry.info(),
                    counts.getOrDefault(id, Map.of()));
            if (status == null || counted.counts().get(status) > 0) {
                library.add(counted);
            }
            if (library.size() == limit) {
                break;
            }
        }
        return library;
    }

    /** How many articles a library query looks at before filtering by status. */
    static final int LIBRARY_SCAN = 1000;

    private static Map<String, Map<ClaimStatus, Integer>> statusCounts(Connection connection,
                                                                       java.util.Collection<String> ids) throws SQLException {
        Map<String, Map<ClaimStatus, Integer>> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        String sql = "SELECT article_id, status, COUNT(*) AS n FROM claim_state WHERE article_id IN ("
                + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ") GROUP BY article_id, status";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            for (String id : ids) {
                select.setString(i++, id);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    counts.computeIfAbsent(row.getString("article_id"), key -> new EnumMap<>(ClaimStatus.class))
                            .put(ClaimStatus.parse(row.getString("status")), row.getInt("n"));
                }
            }
        }
        return counts;
    }

    @Override
    public void close() {
        database.closeIdle();
    }
}
