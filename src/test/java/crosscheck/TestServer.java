package crosscheck;

import crosscheck.app.Config;
import crosscheck.app.Crosscheck;
import crosscheck.ingest.Analyzer;
import crosscheck.model.Role;
import crosscheck.store.Database;
import crosscheck.store.JdbcArticleStore;
import crosscheck.store.JdbcTeamStore;
import crosscheck.team.TeamService;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real app on port 0 over a fresh temporary data folder, for tests over HTTP and in the browser.
 * The models load once per test JVM and are shared by every server started here.
 */
public final class TestServer implements AutoCloseable {
    private static Analyzer sharedAnalyzer;

    /** Every test server has this admin, created before it starts (so no setup link is printed). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "correct horse battery";

    private final Path dataDir;
    private final Javalin app;
    private final TeamService team;
    private String adminToken;

    private TestServer(Path dataDir, Javalin app, TeamService team) {
        this.dataDir = dataDir;
        this.app = app;
        this.team = team;
    }

    public static TestServer start() {
        try {
            return start(Files.createTempDirectory("crosscheck-test-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server over an existing data folder (to restart on the same data); the folder is deleted on close. */
    public static TestServer start(Path dataDir) {
        return start(dataDir, false);
    }

    /** A server that may fetch URLs on loopback and private networks (for tests that serve pages locally). */
    public static TestServer startAllowingPrivateUrls() {
        return startWith(config -> config.withPrivateUrls(true));
    }

    /** A server on a fresh data folder with settings adjusted from the defaults. */
    public static TestServer startWith(java.util.function.UnaryOperator<Config> adjust) {
        try {
            return start(Files.createTempDirectory("crosscheck-test-"), adjust);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestServer start(Path dataDir, boolean allowPrivateUrls) {
        return start(dataDir, config -> config.withPrivateUrls(allowPrivateUrls));
    }

    private static TestServer start(Path dataDir, java.util.function.UnaryOperator<Config> adjust) {
        Config config = adjust.apply(Config.defaults().withPort(0).withDataDir(dataDir));
        Database database = Crosscheck.database(config);
        TeamService team = new TeamService(new JdbcTeamStore(database), new JdbcArticleStore(database), Clock.systemUTC());
        if (team.setupToken().isPresent()) {
            team.addMember(ADMIN, ADMIN_PASSWORD, Role.ADMIN);
        }
        Javalin app = Crosscheck.create(config, analyzer(dataDir)).start(config.host(), 0);
        return new TestServer(dataDir, app, team);
    }

    /** Models are shared; the source registry reads the team file of the first data folder it was built with. */
    public static synchronized Analyzer analyzer(Path dataDir) {
        if (sharedAnalyzer == null) {
            sharedAnalyzer = Crosscheck.analyzer(dataDir, Config.DEFAULT_CLAIM_THRESHOLD);
        }
        return sharedAnalyzer;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    /** Adds a member who can sign in with {@code password}; {@code role} is "viewer", "editor" or "admin". */
    public void createMember(String name, String password, String role) {
        team.addMember(name, password, Role.parse(role));
    }

    /** A new API token with {@code role} ("viewer", "editor" or "admin"), for {@code Authorization: Bearer}. */
    public String token(String role) {
        return team.createApiToken("test-" + role, Role.parse(role));
    }

    /** One admin API token for this server. */
    public synchronized String adminToken() {
        if (adminToken == null) {
            adminToken = token("admin");
        }
        return adminToken;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the server but keeps the data folder (to start another server on it). */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        app.stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
