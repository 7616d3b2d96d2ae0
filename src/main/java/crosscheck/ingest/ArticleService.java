package crosscheck.ingest;

import crosscheck.extract.Uploads;
import crosscheck.fetch.FetchedPage;
import crosscheck.fetch.PageFetcher;
import crosscheck.model.Analysis;
import crosscheck.model.Article;
import crosscheck.model.ArticleJson;
import crosscheck.model.ArticleSummary;
import crosscheck.model.InputRejected;
import crosscheck.model.InputRejected.Reason;
import crosscheck.model.SourceDocument;
import crosscheck.store.ArticleStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Submitting and reading articles. The id derives from the text, so the same text submitted twice is analysed
 * once and keeps its id. Thread-safe.
 */
public final class ArticleService {
    /** The longest body accepted, in characters (about 150,000 words). */
    public static final int MAX_CHARS = 1_000_000;
    public static final int MAX_TITLE_CHARS = 300;
    static final int LIST_LIMIT = 500;
    static final String SAMPLE_RESOURCE = "/crosscheck/sample-article.txt";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

    private final Supplier<Analyzer> analyzer;
    private final ArticleStore store;
    private final Clock clock;
    private final PageFetcher fetcher;

    /**
     * @param analyzer gives the analyzer, waiting for its models if they are still loading (the server answers
     *                 pages while they load)
     */
    public ArticleService(Supplier<Analyzer> analyzer, ArticleStore store, Clock clock, PageFetcher fetcher) {
        this.analyzer = analyzer;
        this.store = store;
        this.clock = clock;
        this.fetcher = fetcher;
    }

    /** Fetches the page at {@code url} (safely: see {@link PageFetcher}), extracts the article and submits it. */
    public Article submitUrl(String url) {
        FetchedPage page = fetcher.fetch(url);
        SourceDocument document = Uploads.readFetched(page.url(), page.mediaType(), page.charset(), page.content());
        return submit(document, page.url());
    }

    /** Analyses and stores the document unless its text is stored already; returns the stored article. */
    public Article submit(SourceDocument document, String origin) {
        String body = document.body().strip();
        if (body.isEmpty()) {
            throw new InputRejected(Reason.UNUSABLE, "The article is empty: paste its text or choose a file with text in it.");
        }
        if (body.length() > MAX_CHARS) {
            throw new InputRejected(Reason.TOO_LARGE, "The article has " + body.length() + " characters; Crosscheck reads up to "
                    + MAX_CHARS + ". Split it into parts.");
        }
        if (document.title().length() > MAX_TITLE_CHARS) {
            throw new InputRejected(Reason.MALFORMED, "The title has " + document.title().length()
                    + " characters; keep it under " + MAX_TITLE_CHARS + ".");
        }
        String id = idOf(document);
        Optional<Article> existing = store.findArticle(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        Analysis analysis = analyzer.get().analyze(document);
        return store.saveIfAbsent(new Article(id, displayTitle(document), clock.instant(), origin, document.info(), analysis,
                document.links()));
    }

    /** What analysing a stored article again gave: the newest version, and whether it differs from the one before. */
    public record Reanalysis(String id, int version, boolean changed) {
    }

    /**
     * Analyses a stored article's text again with the models loaded now (after an upgrade, say). A result that differs
     * from the newest stored analysis becomes the next version; the older versions stay, and the team's work on
     * claims follows the text (see the claim workflow).
     */
    public Reanalysis reanalyze(String id) {
        Article article = (id != null && ID.matcher(id).matches() ? store.findArticle(id) : Optional.<Article>empty())
                .orElseThrow(() -> notFound(id));
        Analysis fresh = analyzer.get().analyze(article.document());
        if (fresh.equals(article.analysis())) {
            return new Reanalysis(id, store.analysisVersion(id), false);
        }
        return new Reanalysis(id, store.addAnalysis(id, fresh, clock.instant()), true);
    }

    /** Stores the bundled sample article (a war-funding report written for Crosscheck). */
    public Article submitSample() {
        return submit(sampleDocument(), "sample");
    }

    /** The stored article with its analysis as the JSON text it is stored as, for answering without re-encoding. */
    public ArticleJson requireArticleJson(String id) {
        Optional<ArticleJson> found = id != null && ID.matcher(id).matches() ? store.findArticleJson(id) : Optional.empty();
        ArticleJson article = found.orElseThrow(() -> notFound(id));
        return Analyzer.ENGLISH.equals(article.language()) ? article
                : article.withNotice(String.format(Analyzer.NOT_ENGLISH_NOTICE, article.language()));
    }

    private static InputRejected notFound(String id) {
        return new InputRejected(Reason.NOT_FOUND,
                "There is no article with id \"" + id + "\". It may have been read on another Crosscheck server.");
    }

    /**
     * The library: articles with claim counts by status, newest first or best match first for a search, only
     * those with a claim in {@code status} when given.
     */
    public List<crosscheck.model.LibraryEntry> library(String query, crosscheck.model.ClaimStatus status) {
        return store.library(query, status, LIST_LIMIT);
    }


    public static SourceDocument sampleDocument() {
        try (InputStream in = ArticleService.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            Objects.requireNonNull(in, "sample article missing from the class path");
            return crosscheck.extract.PlainText.split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample article", e);
        }
    }

    static String idOf(SourceDocument document) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(Analyzer.textOf(document).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The title, or for an untitled text its first words. */
    static String displayTitle(SourceDocument document) {
        if (!document.title().isEmpty()) {
            return document.title();
        }
        String firstLine = document.body().strip().split("\n", 2)[0];
        return firstLine.length() <= 80 ? firstLine : firstLine.substring(0, firstLine.lastIndexOf(' ', 80) > 40
                ? firstLine.lastIndexOf(' ', 80) : 80) + "…";
    }
}
