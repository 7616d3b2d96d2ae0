package crosscheck.nlp.ner;

import crosscheck.nlp.FeatureWriter;
import crosscheck.nlp.MaxentTable;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The summed scores of the features one value (a lower-cased word, or a word shape) gives each token of the window
 * around it, precomputed for every value the model has features for. A row holds, for each offset from -2 to +2,
 * the scores of the features the value gives the token at that distance (at 0: its own). Values the model never saw
 * are scored when met and kept for the rest of the document ({@link Cache}).
 * Thread-safe: immutable after construction; each {@link Cache} belongs to one document.
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
    private final Map<String, double[]> rows;

    WindowScores(MaxentTable model, Features features, Collection<String> values) {
        this.model = model;
        this.features = features;
        this.rows = new HashMap<>(values.size() * 2);
        for (String value : values) {
            rows.put(value, score(value));
        }
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

    /** The rows of the values one document meets that were not precomputed. Not thread-safe. */
    final class Cache {
        private final Map<String, double[]> unseen = new HashMap<>();

        double[] row(String value) {
            double[] row = rows.get(value);
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
