package crosscheck.claims.scoring;

import crosscheck.claims.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Word vectors built from a tiny file in the npm package's JSON layout, written back, read, and used. */
class WordVectorsTest {
    /** Four words in frequency order; "Paris" is not lower case and "jobless" falls outside the three kept. */
    static final String WINK = """
            {"precision":8,"l2NormIndex":3,"wordIndex":4,"size":5,"dimensions":3,
             "words":["the","Paris","tax","jobs","jobless"],
             "vectors":{"jobless":[0.5,0.5,0.5,1,4],"the":[1,0,-1,1.41,0],"Paris":[9,9,9,15,1],
                        "tax":[0,2,0,2,2],"jobs":[0.25,-0.5,1,1.1,3]},
             "unkVector":[0,0,0,0,-1]}
            """;

    @TempDir
    Path dir;

    @Test
    void keepsTheMostFrequentLowerCaseWordsAndTheirVectors() throws Exception {
        WordVectors vectors = WordVectors.fromWinkJson(write(), 3);
        assertEquals(3, vectors.size());
        assertEquals(3, vectors.dims());
        assertEquals(0, vectors.row("The"));
        assertEquals(1, vectors.row("tax"));
        assertEquals(2, vectors.row("JOBS"));
        assertEquals(-1, vectors.row("paris"));
        assertEquals(-1, vectors.row("jobless"));
        assertEquals(-1.0, vectors.value(0, 2), 1.0 / 127);
        assertEquals(2.0, vectors.value(1, 1), 2.0 / 127);
        assertEquals(-0.5, vectors.value(2, 1), 1.0 / 127);
    }

    @Test
    void survivesWritingAndReading() throws Exception {
        WordVectors vectors = WordVectors.fromWinkJson(write(), 3);
        Path file = dir.resolve("vectors.bin.gz");
        vectors.write(file);
        WordVectors read = WordVectors.read(file);
        assertEquals(vectors.checksum(), read.checksum());
        assertEquals(vectors.size(), read.size());
        for (int row = 0; row < vectors.size(); row++) {
            for (int j = 0; j < vectors.dims(); j++) {
                assertEquals(vectors.value(row, j), read.value(row, j));
            }
        }
        assertNotEquals(vectors.checksum(), WordVectors.fromWinkJson(write(), 2).checksum());
    }

    @Test
    void aSentenceIsTheWeightedMeanOfItsKnownWordsAndAProjectionAgrees() throws Exception {
        WordVectors vectors = WordVectors.fromWinkJson(write(), 3);
        double[] sentence = new double[3];
        assertEquals(0, vectors.sentenceVector(new String[] {"Paris", "?"}, sentence));
        assertEquals(List.of(0.0, 0.0, 0.0), List.of(sentence[0], sentence[1], sentence[2]));
        assertEquals(2, vectors.sentenceVector(new String[] {"the", "tax", "!"}, sentence));
        // "the" is the most frequent word, so it weighs less than "tax": the mean leans towards (0, 2, 0)
        assertTrue(sentence[1] > 1 && sentence[1] < 2, "mean " + sentence[1]);
        assertEquals(-sentence[0], sentence[2], 1e-6);
        double[] coefficients = {0.3, -1.0, 2.0};
        double expected = 0;
        for (int j = 0; j < 3; j++) {
            expected += coefficients[j] * sentence[j];
        }
        assertEquals(expected, vectors.project(coefficients).of(new String[] {"the", "tax", "!"}), 1e-5);
        assertEquals(0, vectors.project(coefficients).of(new String[] {"Paris"}));
    }

    @Test
    void theCommandBuildsTheFile() throws Exception {
        Path out = dir.resolve("built.bin.gz");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = ClaimCommands.buildWordVectors(List.of("--wink", write().toString(), "--out", out.toString(),
                "--words", "4"), new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("4 words, 3 dimensions"), printed.toString());
        assertEquals(4, WordVectors.read(out).size());
        assertEquals(2, ClaimCommands.buildWordVectors(List.of("--out", out.toString()), System.out, System.err));
    }

    @Test
    void aModelRefusesVectorsOtherThanThoseItLearntFrom() throws Exception {
        WordVectors vectors = WordVectors.fromWinkJson(write(), 3);
        CheckworthinessModel model = model(vectors.checksum());
        double score = TrainedCheckworthinessScorer.of(model, vectors).score(new String[] {"tax"}, new String[] {"NOUN"},
                new Evidence(Set.of(), List.of(), 0, 0, 0, false, false, false, 1));
        assertTrue(score >= 0 && score <= 1, "score " + score);
        assertThrows(IllegalArgumentException.class, () -> TrainedCheckworthinessScorer.of(model(vectors.checksum() + 1),
                vectors));
        assertThrows(IllegalArgumentException.class, () -> TrainedCheckworthinessScorer.of(model(0), null));
    }

    private static CheckworthinessModel model(long vectorsChecksum) {
        double[] blend = new double[EvidenceFeatures.SIZE];
        blend[EvidenceFeatures.NAMES.indexOf("sentenceVectorLogit")] = 1;
        return new CheckworthinessModel(8, new float[256], 0, new float[256], 0, 0, blend, 0.5, "test",
                new double[] {0.5, 1, -0.5}, -1, vectorsChecksum);
    }

    @Test
    void theShippedVectorsLoad() {
        WordVectors shipped = WordVectors.load();
        assertEquals(100, shipped.dims());
        assertTrue(shipped.row("unemployment") >= 0);
    }

    private Path write() throws Exception {
        Path json = dir.resolve("wink.json");
        Files.writeString(json, WINK, StandardCharsets.UTF_8);
        return json;
    }
}
