package crosscheck.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The server's settings, read from command-line flags, then environment variables, then these defaults:
 * <ul>
 *   <li>{@code --host} / {@code CROSSCHECK_HOST}: address to listen on, {@value #DEFAULT_HOST} (use 0.0.0.0 to share on a network)</li>
 *   <li>{@code --port} / {@code CROSSCHECK_PORT}: port, {@value #DEFAULT_PORT} (0 picks a free one)</li>
 *   <li>{@code --data} / {@code CROSSCHECK_DATA}: data folder holding the SQLite database and team files, {@value #DEFAULT_DATA}</li>
 *   <li>{@code --db} / {@code CROSSCHECK_DB}: a PostgreSQL JDBC URL ({@code jdbc:postgresql://host/db?user=u&password=p})
 *       to store articles there instead of the SQLite file in the data folder; none by default</li>
 *   <li>{@code --claim-threshold} / {@code CROSSCHECK_CLAIM_THRESHOLD}: score a sentence needs to be a claim, 0.5</li>
 *   <li>{@code --max-request-mb} / {@code CROSSCHECK_MAX_REQUEST_MB}: largest request body in MB, {@value #DEFAULT_MAX_REQUEST_MB}</li>
 *   <li>{@code --analyses-per-minute} / {@code CROSSCHECK_ANALYSES_PER_MINUTE}: articles one client address may submit
 *       a minute, {@value #DEFAULT_ANALYSES_PER_MINUTE}</li>
 *   <li>{@code --allow-private-urls} / {@code CROSSCHECK_ALLOW_PRIVATE_URLS}: let URL ingest reach loopback and private
 *       networks (tests, intranets), false</li>
 * </ul>
 */
public record Config(String host, int port, Path dataDir, String database, double claimThreshold,
                     int maxRequestMegabytes, int analysesPerMinute, boolean allowPrivateUrls) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_DATA = "./data";
    public static final double DEFAULT_CLAIM_THRESHOLD = 0.5;
    public static final int DEFAULT_MAX_REQUEST_MB = 12;
    public static final int DEFAULT_ANALYSES_PER_MINUTE = 120;

    public Config {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        database = database == null || database.isBlank() ? null : database.strip();
        if (database != null && !database.startsWith("jdbc:postgresql:") && !database.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("--db takes a jdbc:postgresql: URL, got \"" + database + "\"");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must lie in 0..65535: " + port);
        }
        if (!(claimThreshold >= 0 && claimThreshold <= 1)) {
            throw new IllegalArgumentException("claim threshold must lie in [0, 1]: " + claimThreshold);
        }
        if (analysesPerMinute < 1) {
            throw new IllegalArgumentException("analyses per minute must be at least 1: " + analysesPerMinute);
        }
        if (maxRequestMegabytes < 1 || maxRequestMegabytes > 1024) {
            throw new IllegalArgumentException("max request size must lie in 1..1024 MB: " + maxRequestMegabytes);
        }
    }

    public static Config defaults() {
        return new Config(DEFAULT_HOST, DEFAULT_PORT, Path.of(DEFAULT_DATA), null, DEFAULT_CLAIM_THRESHOLD, DEFAULT_MAX_REQUEST_MB,
                DEFAULT_ANALYSES_PER_MINUTE, false);
    }

    public Config withPort(int newPort) {
        return new Config(host, newPort, dataDir, database, claimThreshold, maxRequestMegabytes, analysesPerMinute, allowPrivateUrls);
    }

    public Config withDataDir(Path newDataDir) {
        return new Config(host, port, newDataDir, database, claimThreshold, maxRequestMegabytes, analysesPerMinute, allowPrivateUrls);
    }

    public Config withAnalysesPerMinute(int perMinute) {
        return new Config(host, port, dataDir, database, claimThreshold, maxRequestMegabytes, perMinute, allowPrivateUrls);
    }

    public Config withDatabase(String jdbcUrl) {
        return new Config(host, port, dataDir, jdbcUrl, claimThreshold, maxRequestMegabytes, analysesPerMinute, allowPrivateUrls);
    }

    public Config withPrivateUrls(boolean allow) {
        return new Config(host, port, dataDir, database, claimThreshold, maxRequestMegabytes, analysesPerMinute, allow);
    }

    /** Flags (as {@code --name value}) win over the environment, which wins over the defaults. */
    public static Config from(List<String> flags, Map<String, String> environment) {
        Map<String, String> values = Flags.parse(flags);
        return new Config(
                pick(values, "host", environment, "CROSSCHECK_HOST", DEFAULT_HOST),
                Integer.parseInt(pick(values, "port", environment, "CROSSCHECK_PORT", String.valueOf(DEFAULT_PORT))),
                Path.of(pick(values, "data", environment, "CROSSCHECK_DATA", DEFAULT_DATA)),
                pick(values, "db", environment, "CROSSCHECK_DB", ""),
                Double.parseDouble(pick(values, "claim-threshold", environment, "CROSSCHECK_CLAIM_THRESHOLD",
                        String.valueOf(DEFAULT_CLAIM_THRESHOLD))),
                Integer.parseInt(pick(values, "max-request-mb", environment, "CROSSCHECK_MAX_REQUEST_MB",
                        String.valueOf(DEFAULT_MAX_REQUEST_MB))),
                Integer.parseInt(pick(values, "analyses-per-minute", environment, "CROSSCHECK_ANALYSES_PER_MINUTE",
                        String.valueOf(DEFAULT_ANALYSES_PER_MINUTE))),
                parseBoolean(pick(values, "allow-private-urls", environment, "CROSSCHECK_ALLOW_PRIVATE_URLS", "false")));
    }

    private static boolean parseBoolean(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException("expected true or false, got \"" + value + "\"");
        };
    }

    private static String pick(Map<String, String> flags, String flag, Map<String, String> environment, String variable,
                               String fallback) {
        String value = flags.get(flag);
        if (value == null) {
            value = environment.get(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
