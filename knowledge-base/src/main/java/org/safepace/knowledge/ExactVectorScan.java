package org.safepace.knowledge;

import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.Constants;

/**
 * Scores a target against every vector of a small index at once, each score the very float Lucene's
 * {@code DOT_PRODUCT} gives ((1 + dot) / 2, floored at 0). The vectors are kept dimension by dimension (one array per
 * dimension, one value per vector), so each step is one pass over all vectors that the JIT compiles to SIMD
 * instructions; on Java 17 Lucene's dot product is scalar, one vector at a time, about seven times slower here.
 * Each vector's sum keeps Lucene's arithmetic and order: four partial sums over the dimensions i mod 4, added in
 * order, then the rest of the dimensions one by one, with a fused multiply-add exactly when Lucene uses one. Built
 * only when that agrees bit for bit with Lucene's own function on the index's vectors (another Lucene build or JVM
 * may sum differently); otherwise it scores with Lucene's function, one vector at a time. Thread-safe.
 */
final class ExactVectorScan {

    /** Lucene's scalar dot product sums in four parts only above this many dimensions. */
    private static final int LUCENE_UNROLL_ABOVE = 32;
    private static final int PARTS = 4;
    private static final boolean FMA = Constants.HAS_FAST_SCALAR_FMA;

    private final int[] docBySlot;
    private final int dims;
    /** byDimension[d][slot]: dimension d of every vector ({@code null} when scoring falls back to Lucene). */
    private final float[][] byDimension;
    /** The vectors by slot, kept only for the fallback. */
    private final float[][] bySlot;

    /** @param vectorByDoc every vector by doc id, {@code null} for a doc without one */
    ExactVectorScan(float[][] vectorByDoc) {
        int count = 0;
        int dimensions = 0;
        for (float[] vector : vectorByDoc) {
            if (vector != null) {
                count++;
                dimensions = vector.length;
            }
        }
        docBySlot = new int[count];
        float[][] vectors = new float[count][];
        for (int doc = 0, slot = 0; doc < vectorByDoc.length; doc++) {
            if (vectorByDoc[doc] != null) {
                docBySlot[slot] = doc;
                vectors[slot++] = vectorByDoc[doc];
            }
        }
        dims = dimensions;
        float[][] columns = new float[dims][count];
        for (int slot = 0; slot < count; slot++) {
            for (int d = 0; d < dims; d++) {
                columns[d][slot] = vectors[slot][d];
            }
        }
        boolean same = true;
        // Real vectors as targets: the first, the middle and the last.
        for (int probe = 0; probe < count && same; probe += Math.max(1, (count - 1) / 2)) {
            same = agrees(columnScores(vectors[probe], columns, count), vectors[probe], vectors);
        }
        byDimension = same ? columns : null;
        bySlot = same ? null : vectors;
    }

    /** How many vectors there are; slot {@code i} is doc {@link #doc(int) doc(i)}, slots in doc order. */
    int size() {
        return docBySlot.length;
    }

    int doc(int slot) {
        return docBySlot[slot];
    }

    /** Whether scores come from the column passes (false: Lucene's function, vector by vector). */
    boolean columnar() {
        return byDimension != null;
    }

    /** Lucene's dot-product score of {@code target} against every vector, by slot. */
    float[] scores(float[] target) {
        if (docBySlot.length == 0) {
            return new float[0];
        }
        if (target.length != dims) {
            throw new IllegalArgumentException("the target has " + target.length + " dimensions, the vectors " + dims);
        }
        if (byDimension == null) {
            float[] scores = new float[bySlot.length];
            for (int slot = 0; slot < scores.length; slot++) {
                scores[slot] = VectorSimilarityFunction.DOT_PRODUCT.compare(target, bySlot[slot]);
            }
            return scores;
        }
        return columnScores(target, byDimension, docBySlot.length);
    }

    private static float[] columnScores(float[] target, float[][] columns, int count) {
        int dims = target.length;
        float[] dot = new float[count];
        int d = 0;
        if (dims > LUCENE_UNROLL_ABOVE) {
            float[][] parts = {dot, new float[count], new float[count], new float[count]};
            int upper = dims & ~(PARTS - 1);
            for (; d < upper; d++) {
                add(parts[d % PARTS], target[d], columns[d]);
            }
            for (int slot = 0; slot < count; slot++) {
                // Lucene: res (0) += acc1 + acc2 + acc3 + acc4.
                dot[slot] = 0f + (parts[0][slot] + parts[1][slot] + parts[2][slot] + parts[3][slot]);
            }
        }
        for (; d < dims; d++) {
            add(dot, target[d], columns[d]);
        }
        for (int slot = 0; slot < count; slot++) {
            dot[slot] = Math.max((1 + dot[slot]) / 2, 0);
        }
        return dot;
    }

    /** sum[i] += x * column[i], as Lucene's scalar {@code fma} computes it; one pass the JIT vectorises. */
    private static void add(float[] sum, float x, float[] column) {
        if (FMA) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] = Math.fma(x, column[i], sum[i]);
            }
        } else {
            for (int i = 0; i < sum.length; i++) {
                sum[i] = x * column[i] + sum[i];
            }
        }
    }

    private static boolean agrees(float[] scores, float[] target, float[][] vectors) {
        for (int slot = 0; slot < vectors.length; slot++) {
            float lucene = VectorSimilarityFunction.DOT_PRODUCT.compare(target, vectors[slot]);
            if (Float.floatToIntBits(lucene) != Float.floatToIntBits(scores[slot])) {
                return false;
            }
        }
        return true;
    }
}
