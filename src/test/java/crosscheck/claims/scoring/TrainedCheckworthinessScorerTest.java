package crosscheck.claims.scoring;

import crosscheck.claims.ClaimFinder;
import crosscheck.claims.Evidence;
import crosscheck.claims.EvidenceFinder;
import crosscheck.claims.QuoteFinder;
import crosscheck.claims.SentenceContext;
import crosscheck.model.ClaimType;
import crosscheck.model.Quote;
import crosscheck.model.Sentence;
import crosscheck.model.TextSpan;
import crosscheck.model.Token;
import crosscheck.nlp.AnnotatedText;
import crosscheck.nlp.NlpPipeline;
import crosscheck.nlp.OpenNlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped model on sentences and an article written for these tests (names are left out: no NER model needed). */
class TrainedCheckworthinessScorerTest {
    static final List<String> FACTS = List.of(
            "The Senate approved a $61 billion aid package on Tuesday.",
            "Defence spending fell to 2.1 per cent of GDP last year.",
            "Britain has sent £12.5 billion in military and humanitarian aid since February 2022.",
            "The bill passed by 79 votes to 18.",
            "Unemployment fell to 6.4 per cent in March, the lowest level since records began.",
            "Russian missiles struck the port overnight, killing four people and injuring 17.",
            "\"This package keeps Ukraine in the fight,\" the minister told Reuters.",
            "The governor insisted the city would \"never abandon the families who lost their homes\".",
            "'Our allies will stand with us until the end,' the minister said.",
            "Critics say the plan would cost taxpayers $12 billion by 2030.");
    static final List<String> OPINIONS = List.of(
            "It is time for every democracy to stand with Ukraine.",
            "Support the families who have lost everything!",
            "This is a shameful betrayal of everything the alliance stands for.",
            "Call your senator today and demand that they vote for the package!",
            "Stand with Ukraine.",
            "Isn't it obvious that appeasement never works?",
            "Our leaders should be ashamed of themselves.",
            "Freedom is worth fighting for.",
            "Critics say the pledge is meaningless without a timetable.",
            "Critics of the so-called \"endless war\" argue the aid only prolongs the bloodshed.");

    static NlpPipeline pipeline;
    static TrainedCheckworthinessScorer scorer;

    @BeforeAll
    static void load() {
        pipeline = NlpPipeline.openNlp(OpenNlpModels.load(), (text, sentences) -> List.of());
        scorer = TrainedCheckworthinessScorer.load();
    }

    @Test
    void figuresEventsAndQuotesScoreAtLeastOneHalf() {
        for (String sentence : FACTS) {
            double score = score(sentence);
            assertTrue(score >= ClaimFinder.DEFAULT_THRESHOLD, sentence + " scored " + score);
        }
    }

    @Test
    void opinionAndCallsToActionScoreBelowOneHalf() {
        for (String sentence : OPINIONS) {
            double score = score(sentence);
            assertTrue(score < ClaimFinder.DEFAULT_THRESHOLD, sentence + " scored " + score);
        }
    }

    @Test
    void scoresLieInTheUnitIntervalAndTheDebateThresholdIsUsable() {
        for (String sentence : List.of("Yes.", "Thank you very much.", "We have lost 800,000 jobs in the last year.")) {
            double score = score(sentence);
            assertTrue(score >= 0 && score <= 1, sentence + " scored " + score);
        }
        assertTrue(scorer.debateThreshold() > 0 && scorer.debateThreshold() < 1, "threshold " + scorer.debateThreshold());
        assertTrue(scorer.provenance().startsWith("trained on"), scorer.provenance());
    }

