package crosscheck.store;

import crosscheck.model.Article;
import crosscheck.model.ArticleSummary;

import crosscheck.model.ArticleJson;
import crosscheck.model.ClaimStatus;
import crosscheck.model.LibraryEntry;

import java.util.List;
import java.util.Optional;

/** Where articles live. Implementations are thread-safe and durable once a call returns. */
public interface ArticleStore extends AutoCloseable {
    Optional<Article> findArticle(String id);

    /** An article's metadata with its newest analysis as the JSON text it is stored as (no notice set). */
    Optional<ArticleJson> findArticleJson(String id);

    /** Stores the article unless one with its id exists; returns the stored one (the existing one, if any). */
    Article saveIfAbsent(Article article);

    /**
     * Stores a newer analysis of a stored article's text as its next version (older ones are kept) and returns the
     * version number; the article's claim and entity counts follow the newest analysis.
     */
    int addAnalysis(String id, crosscheck.model.Analysis analysis, java.time.Instant at);

    /** The newest analysis version of an article (1 for one never analysed again), 0 when there is no such article. */
    int analysisVersion(String id);

    /** Every article, newest first, at most {@code limit}. */
    List<ArticleSummary> listArticles(int limit);

    /**
     * The team's library: articles with their claim counts by status, newest first, or best match first when
     * {@code query} has words (full text over titles, text and notes); only those with a claim in {@code status}
     * when it is not null. At most {@code limit}.
     */
    List<LibraryEntry> library(String query, ClaimStatus status, int limit);

    /** One article's library entry (title, counts by status) without reading its analysis. */
    Optional<LibraryEntry> findLibraryEntry(String id);

    @Override
    void close();
}
