package crosscheck.store;

import crosscheck.json.Json;
import crosscheck.model.Analysis;
import crosscheck.model.Article;
import crosscheck.model.ArticleJson;
import crosscheck.model.ArticleSummary;
import crosscheck.model.PageInfo;
import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Articles in a relational database over plain JDBC: SQLite (the default, one file in the data folder, WAL
 * journal) or PostgreSQL (for several servers sharing one database). The same SQL serves both; the schema comes
 * from versioned migrations run at start. Thread-safe, and safe with several servers on one database: every call
 * uses its own connection, writes are single transactions, and storing an article twice keeps the first.
 */
public final class JdbcArticleStore implements ArticleStore {
    static final String SQLITE_FILE = "crosscheck.db";

    private final String url;

    private JdbcArticleStore(String url) {
        this.url = url;
    }

    /** The embedded store: {@value #SQLITE_FILE} in {@code dataDir}, created with its folder when missing. */
    public static JdbcArticleStore sqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + dataDir, e);
        }
        String url = "jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE).toAbsolutePath();
        JdbcArticleStore store = new JdbcArticleStore(url);
        store.execute("PRAGMA journal_mode=WAL");
        store.migrate();
        return store;
    }

    /**
     * The store at a JDBC URL: {@code jdbc:postgresql://host:5432/db?user=u&password=p} (credentials may also
     * come from the URL's usual parameters), or {@code jdbc:sqlite:FILE}.
     */
    public static JdbcArticleStore open(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            JdbcArticleStore store = new JdbcArticleStore(jdbcUrl);
            store.execute("PRAGMA journal_mode=WAL");
            store.migrate();
            return store;
        }
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Crosscheck stores articles in SQLite or PostgreSQL; \"" + jdbcUrl
                    + "\" is neither (it should start with jdbc:postgresql:)");
        }
        JdbcArticleStore store = new JdbcArticleStore(jdbcUrl);
        store.migrate();
        return store;
    }

    private void migrate() {
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        // (credentials for PostgreSQL travel in the URL, so Flyway needs no user and password of its own)
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        if (url.startsWith("jdbc:sqlite:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout=10000");
                statement.execute("PRAGMA foreign_keys=ON");
                statement.execute("PRAGMA synchronous=FULL");
            }
        }
        return connection;
    }

    private void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("cannot run " + sql, e);
        }
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
                found.info(), Json.read(found.analysisJson(), Analysis.class)));
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
                                 byline, published, outlet, canonical_url)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
                if (insert.executeUpdate() == 0) {
                    // another request or server stored this text first: keep theirs
                    connection.rollback();
                    return findArticle(article.id()).orElseThrow();
                }
                analysis.setString(1, article.id());
                analysis.setString(2, article.createdAt().toString());
                analysis.setString(3, Json.write(article.analysis()));
                analysis.executeUpdate();
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

    @Override
    public void close() {
        // connections are per call; nothing is held open
    }
}
