package crosscheck.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * A PostgreSQL schema of its own for one test. The test command starts Debian's postgresql with the role and
 * database below (src/test/sh/ensure-postgres.sh); CROSSCHECK_TEST_POSTGRES names another server.
 */
public final class PostgresTestDatabase implements AutoCloseable {
    public static final String SERVER = Objects.requireNonNullElse(System.getenv("CROSSCHECK_TEST_POSTGRES"),
            "jdbc:postgresql://127.0.0.1:5432/crosscheck_test?user=crosscheck&password=crosscheck");

    private final String schema = "t_" + Long.toHexString(System.nanoTime());

    public PostgresTestDatabase() {
        execute("CREATE SCHEMA " + schema);
    }

    /** The JDBC URL of the schema (for {@code --db}, or {@link Database#open}). */
    public String url() {
        return SERVER + "&currentSchema=" + schema;
    }

    @Override
    public void close() {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the store tests: " + e.getMessage(), e);
        }
    }
}
