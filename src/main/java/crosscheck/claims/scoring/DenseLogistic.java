package crosscheck.claims.scoring;

/**
 * Logistic regression over a few dense features, fitted exactly by Newton's method (iteratively reweighted least
 * squares) with an L2 penalty on the weights, not on the bias. Deterministic. Thread-safe (stateless).
 */
final class DenseLogistic {
    private DenseLogistic() {
    }

    /** The fitted coefficients: {@code [bias, w_0, ..., w_{d-1}]}. */
    static double[] fit(double[][] x, boolean[] y, double[] sampleWeights, double l2, int iterations) {
        int d = x[0].length + 1;
        double[] beta = new double[d];
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[][] hessian = new double[d][d];
            double[] gradient = new double[d];
            for (int i = 0; i < x.length; i++) {
                double z = beta[0];
                for (int j = 1; j < d; j++) {
                    z += beta[j] * x[i][j - 1];
                }
                double p = SparseLogistic.sigmoid(z);
                double weight = sampleWeights == null ? 1 : sampleWeights[i];
                double residual = (p - (y[i] ? 1 : 0)) * weight;
                double curvature = Math.max(p * (1 - p), 1e-9) * weight;
                for (int a = 0; a < d; a++) {
                    double xa = a == 0 ? 1 : x[i][a - 1];
                    gradient[a] += residual * xa;
                    for (int b = a; b < d; b++) {
                        double xb = b == 0 ? 1 : x[i][b - 1];
                        hessian[a][b] += curvature * xa * xb;
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[a][b] = hessian[b][a];
                }
                if (a > 0) {
                    gradient[a] += l2 * beta[a];
                    hessian[a][a] += l2;
                }
            }
            hessian[0][0] += 1e-9;
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a < d; a++) {
                beta[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-7) {
                break;
            }
        }
        return beta;
    }

    /** Solves {@code m v = r} by Gaussian elimination with partial pivoting; {@code m} and {@code r} are consumed. */
    static double[] solve(double[][] m, double[] r) {
        int n = r.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swapRow = m[col];
            m[col] = m[pivot];
            m[pivot] = swapRow;
            double swap = r[col];
            r[col] = r[pivot];
            r[pivot] = swap;
            if (Math.abs(m[col][col]) < 1e-12) {
                m[col][col] = 1e-12;
            }
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                if (factor != 0) {
                    for (int k = col; k < n; k++) {
                        m[row][k] -= factor * m[col][k];
                    }
                    r[row] -= factor * r[col];
                }
            }
        }
        double[] v = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = r[row];
            for (int k = row + 1; k < n; k++) {
                sum -= m[row][k] * v[k];
            }
            v[row] = sum / m[row][row];
        }
        return v;
    }
}
