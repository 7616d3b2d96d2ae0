package crosscheck.extract.html;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShingleMetricTest {

    @Test
    void wordsAreRunsOfLettersAndDigitsWithCaseKept() {
        assertEquals(List.of("Hello", "world", "2024", "café", "l", "été", "x_y".substring(0, 1), "y"),
                ShingleMetric.words("Hello, world! 2024 café—l'été x_y"));
    }

    @Test
    void shinglesAreFourWordRunsCountedAsAMultiset() {
        assertEquals(Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1),
                ShingleMetric.shingles("a b c d a b c d"));
    }

    @Test
    void aTextShorterThanAShingleIsOneShorterShingle() {
        assertEquals(Map.of("only two", 1), ShingleMetric.shingles("only two"));
        assertEquals(Map.of(), ShingleMetric.shingles("  ...  "));
    }

    @Test
    void scoresPrecisionAndRecallOverSharedShingles() {
        ShingleMetric.Score score = ShingleMetric.score("one two three four five six", "one two three four five X Y");

        // truth has 3 shingles, prediction 4, and they share 2.
        assertEquals(2.0 / 4, score.precision(), 1e-12);
        assertEquals(2.0 / 3, score.recall(), 1e-12);
        assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), score.f1(), 1e-12);
    }

    @Test
    void ignoresLineBreaksAndPunctuationButNotCase() {
        assertEquals(1.0, ShingleMetric.score("One two three four.", "One\n\ntwo, three -- four").f1(), 1e-12);
        assertEquals(0.0, ShingleMetric.score("One two three four.", "one two three four").f1(), 1e-12);
    }

    @Test
    void anEmptyPredictionScoresZeroAndTwoEmptyTextsAgree() {
        assertEquals(new ShingleMetric.Score(0, 0), ShingleMetric.score("some words of truth here", ""));
        assertEquals(new ShingleMetric.Score(1, 1), ShingleMetric.score("", ""));
    }
}
