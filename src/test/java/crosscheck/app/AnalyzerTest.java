package crosscheck.app;

import crosscheck.ingest.Analyzer;
import crosscheck.ingest.ArticleService;
import crosscheck.model.Analysis;
import crosscheck.model.Claim;
import crosscheck.model.ClaimType;
import crosscheck.model.EntityType;
import crosscheck.model.Quote;
import crosscheck.model.QuoteKind;
import crosscheck.model.SourceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole analysis with the shipped models, on the bundled sample article (written for Crosscheck). */
class AnalyzerTest {
    static Analyzer analyzer;
    static SourceDocument sample;

    @BeforeAll
    static void load() {
        analyzer = Crosscheck.analyzer(null);
        sample = ArticleService.sampleDocument();
    }

    @Test
    void theSampleHasEveryEntityTypeAndItsQuotesHaveSpeakers() {
        Analysis analysis = analyzer.analyze(sample);
        Set<EntityType> types = analysis.entities().stream().map(e -> e.type()).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION,
                EntityType.MONEY, EntityType.PERCENT, EntityType.DATE)), types.toString());
        List<String> speakers = analysis.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT)
                .map(Quote::speaker).toList();
        assertEquals(List.of("Antony Blinken", "John Healey", "John Healey"), speakers);
        assertTrue(analysis.quotes().stream().anyMatch(q -> q.kind() == QuoteKind.SCARE && q.text().equals("\"blank cheque\"")));
    }

    @Test
    void figureAndQuoteSentencesAreClaimsAndCallsToActionAreNot() {
        Analysis analysis = analyzer.analyze(sample);
        List<String> claims = analysis.claims().stream().map(Claim::text).toList();
        for (String expected : List.of("The Senate passed the supplemental appropriations bill",
                "Secretary of State Antony Blinken told Reuters", "Healey said defence spending had fallen to 2.1 per cent",
                "\"We will set out a clear path to 2.5 per cent", "The House of Representatives approved the package")) {
            assertTrue(claims.stream().anyMatch(c -> c.startsWith(expected)), expected + " in " + claims);
        }
        assertTrue(claims.stream().noneMatch(c -> c.startsWith("It is time") || c.startsWith("Support the families")));
        Claim quote = analysis.claims().stream().filter(c -> c.text().contains("told Reuters")).findFirst().orElseThrow();
        assertTrue(quote.types().contains(ClaimType.QUOTE));
        assertTrue(quote.reasons().contains("quote attributed to Antony Blinken via Reuters"), quote.reasons().toString());
        assertEquals("wire", quote.sources().get(0).kind().wireName());
    }

    /** A report in British style, written for this test: curly single marks, titles, pronouns, a dateline. */
    static final String BRITISH_REPORT = """
            Labour pledges to hit defence target as Tories accuse it of "dither"

            LONDON — Shadow Defence Secretary John Healey said on Monday that a Labour government would lift military \
            spending to 2.5 per cent of GDP "as soon as resources allow", but declined to set a date.

            Mr Healey told the Financial Times: ‘We will not make promises we cannot fund.’ He insisted Labour would \
            ensure Britain "stands with Ukraine for as long as it takes".

            Defence Secretary Grant Shapps called Labour's position "a fig leaf for inaction". The Army had shrunk to \
            73,000 regular soldiers since January, Shapps said.

            ‘Voters deserve honesty,’ Healey said. ‘They will get it from us.’
            """;

    @Test
    void quotesInABritishReportNameTheirSpeakersAndTheDatelineIsAPlace() {
        String[] parts = BRITISH_REPORT.split("\n\n", 2);
        Analysis analysis = analyzer.analyze(SourceDocument.of(parts[0], parts[1]));
        List<String> direct = analysis.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT)
                .map(q -> q.speaker() + (q.medium() == null ? "" : " via " + q.medium())).toList();
        assertEquals(List.of("John Healey", "John Healey via Financial Times", "John Healey",
                "Grant Shapps", "John Healey", "John Healey"), direct);
        assertTrue(analysis.quotes().stream().anyMatch(q -> q.kind() == QuoteKind.SCARE && q.text().equals("\"dither\"")));
        assertTrue(analysis.entities().stream().anyMatch(e -> e.type() == EntityType.LOCATION && e.text().equals("LONDON")));
        assertTrue(analysis.entities().stream().anyMatch(e -> e.type() == EntityType.DATE && e.text().equals("January")));
        List<String> claims = analysis.claims().stream().map(Claim::text).toList();
        assertTrue(claims.stream().anyMatch(c -> c.startsWith("‘They will get it from us.’")), claims.toString());
    }

    @Test
    void concurrentAnalysesGiveTheSameResultAsOne() throws Exception {
        Analysis expected = analyzer.analyze(sample);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Analysis>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> analyzer.analyze(sample)));
            }
            for (Future<Analysis> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
