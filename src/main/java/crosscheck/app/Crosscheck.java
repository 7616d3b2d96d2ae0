package crosscheck.app;

import crosscheck.claims.ClaimFinder;
import crosscheck.claims.scoring.TrainedCheckworthinessScorer;
import crosscheck.claims.LoadedLanguage;
import crosscheck.claims.QuoteFinder;
import crosscheck.fetch.AddressPolicy;
import crosscheck.fetch.FetchLimits;
import crosscheck.fetch.PageFetcher;
import crosscheck.http.HttpSettings;
import crosscheck.http.WebApp;
import crosscheck.ingest.Analyzer;
import crosscheck.ingest.ArticleService;
import crosscheck.nlp.Background;
import crosscheck.nlp.NlpPipeline;
import crosscheck.nlp.OpenNlpModels;
import crosscheck.nlp.ner.TrainedNameFinder;
import crosscheck.sources.EntityLinker;
import crosscheck.sources.SourceMatcher;
import crosscheck.sources.SourceRegistry;
import crosscheck.store.ArticleStore;
import crosscheck.store.Database;
import crosscheck.store.JdbcArticleStore;
import crosscheck.store.JdbcClaimStore;
import crosscheck.store.JdbcTeamStore;
import crosscheck.team.ChangeFeed;
import crosscheck.team.ClaimWorkflow;
import crosscheck.team.TeamService;
import io.javalin.Javalin;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Builds Crosscheck from its parts. The result is a value: start it, stop it, start another beside it. */
public final class Crosscheck {
    private Crosscheck() {
    }

    /**
     * The models and stages every analysis shares, with the shipped source registry and loaded-language lexicon plus
     * the team's files in {@code dataDir} (none when null). Loading takes about a second, so build it once.
     */
    public static Analyzer analyzer(Path dataDir, double claimThreshold) {
        // the models load on threads of their own; the name finder on this one
        OpenNlpModels models = OpenNlpModels.load();
        CompletableFuture<SourceRegistry> registry = Background.load("crosscheck-registry-loader",
                () -> dataDir == null ? SourceRegistry.builtIn() : SourceRegistry.withTeamFile(dataDir));
        CompletableFuture<TrainedCheckworthinessScorer> scorer = Background.load("crosscheck-claims-loader",
                TrainedCheckworthinessScorer::load);
        NlpPipeline nlp = NlpPipeline.openNlp(models, TrainedNameFinder.load());
        LoadedLanguage loaded = dataDir == null ? LoadedLanguage.builtIn() : LoadedLanguage.withTeamFile(dataDir);
        ClaimFinder claims = new ClaimFinder(Background.join(scorer), claimThreshold);
        SourceRegistry sources = Background.join(registry);
        return new Analyzer(nlp, new QuoteFinder(), claims, new SourceMatcher(sources), new EntityLinker(sources), loaded);
    }

    /** The offline analyzer for the command line: the shipped source registry, plus a team file in {@code dataDir} if given. */
    public static Analyzer analyzer(Path dataDir) {
        return analyzer(dataDir, Config.DEFAULT_CLAIM_THRESHOLD);
    }

    /** A configured, not yet started server over the data folder in {@code config}. */
    public static Javalin create(Config config) {
        // the models load once the server listens: pages are served at once, the first analysis waits for them
        CompletableFuture<Analyzer> loading = new CompletableFuture<>();
        Javalin app = create(config, loading::join);
        app.unsafe.events.serverStarted(() -> {
            Thread thread = new Thread(() -> {
                try {
                    loading.complete(analyzer(config.dataDir(), config.claimThreshold()));
                } catch (RuntimeException | Error e) {
                    loading.completeExceptionally(e);
                }
            }, "crosscheck-model-loading");
            thread.setDaemon(true);
            thread.start();
        });
        return app;
    }

    /** The same, sharing an analyzer that is already loaded (tests start many servers with one set of models). */
    public static Javalin create(Config config, Analyzer analyzer) {
        return create(config, () -> analyzer);
    }

    /** The database the configuration names: PostgreSQL or SQLite at {@code --db}, else SQLite in the data folder. */
    public static Database database(Config config) {
        return config.database() == null ? Database.sqlite(config.dataDir()) : Database.open(config.database());
    }

    private static String displayHost(String host) {
        return "0.0.0.0".equals(host) || "::".equals(host) ? "127.0.0.1" : host;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Crosscheck.class);

    private static Javalin create(Config config, Supplier<Analyzer> analyzer) {
        Database database = database(config);
        ArticleStore store = new JdbcArticleStore(database);
        Clock clock = Clock.systemUTC();
        PageFetcher fetcher = new PageFetcher(new AddressPolicy(config.allowPrivateUrls()), FetchLimits.DEFAULT);
        ArticleService articles = new ArticleService(analyzer, store, clock, fetcher);
        TeamService team = new TeamService(new JdbcTeamStore(database), store, clock);
        JdbcClaimStore claims = new JdbcClaimStore(database);
        ChangeFeed feed = new ChangeFeed(claims);
        ClaimWorkflow workflow = new ClaimWorkflow(store, claims, clock);
        feed.subscribeAll(workflow::forget);
        Javalin app = WebApp.create(articles, team, workflow, feed,
                new HttpSettings(config.maxRequestMegabytes() * 1024L * 1024L, config.analysesPerMinute()));
        app.unsafe.events.serverStarted(() -> team.setupToken().ifPresent(token -> LOG.info(
                "No one has set this server up yet. Open http://{}:{}/setup?token={} to create the admin account "
                        + "(the link works once).", displayHost(config.host()), app.port(), token)));
        app.unsafe.events.serverStopped(() -> {
            feed.close();
            fetcher.close();
            store.close();
        });
        return app;
    }
}
