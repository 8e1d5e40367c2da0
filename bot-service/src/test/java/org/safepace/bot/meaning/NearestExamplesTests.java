package org.safepace.bot.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safepace.bot.meaning.LabelledExample.Kind;
import org.safepace.bot.meaning.NearestExamples.Threshold;

class NearestExamplesTests {

    /** Hand-made unit vectors, so every cosine below is known exactly. */
    private static final Map<String, float[]> VECTORS = Map.of(
            "a1", new float[] {1, 0, 0},
            "a2", new float[] {0.8f, 0.6f, 0},
            "b1", new float[] {0, 1, 0},
            "not-a", new float[] {0.6f, 0, 0.8f});

    private final NearestExamples bank = new NearestExamples(new ExampleBank(List.of(
            new LabelledExample("a", Kind.POSITIVE, "a1"), new LabelledExample("a", Kind.POSITIVE, "a2"),
            new LabelledExample("b", Kind.POSITIVE, "b1"), new LabelledExample("a", Kind.NEGATED, "not-a"))),
            NearestExamples.oneByOne(VECTORS::get));

    @Test
    void eachLabelScoresByItsNearestPositiveAndItsNearestTwin() {
        NearestExamples.Scores scores = bank.score(new float[] {1, 0, 0});

        assertThat(scores.positive("a")).isEqualTo(1.0);
        assertThat(scores.twin("a")).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(scores.positive("b")).isEqualTo(0.0);
        assertThat(scores.twin("b")).isEqualTo(-1.0);
        assertThat(scores.positive().keySet()).containsExactly("a", "b");
    }

    @Test
    void aLabelIsDetectedOnlyWhenItBeatsItsOwnTwinByTheMargin() {
        float[] nearTwin = {0.6f, 0, 0.8f};

        assertThat(bank.score(new float[] {1, 0, 0}).detects("a", new Threshold(0.9, 0.3))).isTrue();
        assertThat(bank.score(new float[] {1, 0, 0}).detects("a", new Threshold(0.9, 0.5))).isFalse();
        assertThat(bank.score(nearTwin).detects("a", new Threshold(0.5, 0.0))).isFalse();
    }

    @Test
    void theBestLabelNeedsBothTheSimilarityAndALeadOverTheRunnerUp() {
        float[] between = unit(1, 1, 0);

        assertThat(bank.score(new float[] {1, 0, 0}).best(List.of("a", "b"), new Threshold(0.9, 0.1))).contains("a");
        assertThat(bank.score(between).best(List.of("a", "b"), new Threshold(0.5, 0.3))).isEmpty();
        assertThat(bank.score(new float[] {0, 0, 1}).best(List.of("a", "b"), new Threshold(0.5, 0.0))).isEmpty();
    }

    @Test
    void scoresRowsInBlocksWithExactlyTheSumsOfOneRowAtATime() {
        // 19 rows: two blocks of eight and a remainder; labels and kinds interleaved, so first appearances differ.
        java.util.Random random = new java.util.Random(7);
        int dims = 384;
        List<LabelledExample> rows = new java.util.ArrayList<>();
        Map<String, float[]> vectors = new java.util.HashMap<>();
        for (int i = 0; i < 19; i++) {
            float[] v = new float[dims];
            for (int d = 0; d < dims; d++) {
                v[d] = (float) random.nextGaussian();
            }
            vectors.put("row" + i, unit(v));
            rows.add(new LabelledExample("label" + (i * 7 % 5), i % 3 == 2 ? Kind.NEGATED : Kind.POSITIVE, "row" + i));
        }
        NearestExamples blocked = new NearestExamples(new ExampleBank(rows), NearestExamples.oneByOne(vectors::get));
        float[] query = vectors.get("row3").clone();
        query[0] += 0.25f;

        NearestExamples.Scores expected = oneRowAtATime(rows, vectors, query);
        NearestExamples.Scores scores = blocked.score(query);

        assertThat(scores.positive()).isEqualTo(expected.positive());
        assertThat(scores.twin()).isEqualTo(expected.twin());
        assertThat(List.copyOf(scores.positive().values()))
                .isSortedAccordingTo(java.util.Comparator.<Double>reverseOrder());
    }

    @Test
    void theQuickPassKeepsTheExactNearestAmongRowsThatAlmostTie() {
        // Rows a few float steps apart (within the quick pass's error): only the exact sums can rank them.
        java.util.Random random = new java.util.Random(11);
        int dims = 384;
        List<LabelledExample> rows = new java.util.ArrayList<>();
        Map<String, float[]> vectors = new java.util.HashMap<>();
        float[] base = new float[dims];
        for (int d = 0; d < dims; d++) {
            base[d] = (float) random.nextGaussian();
        }
        base = unit(base);
        for (int i = 0; i < 60; i++) {
            float[] v = base.clone();
            for (int d = 0; d < dims; d++) {
                v[d] += (float) (random.nextGaussian() * (i % 4 == 0 ? 1e-2 : 1e-7));
            }
            vectors.put("row" + i, v);
            rows.add(new LabelledExample("label" + (i % 3), i % 5 == 4 ? Kind.NEGATED : Kind.POSITIVE, "row" + i));
        }
        NearestExamples bank = new NearestExamples(new ExampleBank(rows), NearestExamples.oneByOne(vectors::get));
        for (int q = 0; q < 20; q++) {
            float[] query = base.clone();
            query[random.nextInt(dims)] += (float) random.nextGaussian() / 100;
            NearestExamples.Scores expected = oneRowAtATime(rows, vectors, query);
            NearestExamples.Scores scores = bank.score(query);

            assertThat(scores.positive()).isEqualTo(expected.positive());
            assertThat(scores.twin()).isEqualTo(expected.twin());
        }
    }

    @Test
    void aVectorOfTheWrongLengthIsRefusedByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bank.score(new float[] {1, 0}))
                .hasMessageContaining("3-dimension");
    }

    /** Each label's nearest positive and twin, from every row's exact sum taken one row at a time. */
    private static NearestExamples.Scores oneRowAtATime(List<LabelledExample> rows, Map<String, float[]> vectors,
                                                        float[] query) {
        Map<String, Double> positive = new java.util.HashMap<>();
        Map<String, Double> twin = new java.util.HashMap<>();
        for (LabelledExample row : rows) {
            double dot = 0;
            float[] v = vectors.get(row.text());
            for (int d = 0; d < query.length; d++) {
                dot += v[d] * query[d];
            }
            (row.positive() ? positive : twin).merge(row.label(), dot, Math::max);
        }
        return new NearestExamples.Scores(positive, twin);
    }

    private static float[] unit(float... v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / Math.sqrt(n));
        }
        return out;
    }
}
