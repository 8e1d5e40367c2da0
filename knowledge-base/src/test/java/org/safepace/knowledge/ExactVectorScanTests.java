package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.junit.jupiter.api.Test;

/**
 * The column scan must give every vector the very float Lucene's DOT_PRODUCT gives (rankings and ties depend on the
 * last bit), for our 384 dimensions, for a length Lucene sums in one part (at most 32) and for one with a remainder
 * after its four parts; docs without a vector are skipped and the slots keep doc order.
 */
class ExactVectorScanTests {

    @Test
    void everyScoreIsLucenesBitForBit() {
        Random random = new Random(5);
        for (int dims : new int[] {384, 32, 7, 37, 386}) {
            float[][] byDoc = new float[300][];
            for (int doc = 0; doc < byDoc.length; doc++) {
                byDoc[doc] = doc % 7 == 3 ? null : unit(random, dims);
            }
            ExactVectorScan scan = new ExactVectorScan(byDoc);

            // On Java 17 Lucene's dot product is the scalar one the columns reproduce, so the fast path is taken.
            assertThat(scan.columnar()).as("columns for %d dimensions", dims).isTrue();
            assertThat(scan.size()).isEqualTo(300 - 43);
            for (int q = 0; q < 25; q++) {
                float[] target = q == 0 ? byDoc[0] : unit(random, dims);
                float[] scores = scan.scores(target);
                int previousDoc = -1;
                for (int slot = 0; slot < scan.size(); slot++) {
                    int doc = scan.doc(slot);
                    assertThat(doc).isGreaterThan(previousDoc);
                    previousDoc = doc;
                    float lucene = VectorSimilarityFunction.DOT_PRODUCT.compare(target, byDoc[doc]);
                    assertThat(Float.floatToIntBits(scores[slot])).as("doc %d, %d dimensions", doc, dims)
                            .isEqualTo(Float.floatToIntBits(lucene));
                }
            }
        }
    }

    @Test
    void aSumInAnotherOrderWouldBeSeen() {
        // Guards the test above: summing the same products in another order changes some scores' last bits.
        Random random = new Random(9);
        float[] target = unit(random, 384);
        int differ = 0;
        for (int v = 0; v < 200; v++) {
            float[] vector = unit(random, 384);
            float straight = 0;
            for (int d = 0; d < 384; d++) {
                straight += target[d] * vector[d];
            }
            differ += Math.max((1 + straight) / 2, 0) != VectorSimilarityFunction.DOT_PRODUCT.compare(target, vector) ? 1 : 0;
        }
        assertThat(differ).isPositive();
    }

    /** A random unit vector. */
    static float[] unit(Random random, int dims) {
        float[] v = new float[dims];
        double norm = 0;
        for (int d = 0; d < dims; d++) {
            v[d] = (float) random.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < dims; d++) {
            v[d] = (float) (v[d] / Math.sqrt(norm));
        }
        return v;
    }
}
