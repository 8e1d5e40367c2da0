package org.safepace.bot.dialogue;

import java.util.List;

/**
 * A stance read as a direction in the embedding, not as a neighbour: a pressuring message and its supportive twin sit
 * equally close to the pressure rows (the topic is the same), yet they differ in a consistent direction. Learnt once
 * at start-up from a bank's labelled rows (positives against their twins) by shrunken linear discriminant analysis:
 * w = (S + shrink) ^ -1 (mean of positives - mean of twins), S the rows' pooled within-class covariance shrunk towards
 * its average variance. Deterministic (no random start), so every instance learns the same direction from the same
 * bank. A score is scaled so that the positives' mean projects to +1 and the twins' mean to -1.
 */
final class StanceDirection {

    private final double[] weights;
    private final double bias;

    private StanceDirection(double[] weights, double bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * @param positive  for each row, whether it means the label (else a twin)
     * @param vectors   the rows' vectors, one length
     * @param shrinkage 0 (plain discriminant) to 1 (the difference of the two means alone)
     */
    static StanceDirection learn(List<Boolean> positive, List<float[]> vectors, double shrinkage) {
        if (positive.size() != vectors.size() || vectors.isEmpty() || shrinkage < 0 || shrinkage > 1) {
            throw new IllegalArgumentException("one label per vector, and a shrinkage from 0 to 1");
        }
        int dims = vectors.get(0).length;
        double[] meanPositive = new double[dims];
        double[] meanTwin = new double[dims];
        int positives = 0;
        for (int i = 0; i < vectors.size(); i++) {
            double[] mean = positive.get(i) ? meanPositive : meanTwin;
            positives += positive.get(i) ? 1 : 0;
            for (int d = 0; d < dims; d++) {
                mean[d] += vectors.get(i)[d];
            }
        }
        int twins = vectors.size() - positives;
        if (positives == 0 || twins == 0) {
            throw new IllegalArgumentException("a direction needs positives and twins");
        }
        for (int d = 0; d < dims; d++) {
            meanPositive[d] /= positives;
            meanTwin[d] /= twins;
        }
        double[] difference = new double[dims];
        for (int d = 0; d < dims; d++) {
            difference[d] = meanPositive[d] - meanTwin[d];
        }
        double[] w = shrinkage == 1 ? difference
                : solve(covariance(positive, vectors, meanPositive, meanTwin, shrinkage), difference);
        double high = dot(w, meanPositive);
        double low = dot(w, meanTwin);
        double scale = 2 / (high - low);
        for (int d = 0; d < dims; d++) {
            w[d] *= scale;
        }
        return new StanceDirection(w, -(high + low) / 2 * scale);
    }

    /** How far the vector leans towards the positives: about +1 at their mean, -1 at the twins', 0 between. */
    double score(float[] vector) {
        double sum = bias;
        for (int d = 0; d < weights.length; d++) {
            sum += weights[d] * vector[d];
        }
        return sum;
    }

    private static double[][] covariance(List<Boolean> positive, List<float[]> vectors, double[] meanPositive,
                                         double[] meanTwin, double shrinkage) {
        int dims = meanPositive.length;
        double[][] s = new double[dims][dims];
        double[] centred = new double[dims];
        for (int i = 0; i < vectors.size(); i++) {
            double[] mean = positive.get(i) ? meanPositive : meanTwin;
            for (int d = 0; d < dims; d++) {
                centred[d] = vectors.get(i)[d] - mean[d];
            }
            for (int a = 0; a < dims; a++) {
                for (int b = 0; b <= a; b++) {
                    s[a][b] += centred[a] * centred[b];
                }
            }
        }
        double trace = 0;
        for (int a = 0; a < dims; a++) {
            for (int b = 0; b <= a; b++) {
                s[a][b] /= vectors.size();
                s[b][a] = s[a][b];
            }
            trace += s[a][a];
        }
        double average = trace / dims;
        for (int a = 0; a < dims; a++) {
            for (int b = 0; b < dims; b++) {
                s[a][b] = (1 - shrinkage) * s[a][b] + (a == b ? shrinkage * average : 0);
            }
        }
        return s;
    }

    /** Solves a x = b for a symmetric positive definite a (Cholesky; a is overwritten). Also the pressure trainer's. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int j = 0; j < n; j++) {
            double sum = a[j][j];
            for (int k = 0; k < j; k++) {
                sum -= a[j][k] * a[j][k];
            }
            a[j][j] = Math.sqrt(sum);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= a[i][k] * a[j][k];
                }
                a[i][j] = s / a[j][j];
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= a[i][k] * y[k];
            }
            y[i] = s / a[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= a[k][i] * x[k];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
