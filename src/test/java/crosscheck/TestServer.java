package crosscheck;

import crosscheck.app.Config;
import crosscheck.app.Crosscheck;
import crosscheck.claims.LoadedLanguage;
import crosscheck.ingest.Analyzer;
import crosscheck.sources.SourceRegistry;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real app on port 0 over a fresh temporary data folder, for tests over HTTP and in the browser.
 * The models load once per test JVM and are shared by every server started here.
 */
public final class TestServer implements AutoCloseable {
    private static Analyzer sharedAnalyzer;

    private final Path dataDir;
    private final Javalin app;

    private TestServer(Path dataDir, Javalin app) {
        this.dataDir = dataDir;
        this.app = app;
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
        Javalin app = Crosscheck.create(config, analyzer(dataDir)).start(config.host(), 0);
        return new TestServer(dataDir, app);
    }

    /** Models are shared; the source registry reads the team file of the first data folder it was built with. */
    public static synchronized Analyzer analyzer(Path dataDir) {
        if (sharedAnalyzer == null) {
            sharedAnalyzer = Crosscheck.analyzer(SourceRegistry.withTeamFile(dataDir), LoadedLanguage.withTeamFile(dataDir),
                    Config.DEFAULT_CLAIM_THRESHOLD);
        }
        return sharedAnalyzer;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
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