    @Test
    void aNewsArticleListsEveryReportedFactAndFewOpinions() {
        String article = """
                Senate clears aid as allies pledge more

                The Senate approved a $61 billion aid package on Tuesday. The bill passed by 79 votes to 18 after \
                months of delay. Secretary of State Antony Blinken told Reuters: "This package keeps Ukraine in the \
                fight and shows our allies that America keeps its word."

                Germany has pledged a further €7 billion in military aid for next year. NATO members spent an average \
                of 2.1% of GDP on defence last year, up from 1.4% in 2014. "Every day of delay costs lives," the \
                Ukrainian president said in his nightly address.

                It is time for every democracy to stand with Ukraine. Support the families who have lost everything! \
                This is a shameful betrayal of everything the alliance stands for. Stand with Ukraine. Our leaders \
                should be ashamed of themselves. Freedom is worth fighting for.""";
        int bodyStart = article.indexOf("The Senate");
        AnnotatedText annotated = pipeline.annotate(article, bodyStart);
        List<Quote> quotes = new QuoteFinder().find(article, annotated.sentences(), annotated.entities(),
                annotated.clusters());
        ClaimFinder.Result result = new ClaimFinder(scorer, ClaimFinder.DEFAULT_THRESHOLD).find(article,
                annotated.sentences(), annotated.tokens(), annotated.entities(), quotes);
        int opinions = 0;
        int opinionClaims = 0;
        for (Sentence sentence : result.sentences()) {
            String text = article.substring(sentence.start(), sentence.end());
            if (sentence.start() < bodyStart) {
                continue;
            }
            boolean claimed = result.claims().stream().anyMatch(c -> c.start() == sentence.start());
            if (sentence.start() < article.indexOf("It is time")) {
                assertTrue(claimed, "a reported fact must be a claim: " + text + " (" + sentence.checkworthiness() + ")");
            } else {
                opinions++;
                opinionClaims += claimed ? 1 : 0;
            }
        }
        assertEquals(6, opinions);
        assertTrue(opinionClaims * 6 <= opinions, opinionClaims + " of " + opinions + " opinion sentences are claims");
    }

    @Test
    void aSloganCountsNothingButACountedNumberIsAFigure() {
        Evidence slogan = new EvidenceFinder().find(context("Not one more dollar for endless wars."));
        assertFalse(slogan.types().contains(ClaimType.STATISTIC), slogan.toString());
        Evidence count = new EvidenceFinder().find(context("Kyiv received 31 tanks from Washington."));
        assertTrue(count.types().contains(ClaimType.STATISTIC), count.toString());
    }

    @Test
    void aSentenceAloneScoresAsAOneSentenceDocumentAndNeighboursOnlyNudgeIt() {
        SentenceContext fact = context(FACTS.get(0));
        Evidence factEvidence = new EvidenceFinder().find(fact);
        SentenceContext opinion = context(OPINIONS.get(2));
        Evidence opinionEvidence = new EvidenceFinder().find(opinion);
        double alone = scorer.score(fact, factEvidence);
        assertEquals(alone, scorer.scoreAll(List.of(fact), List.of(factEvidence))[0]);
        double[] together = scorer.scoreAll(List.of(opinion, fact), List.of(opinionEvidence, factEvidence));
        assertTrue(together[1] >= ClaimFinder.DEFAULT_THRESHOLD && together[0] < ClaimFinder.DEFAULT_THRESHOLD,
                "opinion " + together[0] + ", fact " + together[1]);
        assertTrue(Math.abs(together[1] - alone) < 0.1, "a neighbour moved the fact from " + alone + " to " + together[1]);
    }

    @Test
    void manyThreadsScoreAsOneDoes() throws Exception {
        List<String> sentences = new ArrayList<>(FACTS);
        sentences.addAll(OPINIONS);
        List<SentenceContext> contexts = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (String sentence : sentences) {
            SentenceContext context = context(sentence);
            contexts.add(context);
            evidence.add(new EvidenceFinder().find(context));
        }
        double[] expected = new double[contexts.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = scorer.score(contexts.get(i), evidence.get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        for (int i = 0; i < expected.length; i++) {
                            if (scorer.score(contexts.get(i), evidence.get(i)) != expected[i]) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double score(String sentence) {
        SentenceContext context = context(sentence);
        return scorer.score(context, new EvidenceFinder().find(context));
    }

    /** The sentence analysed as a one-sentence document, as the claim stage would see it. */
    static SentenceContext context(String text) {
        AnnotatedText annotated = pipeline.annotate(text, 0);
        List<Token> tokens = new ArrayList<>();
        annotated.tokens().forEach(tokens::addAll);
        List<Quote> quotes = new QuoteFinder().find(text, annotated.sentences(), annotated.entities(),
                annotated.clusters());
        return new SentenceContext(text, new TextSpan(0, text.length()), tokens, annotated.entities(), quotes);
    }
}
