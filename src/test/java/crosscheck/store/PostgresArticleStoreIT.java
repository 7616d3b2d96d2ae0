package crosscheck.store;

import org.junit.jupiter.api.AfterEach;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * The store contract on PostgreSQL, each test in a schema of its own. The test command starts Debian's
 * postgresql with the role and database below (src/test/sh/ensure-postgres.sh); CROSSCHECK_TEST_POSTGRES names
 * another server.
 */
class PostgresArticleStoreIT extends ArticleStoreContract {
    static final String SERVER = Objects.requireNonNullElse(System.getenv("CROSSCHECK_TEST_POSTGRES"),
            "jdbc:postgresql://127.0.0.1:5432/crosscheck_test?user=crosscheck&password=crosscheck");

    private String schema;

    @Override
    JdbcArticleStore newStore() {
        schema = "t_" + Long.toHexString(System.nanoTime());
        execute("CREATE SCHEMA " + schema);
        return reopen();
    }

    @Override
    JdbcArticleStore reopen() {
        return JdbcArticleStore.open(SERVER + "&currentSchema=" + schema);
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the store tests: " + e.getMessage(), e);
        }
    }
}
