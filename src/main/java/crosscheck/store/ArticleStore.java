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
