package crosscheck.nlp;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.ModelParameterChunker;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An OpenNLP maximum-entropy (GIS) model copied into flat arrays so that decoders of ours can score a token from
 * feature ids they computed once, instead of building and hashing the same feature strings once per beam
 * hypothesis. Scores come out exactly as OpenNLP's {@code GISModel.eval} computes them when features are added in
 * the same order: a uniform log prior, each known feature's parameters added in turn, then {@link #normalize}.
 * Thread-safe: immutable after construction.
 */
public final class MaxentTable {
    /** The id of a feature the model does not know. */
    public static final int UNKNOWN = -1;

    private static final String GIS_TYPE = "GIS";
    private static final String MANIFEST_ENTRY = "manifest.properties";
    private static final int SLOT_INTS = 4;
    private static final int COUNT_BITS = 8;
    private static final int COUNT_MASK = (1 << COUNT_BITS) - 1;

    private final String[] outcomes;
    private final double logPrior;
    /**
     * Open addressing, four ints a slot: the key's hash, where its characters start in {@link #keyChars}, its length,
     * and the feature id (0 for an empty slot). A feature id is where its parameters start in {@link #parameters},
     * shifted left by {@link #COUNT_BITS}, or-ed with their number. Keys, ids and parameters sit in flat arrays so
     * that a lookup touches few cache lines; the model has hundreds of thousands of features.
     */
    private final int[] slots;
    private final char[] keyChars;
    private final int mask;
    /** Per parameter two doubles: the outcome index and the weight, in the order OpenNLP adds them. */
    private final double[] parameters;

    /**
     * A table of {@code features.length} features: feature {@code f} has parameters for the outcomes
     * {@code patterns[patternOf[f]]}, with the weights that follow those of feature {@code f - 1} in {@code weights}.
     */
    private MaxentTable(String[] outcomes, String[] features, int[][] patterns, int[] patternOf, double[] weights) {
        if (outcomes.length > COUNT_MASK) {
            throw new IllegalArgumentException("too many outcomes for a maxent table: " + outcomes.length);
        }
        if (weights.length + 1 >= 1 << (31 - COUNT_BITS)) {
            throw new IllegalArgumentException("too many parameters for a maxent table: " + weights.length);
        }
        this.outcomes = outcomes.clone();
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
        int capacity = Integer.highestOneBit(Math.max(4, features.length * 4 / 3)) << 1;
        this.slots = new int[capacity * SLOT_INTS];
        this.mask = capacity - 1;
        int chars = 0;
        for (String feature : features) {
            chars += feature.length();
        }
        this.keyChars = new char[chars];
        // parameter 0 is unused so that no feature id is 0
        this.parameters = new double[2 * (weights.length + 1)];
        int nextChar = 0;
        int nextParameter = 1;
        for (int f = 0; f < features.length; f++) {
            String key = features[f];
            int[] activeOutcomes = patterns[patternOf[f]];
            int slot = freeSlot(key);
            slots[slot * SLOT_INTS] = key.hashCode();
            slots[slot * SLOT_INTS + 1] = nextChar;
            slots[slot * SLOT_INTS + 2] = key.length();
            slots[slot * SLOT_INTS + 3] = nextParameter << COUNT_BITS | activeOutcomes.length;
            key.getChars(0, key.length(), keyChars, nextChar);
            nextChar += key.length();
            for (int outcome : activeOutcomes) {
                parameters[2 * nextParameter] = outcome;
                parameters[2 * nextParameter + 1] = weights[nextParameter - 1];
                nextParameter++;
            }
        }
    }

    /** Copies a GIS model (the kind OpenNLP's tokenizer, POS tagger and name finder are trained as). */
    public static MaxentTable of(MaxentModel model) {
        if (!(model instanceof AbstractModel abstractModel)) {
            throw new IllegalArgumentException("not an OpenNLP maxent model: " + model.getClass().getName());
        }
        Object[] data = abstractModel.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> map = (Map<String, Context>) data[1];
        String[] features = new String[map.size()];
        int[][] patterns = new int[map.size()][];
        int[] patternOf = new int[map.size()];
        int total = 0;
        for (Context context : map.values()) {
            total += context.getOutcomes().length;
        }
        double[] weights = new double[total];
        int f = 0;
        int next = 0;
        for (Map.Entry<String, Context> entry : map.entrySet()) {
            features[f] = entry.getKey();
            patterns[f] = entry.getValue().getOutcomes();
            patternOf[f] = f;
            double[] parameters = entry.getValue().getParameters();
            System.arraycopy(parameters, 0, weights, next, parameters.length);
            next += parameters.length;
            f++;
        }
        return new MaxentTable((String[]) data[2], features, patterns, patternOf, weights);
    }

