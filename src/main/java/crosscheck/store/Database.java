package crosscheck.store;

import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One relational database the stores share: SQLite (one file in the data folder, WAL journal) or PostgreSQL (several
 * servers on one database). Opening it runs the versioned migrations: the common ones, then the ones for its kind.
 * Thread-safe: every call gets its own connection.
 */
public final class Database {
    static final String SQLITE_FILE = "crosscheck.db";

    /** The SQL dialects we speak; they differ only in identities and full-text search. */
    enum Kind {
        SQLITE("sqlite"), POSTGRESQL("postgresql");

        final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    private final String url;
    private final Kind kind;

    private Database(String url, Kind kind) {
        this.url = url;
        this.kind = kind;
    }

    /** The embedded database: {@value #SQLITE_FILE} in {@code dataDir}, created with its folder when missing. */
    public static Database sqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + dataDir, e);
        }
        return open("jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE).toAbsolutePath());
    }

    /**
     * The database at a JDBC URL: {@code jdbc:postgresql://host:5432/db?user=u&password=p} or
     * {@code jdbc:sqlite:FILE}; migrated to the newest schema.
     */
    public static Database open(String jdbcUrl) {
        Kind kind;
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            kind = Kind.SQLITE;
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            kind = Kind.POSTGRESQL;
        } else {
            throw new IllegalArgumentException("Crosscheck stores articles in SQLite or PostgreSQL; \"" + jdbcUrl
                    + "\" is neither (it should start with jdbc:postgresql:)");
        }
        Database database = new Database(jdbcUrl, kind);
        if (kind == Kind.SQLITE) {
            database.execute("PRAGMA journal_mode=WAL");
        }
        // (credentials for PostgreSQL travel in the URL, so Flyway needs no user and password of its own)
        Flyway.configure().dataSource(jdbcUrl, null, null)
                .locations("classpath:db/migration", "classpath:db/vendor/" + kind.folder)
                .load().migrate();
        return database;
    }

    Kind kind() {
        return kind;
    }

    /** How many open connections are kept for reuse; more may be open at once, the rest are closed after use. */
    static final int POOL_SIZE = 16;
    /** A pooled connection idle longer than this is checked before it is handed out again. */
    private static final long VALIDATE_AFTER_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

    /** An open connection with the time it was returned to the pool. */
    private record Idle(Connection connection, long since) {
    }

    private final java.util.concurrent.BlockingQueue<Idle> idle = new java.util.concurrent.ArrayBlockingQueue<>(POOL_SIZE);

    /**
     * A connection for one unit of work: closing it returns it to a small pool (opening one costs far more than
     * the query a page needs). One that failed is closed instead, and one idle for long is checked before reuse.
     */
    Connection connect() throws SQLException {
        for (Idle candidate; (candidate = idle.poll()) != null; ) {
            if (System.nanoTime() - candidate.since() < VALIDATE_AFTER_NANOS || candidate.connection().isValid(2)) {
                return pooled(candidate.connection());
            }
            closeQuietly(candidate.connection());
        }
        return pooled(open());
    }

    private Connection pooled(Connection raw) {
        boolean[] failed = {false};
        boolean[] closed = {false};
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (!closed[0]) {
                            closed[0] = true;
                            release(raw, failed[0]);
                        }
                        return null;
                    }
                    if (method.getName().equals("isClosed") && method.getParameterCount() == 0) {
                        return closed[0] || raw.isClosed();
                    }
                    if (closed[0]) {
                        throw new SQLException("connection already returned to the pool");
                    }
                    try {
                        return method.invoke(raw, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        failed[0] = true;
                        throw e.getCause();
                    }
                });
    }

    private void release(Connection raw, boolean failed) {
        try {
            if (!failed && !raw.isClosed()) {
                if (!raw.getAutoCommit()) {
                    raw.rollback(); // nothing is committed by returning a connection
                    raw.setAutoCommit(true);
                }
                if (idle.offer(new Idle(raw, System.nanoTime()))) {
                    return;
                }
            }
        } catch (SQLException e) {
            // not fit for reuse
        }
        closeQuietly(raw);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // already unusable
        }
    }

    /** Closes the pooled connections (the database itself stays as it is). */
    void closeIdle() {
        for (Idle candidate; (candidate = idle.poll()) != null; ) {
            closeQuietly(candidate.connection());
        }
    }

    private Connection open() throws SQLException {
        if (kind == Kind.SQLITE) {
            // transactions take the write lock when they begin: one that read first and then wrote could otherwise
            // fail at once (not wait) when another writer committed in between
            java.util.Properties properties = new java.util.Properties();
            properties.setProperty("transaction_mode", "IMMEDIATE");
            Connection connection = DriverManager.getConnection(url, properties);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout=10000");
                statement.execute("PRAGMA foreign_keys=ON");
                statement.execute("PRAGMA synchronous=FULL");
            }
            return connection;
        }
        return DriverManager.getConnection(url);
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(String what, SqlWork<T> work) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what, e);
        }
    }

    /** Runs {@code work} on a connection of its own, outside any transaction. */
    <T> T read(String what, SqlWork<T> work) {
        try (Connection connection = connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what, e);
        }
    }

    void execute(String sql) {
        read("run " + sql, connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            return null;
        });
    }

    /** Database work that may throw {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
