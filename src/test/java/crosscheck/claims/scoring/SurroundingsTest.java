package crosscheck.claims.scoring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A sentence's neighbours and, in transcripts, its speaker's turn, as the blend reads them. */
class SurroundingsTest {
    @Test
    void neighboursAreReadOnlyAcrossAdjacentLines() {
        double[] logits = {1.0, -2.0, 3.0, 0.5};
        boolean[] follows = {false, true, false, true}; // a gap before the third sentence
        double[][] values = Surroundings.of(logits, follows, null);
        assertArrayEquals(new double[] {0, -2.0, 0, 1, 0, 0, 0, 0}, values[0]);
        assertArrayEquals(new double[] {1.0, 0, 1, 0, 0, 0, 0, 0}, values[1]);
        assertArrayEquals(new double[] {0, 0.5, 0, 1, 0, 0, 0, 0}, values[2]);
        assertArrayEquals(new double[] {3.0, 0, 1, 0, 0, 0, 0, 0}, values[3]);
    }

    @Test
    void speakersGiveTurnsTheirMeanLogitAndTheirShare() {
        double[] logits = {-1.0, 2.0, 4.0, 0.0};
        boolean[] follows = {false, true, true, true};
        String[] speakers = {"HOLT", "TRUMP", "TRUMP", "HOLT"};
        double[][] values = Surroundings.of(logits, follows, speakers);
        assertArrayEquals(new double[] {0, 2.0, 0, 1, 1, 1, -0.5, 0.5}, values[0]);
        assertArrayEquals(new double[] {-1.0, 4.0, 1, 1, 1, 0, 3.0, 0.5}, values[1]);
        assertArrayEquals(new double[] {2.0, 0.0, 1, 1, 0, 1, 3.0, 0.5}, values[2]);
        assertArrayEquals(new double[] {4.0, 0, 1, 0, 1, 1, -0.5, 0.5}, values[3]);
    }

    @Test
    void unnamedSpeakersLeaveTheSpeakerValuesAtZero() {
        double[][] values = Surroundings.of(new double[] {1.0, 2.0}, new boolean[] {false, true}, new String[] {"", ""});
        assertArrayEquals(new double[] {0, 2.0, 0, 1, 0, 0, 0, 0}, values[0]);
        assertArrayEquals(new double[] {1.0, 0, 1, 0, 0, 0, 0, 0}, values[1]);
    }

    @Test
    void lengthsMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> Surroundings.of(new double[2], new boolean[3], null));
    }
}