    /**
     * Reads a GIS model in OpenNLP's binary format (the {@code *.model} entry of an OpenNLP model file) straight into
     * a table, without building OpenNLP's model objects: about twice as fast, for loading at start-up.
     */
    public static MaxentTable readGis(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        String type = ModelParameterChunker.readUTF(data);
        if (!GIS_TYPE.equals(type)) {
            throw new IOException("not a GIS model: " + type);
        }
        data.readInt();
        data.readDouble();
        String[] outcomes = new String[data.readInt()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = ModelParameterChunker.readUTF(data);
        }
        // each pattern: how many features use it, then its outcomes
        int[][] patterns = new int[data.readInt()][];
        int[] featuresPerPattern = new int[patterns.length];
        for (int p = 0; p < patterns.length; p++) {
            String[] numbers = ModelParameterChunker.readUTF(data).split(" ");
            featuresPerPattern[p] = Integer.parseInt(numbers[0]);
            patterns[p] = new int[numbers.length - 1];
            for (int k = 1; k < numbers.length; k++) {
                patterns[p][k - 1] = Integer.parseInt(numbers[k]);
            }
        }
        String[] features = new String[data.readInt()];
        for (int f = 0; f < features.length; f++) {
            features[f] = ModelParameterChunker.readUTF(data);
        }
        int[] patternOf = new int[features.length];
        int total = 0;
        int f = 0;
        for (int p = 0; p < patterns.length; p++) {
            for (int k = 0; k < featuresPerPattern[p]; k++) {
                patternOf[f++] = p;
                total += patterns[p].length;
            }
        }
        if (f != features.length) {
            throw new IOException("GIS model patterns cover " + f + " features, not " + features.length);
        }
        double[] weights = new double[total];
        for (int w = 0; w < total; w++) {
            weights[w] = data.readDouble();
        }
        return new MaxentTable(outcomes, features, patterns, patternOf, weights);
    }

    /** A GIS model and the manifest of the OpenNLP model file it was read from. */
    public record ModelFile(MaxentTable table, Properties manifest) {
    }

    /**
     * Reads the GIS model stored as {@code entry} (for example "nameFinder.model") in an OpenNLP model file (a zip
     * archive) and the file's manifest, without building OpenNLP's model objects.
     */
    public static ModelFile readModelFile(InputStream modelFile, String entry) throws IOException {
        Properties manifest = new Properties();
        MaxentTable table = null;
        ZipInputStream zip = new ZipInputStream(modelFile);
        for (ZipEntry next = zip.getNextEntry(); next != null; next = zip.getNextEntry()) {
            if (next.getName().equals(MANIFEST_ENTRY)) {
                manifest.load(new InputStreamReader(zip, StandardCharsets.UTF_8));
            } else if (next.getName().equals(entry)) {
                table = readGis(zip);
            }
        }
        if (table == null) {
            throw new IOException("model file has no entry " + entry);
        }
        return new ModelFile(table, manifest);
    }

