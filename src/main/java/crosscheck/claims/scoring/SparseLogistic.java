package crosscheck.claims.scoring;

import java.util.Random;

/**
 * Logistic regression over hashed binary features, each worth 1/sqrt(n) in a sentence with n features, trained by
 * AdaGrad stochastic gradient descent with L2 shrinkage of the weights an example touches. Deterministic for a given seed and example order. Not thread-safe while
 * training; {@link #logit} on a trained model only reads.
 */
final class SparseLogistic {
    final float[] weights;
    double bias;

    SparseLogistic(int size) {
        this.weights = new float[size];
    }

    SparseLogistic(float[] weights, double bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /** Training settings: passes over the data, AdaGrad step, L2 strength, shuffling seed. */
    record Settings(int epochs, double learningRate, double l2, long seed) {
    }

    double logit(int[] features) {
        double z = 0;
        for (int index : features) {
            z += weights[index];
        }
        return bias + z * scale(features.length);
    }

    /** Each feature of a sentence with n features counts 1/sqrt(n), so long and short sentences weigh alike. */
    static double scale(int featureCount) {
        return featureCount == 0 ? 0 : 1.0 / Math.sqrt(featureCount);
    }

    /** @param sampleWeights per-example weight of the loss, or null for 1 */
    static SparseLogistic train(int size, int[][] features, boolean[] labels, double[] sampleWeights, Settings settings) {
        SparseLogistic model = new SparseLogistic(size);
        double[] squaredGradients = new double[size];
        double biasSquared = 0;
        int n = features.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            for (int e : order) {
                double z = model.logit(features[e]);
                double p = sigmoid(z);
                double weight = sampleWeights == null ? 1 : sampleWeights[e];
                double gradient = (p - (labels[e] ? 1 : 0)) * weight;
                double value = scale(features[e].length);
                for (int index : features[e]) {
                    double g = gradient * value + settings.l2() * model.weights[index];
                    squaredGradients[index] += g * g;
                    model.weights[index] -= (float) (settings.learningRate() * g / Math.sqrt(squaredGradients[index] + 1e-8));
                }
                biasSquared += gradient * gradient;
                model.bias -= settings.learningRate() * gradient / Math.sqrt(biasSquared + 1e-8);
            }
        }
        return model;
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
