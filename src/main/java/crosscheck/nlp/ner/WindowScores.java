package crosscheck.nlp.ner;

import crosscheck.nlp.FeatureWriter;
import crosscheck.nlp.MaxentTable;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The summed scores of the features one value (a lower-cased word, or a word shape) gives each token of the window
 * around it. A row holds, for each offset from -2 to +2, the scores of the features the value gives the token at that
 * distance (at 0: its own). The row of a value the model has features for is computed the first time any document
 * meets it and shared from then on (computing all of them up front cost a third of a second at start-up); values the
 * model never saw are scored when met and kept for the rest of the document ({@link Cache}).
 * Thread-safe: the shared rows live in a concurrent map; each {@link Cache} belongs to one document.
 */
final class WindowScores {
    /** Writes the features {@code value} gives the token {@code offset} positions away. */
    interface Features {
        void write(int offset, String value, FeatureWriter out);
    }

    static final int ROLES = 2 * NerFeatureGenerator.WINDOW + 1;
    /** Unseen values kept per document; beyond this many, they are scored at each occurrence. */
    private static final int MAX_CACHED = 20_000;

    private final MaxentTable model;
    private final Features features;
    /** The feature prefixes, one per offset, that make a value known: it is if any prefix + value is a feature. */
    private final String[] prefixes;
    private final Map<String, double[]> rows = new ConcurrentHashMap<>();

    WindowScores(MaxentTable model, Features features, String[] prefixes) {
        this.model = model;
        this.features = features;
        this.prefixes = prefixes.clone();
    }

    /** Whether the model has a feature for {@code value} at some offset (asked once per value and document). */
    private boolean isKnown(String value) {
        for (String prefix : prefixes) {
            if (model.id(prefix, value) != MaxentTable.UNKNOWN) {
                return true;
            }
        }
        return false;
    }

    /** The row of {@code value}: {@link #ROLES} blocks of one score per outcome, offset -2 first. */
    private double[] score(String value) {
        int outcomes = model.outcomeCount();
        double[] row = new double[ROLES * outcomes];
        double[][] roles = new double[ROLES][outcomes];
        FeatureWriter writer = model.scorer(roles);
        for (int role = 0; role < ROLES; role++) {
            writer.startToken(role);
            features.write(role - NerFeatureGenerator.WINDOW, value, writer);
            System.arraycopy(roles[role], 0, row, role * outcomes, outcomes);
        }
        return row;
    }

    /** The rows of the values one document meets that the model has no features for. Not thread-safe. */
    final class Cache {
        private final Map<String, double[]> unseen = new HashMap<>();

        double[] row(String value) {
            double[] row = rows.get(value);
            if (row == null && isKnown(value)) {
                row = rows.computeIfAbsent(value, WindowScores.this::score);
            }
            if (row == null) {
                row = unseen.get(value);
                if (row == null) {
                    row = score(value);
                    if (unseen.size() < MAX_CACHED) {
                        unseen.put(value, row);
                    }
                }
            }
            return row;
        }
    }
}
