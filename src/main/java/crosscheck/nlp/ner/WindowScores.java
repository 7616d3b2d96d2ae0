package crosscheck.nlp.ner;

import crosscheck.nlp.FeatureWriter;
import crosscheck.nlp.MaxentTable;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
    private final Set<String> known;
    private final Map<String, double[]> rows;

    /** Takes {@code known} over: the caller must not change it afterwards. */
    WindowScores(MaxentTable model, Features features, Set<String> known) {
        this.model = model;
        this.features = features;
        this.known = known;
        this.rows = new ConcurrentHashMap<>(known.size() * 2);
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
            if (row == null && known.contains(value)) {
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
