package crosscheck.http;

import crosscheck.model.Article;

import java.time.Instant;

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

    /** An article with its analysis, passed through as the JSON it is stored as (not decoded and encoded again). */
    record StoredDetail(String id, String url, String title, Instant createdAt, String origin, String byline,
                        String published, String outlet, String canonicalUrl, String language, String notice,
                        @com.fasterxml.jackson.annotation.JsonRawValue String analysis) {
        static StoredDetail of(crosscheck.model.ArticleJson article) {
            return new StoredDetail(article.id(), urlOf(article.id()), article.title(), article.createdAt(), article.origin(),
                    article.info().byline(), article.info().published(), article.info().outlet(), article.info().canonicalUrl(),
                    article.language(), article.notice(), article.analysisJson());
        }
    }

    /** What a JSON submission carries. */
    record Submission(String title, String text, String url) {
    }
}
