package crosscheck.nlp.ner;

import crosscheck.nlp.WinkEmbeddings;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Groups words by their vectors with spherical k-means (cosine similarity to unit-length centroids), once for each
 * number of clusters asked, and writes them in the format {@link WordClusters} reads. Deterministic for a seed: the
 * starting centroids are words drawn with it, and the words are assigned in parallel but each independently.
 * Stateless; thread-safe.
 */
final class WordClusterBuilder {
    /** How a clustering is made. */
    record Settings(List<Integer> clusters, int iterations, long seed) {
        Settings {
            clusters = List.copyOf(clusters);
            if (clusters.isEmpty() || clusters.size() > 4 || clusters.stream().anyMatch(k -> k < 2 || k > 32_767)) {
                throw new IllegalArgumentException("one to four cluster counts between 2 and 32,767: " + clusters);
            }
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations must be positive: " + iterations);
            }
        }

        static Settings defaults() {
            return new Settings(List.of(64, 512, 2048), 20, 7L);
        }
    }

    private WordClusterBuilder() {
    }

    /** The words and their cluster at each level, one line each: {@code word<TAB>c0<TAB>c1...}. */
    static String build(WinkEmbeddings embeddings, Settings settings) {
        float[][] points = embeddings.vectors().stream().map(WordClusterBuilder::unit).toArray(float[][]::new);
        Random random = new Random(settings.seed());
        int[][] levels = new int[settings.clusters().size()][];
        for (int level = 0; level < levels.length; level++) {
            levels[level] = cluster(points, Math.min(settings.clusters().get(level), points.length),
                    settings.iterations(), random);
        }
        StringBuilder out = new StringBuilder(points.length * 24);
        List<String> words = embeddings.words();
        for (int i = 0; i < points.length; i++) {
            out.append(words.get(i));
            for (int[] level : levels) {
                out.append('\t').append(level[i]);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The cluster of each point after {@code iterations} rounds of assigning points and moving centroids. */
    private static int[] cluster(float[][] points, int k, int iterations, Random random) {
        int dims = points[0].length;
        float[][] centroids = new float[k][];
        int[] order = IntStream.range(0, points.length).toArray();
        shuffle(order, random);
        for (int c = 0; c < k; c++) {
            centroids[c] = points[order[c]].clone();
        }
        int[] assigned = new int[points.length];
        for (int round = 0; round < iterations; round++) {
            float[][] current = centroids;
            IntStream.range(0, points.length).parallel().forEach(i -> assigned[i] = nearest(points[i], current));
            double[][] sums = new double[k][dims];
            int[] sizes = new int[k];
            for (int i = 0; i < points.length; i++) {
                sizes[assigned[i]]++;
                double[] sum = sums[assigned[i]];
                for (int d = 0; d < dims; d++) {
                    sum[d] += points[i][d];
                }
            }
            for (int c = 0; c < k; c++) {
                centroids[c] = sizes[c] == 0 ? points[random.nextInt(points.length)].clone() : unit(sums[c]);
            }
        }
        float[][] last = centroids;
        IntStream.range(0, points.length).parallel().forEach(i -> assigned[i] = nearest(points[i], last));
        return assigned;
    }

    private static int nearest(float[] point, float[][] centroids) {
        int best = 0;
        float bestSimilarity = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            float similarity = dot(point, centroids[c]);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = c;
            }
        }
        return best;
    }

    private static float dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int d = 0;
        for (; d + 3 < a.length; d += 4) {
            s0 += a[d] * b[d];
            s1 += a[d + 1] * b[d + 1];
            s2 += a[d + 2] * b[d + 2];
            s3 += a[d + 3] * b[d + 3];
        }
        for (; d < a.length; d++) {
            s0 += a[d] * b[d];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += (double) v * v;
        }
        float[] result = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            result[d] = norm == 0 ? 0 : (float) (vector[d] / Math.sqrt(norm));
        }
        return result;
    }

    private static float[] unit(double[] vector) {
        float[] asFloats = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            asFloats[d] = (float) vector[d];
        }
        return unit(asFloats);
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
