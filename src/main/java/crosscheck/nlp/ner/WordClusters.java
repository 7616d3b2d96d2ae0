package crosscheck.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Lower-case words grouped by the company they keep: for each word of a large vocabulary, its cluster at a few
 * granularities (coarse first), so that a word the name finder met rarely or never in training ("Kharkiv",
 * "Naftogaz") shares features with the words of its kind it did meet ("Lviv", "Gazprom"). Built by
 * {@code build-word-clusters} from GloVe vectors. Words are keyed by a 64-bit hash ({@link HashTable}).
 * Immutable after loading; thread-safe.
 */
final class WordClusters {
    static final String RESOURCE = "/crosscheck/ner/word-clusters-en.tsv.gz";

    private final HashTable rows;
    /** {@code clusters[level][row - 1]}: the cluster of the word of that row at that level. */
    private final short[][] clusters;

    private WordClusters(HashTable rows, short[][] clusters) {
        this.rows = rows;
        this.clusters = clusters;
    }

    /** The shipped clusters. */
    static WordClusters load() {
        try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, () -> "word clusters missing from the class path: " + RESOURCE);
            return read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word clusters " + RESOURCE, e);
        }
    }

    /**
     * Reads lines of a word and its cluster at each level, tab-separated ({@code word<TAB>c0<TAB>c1...}), every line
     * with the same number of levels; clusters are numbers from 0 to 32,767.
     */
    static WordClusters read(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int levels = -1;
        int capacity = 1 << 10;
        short[][] clusters = null;
        HashTable rows = new HashTable(1 << 18);
        int row = 0;
        for (int start = 0, n = text.length(); start < n; ) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int tab = text.indexOf('\t', start);
            long word = tab > start && tab < end
                    ? HashTable.extend(HashTable.EMPTY_HASH, text.substring(start, tab)) : 0;
            if (word != 0 && rows.bits(word) == 0) { // a word listed twice keeps its first clusters
                int[] line = numbers(text, tab + 1, end);
                if (levels < 0) {
                    levels = line.length;
                    clusters = new short[levels][capacity];
                } else if (line.length != levels) {
                    throw new IOException("word clusters: line " + (row + 1) + " has " + line.length
                            + " levels, not " + levels);
                }
                if (row == capacity) {
                    capacity *= 2;
                    for (int level = 0; level < levels; level++) {
                        clusters[level] = Arrays.copyOf(clusters[level], capacity);
                    }
                }
                for (int level = 0; level < levels; level++) {
                    clusters[level][row] = (short) line[level];
                }
                row++;
                rows.orInto(word, row);
            }
            start = end + 1;
        }
        if (clusters == null) {
            throw new IOException("word clusters: no words");
        }
        for (int level = 0; level < levels; level++) {
            clusters[level] = Arrays.copyOf(clusters[level], row);
        }
        return new WordClusters(rows, clusters);
    }

    private static int[] numbers(String text, int from, int to) throws IOException {
        int[] result = new int[8];
        int count = 0;
        int value = -1;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : '\t';
            if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > Short.MAX_VALUE) {
                    throw new IOException("word clusters: cluster number too large at character " + i);
                }
            } else if (c == '\t' || c == '\r') {
                if (value >= 0) {
                    result = count == result.length ? Arrays.copyOf(result, count * 2) : result;
                    result[count++] = value;
                    value = -1;
                }
            } else {
                throw new IOException("word clusters: not a cluster number at character " + i);
            }
        }
        return Arrays.copyOf(result, count);
    }

    /** How many granularities each word has. */
    int levels() {
        return clusters.length;
    }

    /** The cluster of {@code lowerWord} at {@code level} (0: coarsest), or -1 for a word outside the vocabulary. */
    int cluster(String lowerWord, int level) {
        int row = rows.bits(HashTable.extend(HashTable.EMPTY_HASH, lowerWord));
        return row == 0 ? -1 : clusters[level][row - 1];
    }
}