    /** Calls {@code action} with the name of every feature. */
    public void forEachFeature(Consumer<String> action) {
        for (int slot = 0; slot <= mask; slot++) {
            if (slots[slot * SLOT_INTS + 3] != 0) {
                action.accept(new String(keyChars, slots[slot * SLOT_INTS + 1], slots[slot * SLOT_INTS + 2]));
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private int freeSlot(String key) {
        int slot = spread(key.hashCode()) & mask;
        while (slots[slot * SLOT_INTS + 3] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Whether the key of {@code slot} equals {@code first + second[from, to)}. */
    private boolean keyEquals(int slot, String first, String second, int from, int to) {
        int length = first.length() + to - from;
        if (slots[slot * SLOT_INTS + 2] != length) {
            return false;
        }
        int at = slots[slot * SLOT_INTS + 1];
        for (int i = 0; i < first.length(); i++) {
            if (keyChars[at++] != first.charAt(i)) {
                return false;
            }
        }
        for (int i = from; i < to; i++) {
            if (keyChars[at++] != second.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int find(int hash, String first, String second, int from, int to) {
        int slot = spread(hash) & mask;
        int id;
        while ((id = slots[slot * SLOT_INTS + 3]) != 0) {
            if (slots[slot * SLOT_INTS] == hash && keyEquals(slot, first, second, from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        return UNKNOWN;
    }

    /** The id of {@code feature}, or {@link #UNKNOWN}. */
    public int id(String feature) {
        return find(feature.hashCode(), "", feature, 0, feature.length());
    }

    /** The id of the feature in {@code chars[0, length)}. */
    public int id(char[] chars, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[i];
        }
        int slot = spread(h) & mask;
        int id;
        while ((id = slots[slot * SLOT_INTS + 3]) != 0) {
            if (slots[slot * SLOT_INTS] == h && slots[slot * SLOT_INTS + 2] == length
                    && Arrays.equals(keyChars, slots[slot * SLOT_INTS + 1], slots[slot * SLOT_INTS + 1] + length, chars, 0, length)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        return UNKNOWN;
    }

    /** A feature writer that adds the parameters of each feature written to {@code scores[token]}. */
    public FeatureWriter scorer(double[][] scores) {
        return new FeatureWriter() {
            private double[] row;

            @Override
            public void startToken(int index) {
                row = scores[index];
            }

            @Override
            public void emit() {
                add(id(chars(), length()), row);
            }
        };
    }

    /** The id of the feature {@code prefix + text.substring(from, to)}, without building it. */
    public int id(String prefix, String text, int from, int to) {
        int h = prefix.hashCode();
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return find(h, prefix, text, from, to);
    }

    /** The id of the feature {@code prefix + text}, without building it. */
    public int id(String prefix, String text) {
        return id(prefix, text, 0, text.length());
    }

    /** The id of the feature {@code prefix + first + separator + second}, without building it. */
    public int id(String prefix, String first, char separator, String second) {
        int h = prefix.hashCode();
        for (int i = 0; i < first.length(); i++) {
            h = 31 * h + first.charAt(i);
        }
        h = 31 * h + separator;
        for (int i = 0; i < second.length(); i++) {
            h = 31 * h + second.charAt(i);
        }
        int length = prefix.length() + first.length() + 1 + second.length();
        int slot = spread(h) & mask;
        int id;
        while ((id = slots[slot * SLOT_INTS + 3]) != 0) {
            if (slots[slot * SLOT_INTS] == h && slots[slot * SLOT_INTS + 2] == length) {
                int at = slots[slot * SLOT_INTS + 1];
                if (regionEquals(at, prefix) && regionEquals(at + prefix.length(), first)
                        && keyChars[at + prefix.length() + first.length()] == separator
                        && regionEquals(at + prefix.length() + first.length() + 1, second)) {
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
        return UNKNOWN;
    }

    private boolean regionEquals(int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (keyChars[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public int outcomeCount() {
        return outcomes.length;
    }

    public String outcome(int index) {
        return outcomes[index];
    }

    /** The index of the outcome named {@code name}, or -1. */
    public int outcomeIndex(String name) {
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Sets every score to the model's uniform log prior: the start of an evaluation. */
    public void prior(double[] scores) {
        Arrays.fill(scores, 0, outcomes.length, logPrior);
    }

    /** Adds the parameters of feature {@code id} (ignored when {@link #UNKNOWN}) to {@code scores}. */
    public void add(int id, double[] scores) {
        if (id <= 0) {
            return;
        }
        int from = 2 * (id >>> COUNT_BITS);
        int to = from + 2 * (id & COUNT_MASK);
        for (int k = from; k < to; k += 2) {
            scores[(int) parameters[k]] += parameters[k + 1];
        }
    }

    /** Turns summed scores into probabilities, as OpenNLP does. */
    public void normalize(double[] scores) {
        double sum = 0;
        for (int o = 0; o < outcomes.length; o++) {
            scores[o] = StrictMath.exp(scores[o]);
            sum += scores[o];
        }
        for (int o = 0; o < outcomes.length; o++) {
            scores[o] /= sum;
        }
    }

    /** The index of the highest score (the first on a tie). */
    public int best(double[] scores) {
        int best = 0;
        for (int o = 1; o < outcomes.length; o++) {
            if (scores[o] > scores[best]) {
                best = o;
            }
        }
        return best;
    }
}
