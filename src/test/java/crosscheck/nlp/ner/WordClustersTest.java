package crosscheck.nlp.ner;

import crosscheck.nlp.FeatureWriter;
import crosscheck.nlp.WinkEmbeddings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Word clusters: the file format, k-means on vectors we make up, the command, and the features they give. */
class WordClustersTest {
    @TempDir
    Path dir;

    private static WordClusters read(String text) throws IOException {
        return WordClusters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEachWordsClusterAtEachLevel() throws IOException {
        WordClusters clusters = read("kyiv\t3\t17\nlviv\t3\t18\r\ngazprom\t0\t32767\n\n");
        assertEquals(2, clusters.levels());
        assertEquals(3, clusters.cluster("kyiv", 0));
        assertEquals(17, clusters.cluster("kyiv", 1));
        assertEquals(18, clusters.cluster("lviv", 1));
        assertEquals(32767, clusters.cluster("gazprom", 1));
        assertEquals(-1, clusters.cluster("naftogaz", 0));
        assertEquals(-1, clusters.cluster("Kyiv", 0), "words are looked up as given, lower case");
    }

    @Test
    void aWordListedTwiceKeepsItsFirstClusters() throws IOException {
        WordClusters clusters = read("kyiv\t3\nodesa\t4\nkyiv\t5\n");
        assertEquals(3, clusters.cluster("kyiv", 0));
        assertEquals(4, clusters.cluster("odesa", 0));
    }

    @Test
    void refusesMalformedLines() {
        assertThrows(IOException.class, () -> read("kyiv\t3\t4\nlviv\t3\n"), "levels differ");
        assertThrows(IOException.class, () -> read("kyiv\tthree\n"), "not a number");
        assertThrows(IOException.class, () -> read("kyiv\t40000\n"), "beyond a short");
        assertThrows(IOException.class, () -> read(""), "no words");
    }

    @Test
    void theShippedClustersGroupPlacesApartFromVerbs() {
        WordClusters clusters = WordClusters.load();
        assertEquals(3, clusters.levels());
        int finest = clusters.levels() - 1;
        assertTrue(clusters.cluster("kharkiv", finest) >= 0);
        assertEquals(clusters.cluster("kharkiv", 0), clusters.cluster("lviv", 0));
        assertNotEquals(clusters.cluster("kharkiv", 0), clusters.cluster("insisted", 0));
        assertEquals(-1, clusters.cluster("zzqxv", 0));
    }

    /** Two tight groups of unit vectors far apart, with some noise, in two dimensions plus padding. */
    private static WinkEmbeddings twoGroups(int perGroup) {
        Random random = new Random(3);
        List<String> words = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 2 * perGroup; i++) {
            boolean east = i % 2 == 0;
            words.add((east ? "east" : "north") + i);
            float noise = (float) (random.nextGaussian() * 0.05);
            vectors.add(east ? new float[]{1, noise, 0, 0, 0} : new float[]{noise, 1, 0, 0, 0});
        }
        return new WinkEmbeddings(words, vectors);
    }

    @Test
    void kMeansSeparatesGroupsAndRepeatsItselfForASeed() throws IOException {
        WinkEmbeddings embeddings = twoGroups(20);
        WordClusterBuilder.Settings settings = new WordClusterBuilder.Settings(List.of(2, 4), 10, 11L);
        String text = WordClusterBuilder.build(embeddings, settings);
        assertEquals(text, WordClusterBuilder.build(embeddings, settings));
        assertEquals(40, text.lines().count());
        WordClusters clusters = read(text);
        int east = clusters.cluster("east0", 0);
        int north = clusters.cluster("north1", 0);
        assertNotEquals(east, north);
        for (int i = 0; i < 40; i++) {
            String word = (i % 2 == 0 ? "east" : "north") + i;
            assertEquals(i % 2 == 0 ? east : north, clusters.cluster(word, 0), word);
            assertTrue(clusters.cluster(word, 1) >= 0 && clusters.cluster(word, 1) < 4, word);
        }
    }

    @Test
    void settingsRefuseCountsOutsideTheirRange() {
        assertThrows(IllegalArgumentException.class, () -> new WordClusterBuilder.Settings(List.of(), 5, 1L));
        assertThrows(IllegalArgumentException.class, () -> new WordClusterBuilder.Settings(List.of(1), 5, 1L));
        assertThrows(IllegalArgumentException.class, () -> new WordClusterBuilder.Settings(List.of(40_000), 5, 1L));
        assertThrows(IllegalArgumentException.class, () -> new WordClusterBuilder.Settings(List.of(8), 0, 1L));
    }

    @Test
    void theCommandWritesClustersTheNameFinderCanRead() throws IOException {
        Path json = dir.resolve("wink.json");
        Files.writeString(json, """
                {"dimensions":2,"words":["the","kyiv","Paris","lviv","said"],
                 "vectors":{"the":[0,1,5],"kyiv":[1,0.1,5],"Paris":[1,0,5],"lviv":[0.9,0,5],"said":[0.1,1,5]}}
                """);
        Path out = dir.resolve("clusters.tsv.gz");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = NerCommands.buildWordClusters(List.of("--wink", json.toString(), "--out", out.toString(),
                "--clusters", "2", "--iterations", "5"), new PrintStream(printed), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, status);
        assertTrue(printed.toString().startsWith("4 words in clusters of [2]"), printed.toString());
        WordClusters clusters;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            clusters = WordClusters.read(in);
        }
        assertEquals(clusters.cluster("kyiv", 0), clusters.cluster("lviv", 0));
        assertEquals(clusters.cluster("the", 0), clusters.cluster("said", 0));
        assertNotEquals(clusters.cluster("kyiv", 0), clusters.cluster("said", 0));
        assertEquals(-1, clusters.cluster("paris", 0), "only lower-case words are kept");
        assertEquals(2, NerCommands.buildWordClusters(List.of("--wink", json.toString()),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())));
    }

    @Test
    void aKnownWordGivesItsClustersAsFeaturesAndAnUnknownOneSaysSo() {
        WordClusters clusters = WordClusters.load();
        List<String> known = features(0, "kharkiv");
        assertTrue(known.contains("c0=" + clusters.cluster("kharkiv", 0)), known.toString());
        assertTrue(known.contains("c2=" + clusters.cluster("kharkiv", 2)), known.toString());
        assertTrue(features(0, "zzqxv").contains("c=-"));
        assertTrue(features(-1, "kharkiv").stream().anyMatch(f -> f.startsWith("c-=1:")));
        assertTrue(features(2, "kharkiv").stream().anyMatch(f -> f.startsWith("c+=2:")));
    }

    private static List<String> features(int offset, String word) {
        List<String> features = new ArrayList<>();
        NerFeatureGenerator.wordFeatures(WordClusters.load(), offset, word, new FeatureWriter() {
            @Override
            public void emit() {
                features.add(feature());
            }
        });
        return features;
    }
}
