package crosscheck.claims.scoring;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The figures of the targets, on rankings small enough to work out by hand. */
class RankingMetricsTest {
    private static RankingMetrics.Scored s(String group, double score, boolean positive) {
        return new RankingMetrics.Scored(group, score, positive);
    }

    @Test
    void averagePrecisionIsTheMeanPrecisionAtEachPositive() {
        // ranks 1 and 3 are positive: (1/1 + 2/3) / 2
        List<RankingMetrics.Scored> ranking = List.of(s("a", 0.9, true), s("a", 0.8, false), s("a", 0.7, true),
                s("a", 0.1, false));
        assertEquals((1.0 + 2.0 / 3) / 2, RankingMetrics.averagePrecision(ranking), 1e-12);
        Map<String, Double> byGroup = RankingMetrics.averagePrecisionByGroup(List.of(s("a", 0.9, true),
                s("b", 0.9, false), s("b", 0.5, true)));
        assertEquals(1.0, byGroup.get("a"), 1e-12);
        assertEquals(0.5, byGroup.get("b"), 1e-12);
        assertEquals(0.75, RankingMetrics.mean(byGroup.values()), 1e-12);
    }

    @Test
    void rocAucCountsTiesAsHalf() {
        assertEquals(1.0, RankingMetrics.rocAuc(List.of(s("a", 0.9, true), s("a", 0.1, false))), 1e-12);
        assertEquals(0.5, RankingMetrics.rocAuc(List.of(s("a", 0.5, true), s("a", 0.5, false))), 1e-12);
        // pairs (positive, negative): (0.8, 0.9) wrong, (0.8, 0.2) right, (0.3, 0.9) wrong, (0.3, 0.2) right
        assertEquals(0.5, RankingMetrics.rocAuc(List.of(s("a", 0.8, true), s("a", 0.3, true), s("a", 0.9, false),
                s("a", 0.2, false))), 1e-12);
    }

    @Test
    void precisionRecallAndTheBestThreshold() {
        List<RankingMetrics.Scored> scored = List.of(s("a", 0.9, true), s("a", 0.6, false), s("a", 0.4, true),
                s("a", 0.2, false));
        RankingMetrics.PrecisionRecall half = RankingMetrics.atThreshold(scored, 0.5);
        assertEquals(0.5, half.precision(), 1e-12);
        assertEquals(0.5, half.recall(), 1e-12);
        assertEquals(0.5, half.f1(), 1e-12);
        // at 0.9: P 1, R 1/2, F1 2/3; at 0.4: P 2/3, R 1, F1 4/5
        RankingMetrics.PrecisionRecall best = RankingMetrics.bestF1(scored);
        assertEquals(0.4, best.threshold(), 1e-12);
        assertEquals(0.8, best.f1(), 1e-12);
    }
}
