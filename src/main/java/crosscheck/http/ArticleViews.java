package crosscheck.http;

import crosscheck.model.Analysis;
import crosscheck.model.Article;
import crosscheck.model.ArticleSummary;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the article API (documented in the README). */
final class ArticleViews {
    private ArticleViews() {
    }

    static String urlOf(String id) {
        return "/a/" + id;
    }

    record Created(String id, String url) {
        static Created of(Article article) {
            return new Created(article.id(), urlOf(article.id()));
        }
    }

    record Detail(String id, String url, String title, Instant createdAt, String origin, String language,
                  String notice, Analysis analysis) {
        static Detail of(Article article) {
            return new Detail(article.id(), urlOf(article.id()), article.title(), article.createdAt(), article.origin(),
                    article.analysis().language(), article.analysis().notice(), article.analysis());
        }
    }

    record Summary(String id, String url, String title, Instant createdAt, String language, int claimCount,
                   int entityCount, int wordCount) {
        static Summary of(ArticleSummary summary) {
            return new Summary(summary.id(), urlOf(summary.id()), summary.title(), summary.createdAt(),
                    summary.language(), summary.claimCount(), summary.entityCount(), summary.wordCount());
        }
    }

    record Listing(List<Summary> articles) {
    }

    /** What a JSON submission carries. */
    record Submission(String title, String text, String url) {
    }
}
