package crosscheck.store;

import crosscheck.model.Analysis;
import crosscheck.model.Article;
import crosscheck.model.ArticleSummary;
import crosscheck.model.Claim;
import crosscheck.model.ClaimType;
import crosscheck.model.Entity;
import crosscheck.model.EntityCluster;
import crosscheck.model.EntityType;
import crosscheck.model.Link;
import crosscheck.model.LoadedTerm;
import crosscheck.model.Quote;
import crosscheck.model.QuoteKind;
import crosscheck.model.Sentence;
import crosscheck.model.SourceKind;
import crosscheck.model.SourceLink;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every article store must do, run on the real databases: {@link SqliteArticleStoreTest} on the embedded
 * file, {@link PostgresArticleStoreIT} on a PostgreSQL server.
 */
public abstract class ArticleStoreContract {
    /** An empty database. */
    abstract Database newDatabase();

    /** The same database as the last {@link #newDatabase()} again (a restart, or a second server). */
    abstract Database reopenDatabase();

    /** A store over an empty database. */
    JdbcArticleStore newStore() {
        return new JdbcArticleStore(newDatabase());
    }

    /** A second store over the same database as the last {@link #newStore()}. */
    JdbcArticleStore reopen() {
        return new JdbcArticleStore(reopenDatabase());
    }

    public static Article article(String id, String title, Instant at) {
        String text = title + "\n\n\"We pay,\" Blinken said of the $61 billion.";
        int body = title.length() + 2;
        int money = text.indexOf("$61 billion");
        int blinken = text.indexOf("Blinken");
        Analysis analysis = new Analysis(title, text, body, "eng", null,
                List.of(new Sentence(0, title.length(), 0.1), new Sentence(body, text.length(), 0.8)),
                List.of(new Entity(blinken, blinken + 7, EntityType.PERSON, "Blinken", "per-blinken"),
                        new Entity(money, money + 11, EntityType.MONEY, "$61 billion", "money-61-billion")),
                List.of(new EntityCluster("per-blinken", EntityType.PERSON, "Blinken", 1,
                        List.of(new Link("Wikipedia", "https://en.wikipedia.org/w/index.php?search=Blinken")))),
                List.of(new Quote(body, body + 9, "\"We pay,\"", QuoteKind.DIRECT, "Blinken", "per-blinken", null)),
                List.of(new Claim("c1", body, text.length(), text.substring(body), 0.8,
                        List.of(ClaimType.QUOTE, ClaimType.STATISTIC), List.of("amount: $61 billion"),
                        List.of(new SourceLink("Congress.gov", "https://www.congress.gov/search?q=x", SourceKind.PRIMARY)))),
                List.of(new LoadedTerm(body + 1, body + 3, "We", "test reason")));
        return new Article(id, title, at, "paste", new crosscheck.model.PageInfo("Jane Roe", "2026-11-24", "The Example Times", null), analysis);
    }

    @Test
    void anArticleSurvivesTheRoundTripWithItsWholeAnalysis() {
        JdbcArticleStore store = newStore();
        Article saved = article("0123456789abcdef", "Aid", Instant.parse("2026-11-24T10:00:00Z"));
        store.saveIfAbsent(saved);
        assertEquals(saved, store.findArticle("0123456789abcdef").orElseThrow());
    }

    @Test
    void savingTheSameIdTwiceKeepsTheFirst() {
        JdbcArticleStore store = newStore();
        Article first = article("0123456789abcdef", "First", Instant.parse("2026-11-24T10:00:00Z"));
        store.saveIfAbsent(first);
        Article again = store.saveIfAbsent(article("0123456789abcdef", "Second", Instant.parse("2026-11-24T11:00:00Z")));
        assertEquals("First", again.title());
        assertEquals(1, store.listArticles(10).size());
    }

    @Test
    void theListIsNewestFirstWithCounts() {
        JdbcArticleStore store = newStore();
        store.saveIfAbsent(article("aaaaaaaaaaaaaaaa", "Older", Instant.parse("2026-11-01T10:00:00Z")));
        store.saveIfAbsent(article("bbbbbbbbbbbbbbbb", "Newer", Instant.parse("2026-11-20T10:00:00Z")));
        List<ArticleSummary> list = store.listArticles(10);
        assertEquals(List.of("Newer", "Older"), list.stream().map(ArticleSummary::title).toList());
        assertEquals(1, list.get(0).claimCount());
        assertEquals(2, list.get(0).entityCount());
        assertEquals(1, store.listArticles(1).size());
    }

    @Test
    void dataSurvivesReopeningTheDatabase() {
        newStore().saveIfAbsent(article("cccccccccccccccc", "Kept", Instant.parse("2026-11-24T10:00:00Z")));
        JdbcArticleStore reopened = reopen();
        assertTrue(reopened.findArticle("cccccccccccccccc").isPresent());
        assertTrue(reopened.findArticle("dddddddddddddddd").isEmpty());
    }

    @Test
    void concurrentSavesOfOneTextFromTwoServersStoreItOnce() throws Exception {
        JdbcArticleStore first = newStore();
        JdbcArticleStore second = reopen();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Article>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                JdbcArticleStore store = i % 2 == 0 ? first : second;
                Article candidate = article("eeeeeeeeeeeeeeee", "Writer " + i, Instant.parse("2026-11-24T10:00:00Z").plusSeconds(i));
                results.add(pool.submit(() -> store.saveIfAbsent(candidate)));
            }
            java.util.Set<String> titles = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Article> result : results) {
                titles.add(result.get().title());
            }
            assertEquals(1, titles.size(), "every writer sees the one stored article: " + titles);
            assertEquals(1, first.listArticles(10).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewerAnalysisBecomesTheNextVersionAndKeepsTheCitedLinks() {
        JdbcArticleStore store = newStore();
        Article first = article("abababababababab", "Aid", Instant.parse("2026-11-24T10:00:00Z"));
        Article withLinks = new Article(first.id(), first.title(), first.createdAt(), first.origin(), first.info(),
                first.analysis(), List.of(new crosscheck.model.CitedLink(0, 4, "https://www.congress.gov/bill/1")));
        store.saveIfAbsent(withLinks);
        assertEquals(1, store.analysisVersion(first.id()));
        assertEquals(withLinks.links(), store.findArticle(first.id()).orElseThrow().links());

        Analysis old = first.analysis();
        Analysis newer = new Analysis(old.title(), old.text(), old.bodyStart(), old.language(), null, old.sentences(),
                old.entities(), old.clusters(), old.quotes(), List.of(), old.loaded());
        assertEquals(2, store.addAnalysis(first.id(), newer, Instant.parse("2026-11-25T10:00:00Z")));
        assertEquals(2, store.analysisVersion(first.id()));
        assertEquals(newer, store.findArticle(first.id()).orElseThrow().analysis(), "the newest analysis is read");
        assertEquals(0, store.listArticles(10).get(0).claimCount(), "counts follow the newest analysis");
        assertEquals(0, store.analysisVersion("ffffffffffffffff"));
    }
}
