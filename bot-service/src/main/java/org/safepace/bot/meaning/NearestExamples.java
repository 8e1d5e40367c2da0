package org.safepace.bot.meaning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores a message's vector against every row of an example bank by cosine similarity (the vectors are unit length,
 * so a dot product). Each label gets the similarity of its nearest positive row and of its nearest twin; what a
 * caller makes of those (a threshold, a margin) is its own calibrated decision. The bank is embedded once, when this
 * is built; scoring embeds nothing. Thread-safe once built.
 */
public final class NearestExamples {

    /**
     * Rows scored together: independent sums let the CPU overlap their additions (each row's sum keeps its order);
     * eight keep both of this machine's adders busy (about 20% less time than four in a microbenchmark).
     */
    private static final int BLOCK = 8;

    private final String[] labels;
    private final boolean[] positive;
    /** Every row's vector, row after row, in one array: the exact scores. */
    private final float[] vectors;
    /**
     * The same vectors dimension by dimension (columns[d][row]): the quick float pass over every row, which the JIT
     * turns into SIMD instructions (the exact double sums cannot be, on Java 17), to find the few rows that can be
     * a label's nearest.
     */
    private final float[][] columns;
    /** The longest row's length, for the bound on how far a quick score can be from the exact one. */
    private final double longestRow;
    /** Rows by label and kind: group {@code 2 * label} its positive rows, {@code 2 * label + 1} its twins. */
    private final int[][] rowsByGroup;
    private final int dims;
    private final List<String> distinctLabels;
    /** Per row, its label's index in {@link #distinctLabels}. */
    private final int[] labelIndex;
    /** Label indices in the order of each label's first positive row, and of its first twin row. */
    private final int[] positiveOrder;
    private final int[] twinOrder;

    /**
     * Embeds every row of {@code bank} with {@code embedAll} (the same query embedding a turn computes for its
     * message, so both sides of each cosine come from one model and one instruction prefix), in one batch.
     */
    public NearestExamples(ExampleBank bank, Function<List<String>, List<float[]>> embedAll) {
        List<LabelledExample> rows = bank.examples();
        List<float[]> embedded = embedAll.apply(rows.stream().map(LabelledExample::text).toList());
        if (embedded.size() != rows.size()) {
            throw new IllegalStateException("expected " + rows.size() + " example vectors, got " + embedded.size());
        }
        labels = new String[rows.size()];
        positive = new boolean[rows.size()];
        dims = embedded.get(0).length;
        vectors = new float[rows.size() * dims];
        List<String> distinct = new ArrayList<>();
        labelIndex = new int[rows.size()];
        List<Integer> positiveFirst = new ArrayList<>();
        List<Integer> twinFirst = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LabelledExample row = rows.get(i);
            float[] vector = embedded.get(i);
            if (vector.length != dims) {
                throw new IllegalStateException("example vectors differ in length: " + vector.length + " vs " + dims);
            }
            System.arraycopy(vector, 0, vectors, i * dims, dims);
            labels[i] = row.label();
            positive[i] = row.positive();
            if (!distinct.contains(row.label())) {
                distinct.add(row.label());
            }
            labelIndex[i] = distinct.indexOf(row.label());
            List<Integer> firsts = row.positive() ? positiveFirst : twinFirst;
            if (!firsts.contains(labelIndex[i])) {
                firsts.add(labelIndex[i]);
            }
        }
        distinctLabels = List.copyOf(distinct);
        columns = new float[dims][rows.size()];
        double longest = 0;
        for (int row = 0; row < rows.size(); row++) {
            double squares = 0;
            for (int d = 0; d < dims; d++) {
                float x = vectors[row * dims + d];
                columns[d][row] = x;
                squares += (double) x * x;
            }
            longest = Math.max(longest, Math.sqrt(squares));
        }
        longestRow = longest * (1 + 1e-9);
        rowsByGroup = new int[2 * distinct.size()][];
        for (int group = 0; group < rowsByGroup.length; group++) {
            int label = group / 2;
            boolean positives = group % 2 == 0;
            rowsByGroup[group] = java.util.stream.IntStream.range(0, rows.size())
                    .filter(row -> labelIndex[row] == label && positive[row] == positives).toArray();
        }
        positiveOrder = positiveFirst.stream().mapToInt(Integer::intValue).toArray();
        twinOrder = twinFirst.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A batch embedding made of a one-text embedding (tests, tools). */
    public static Function<List<String>, List<float[]>> oneByOne(Function<String, float[]> embed) {
        return texts -> texts.stream().map(embed).toList();
    }

    public int size() {
        return labels.length;
    }

    public List<String> labels() {
        return distinctLabels;
    }

    /** The nearest positive row and the nearest twin of every label. */
    public Scores score(float[] vector) {
        if (vector.length != dims) {
            throw new IllegalArgumentException("expected a " + dims + "-dimension vector, not " + vector.length);
        }
        double[] nearestPositive = new double[distinctLabels.size()];
        double[] nearestTwin = new double[distinctLabels.size()];
        Arrays.fill(nearestPositive, Double.NEGATIVE_INFINITY);
        Arrays.fill(nearestTwin, Double.NEGATIVE_INFINITY);
        int[] candidates = candidates(vector);
        double[] dots = dots(vector, candidates);
        for (int i = 0; i < candidates.length; i++) {
            int row = candidates[i];
            double[] nearest = positive[row] ? nearestPositive : nearestTwin;
            nearest[labelIndex[row]] = Math.max(nearest[labelIndex[row]], dots[i]);
        }
        // Filled in the order the labels first appear, so the maps (and the order of equal scores) stay as they were.
        Map<String, Double> positives = new HashMap<>();
        for (int label : positiveOrder) {
            positives.put(distinctLabels.get(label), nearestPositive[label]);
        }
        Map<String, Double> twins = new HashMap<>();
        for (int label : twinOrder) {
            twins.put(distinctLabels.get(label), nearestTwin[label]);
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        positives.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return new Scores(ordered, twins);
    }

    /**
     * The rows that can hold their label's (or twin's) nearest score, in row order: every row whose quick float
     * score is within twice the error bound of its group's best quick score. The row with the best exact score is
     * always among them, and every row left out scores strictly less than it, so the maxima are those of every row.
     * Every row when a quick score is not a number.
     */
    private int[] candidates(float[] vector) {
        float[] quick = new float[labels.length];
        double queryLength = 0;
        for (int d = 0; d < dims; d++) {
            float x = vector[d];
            float[] column = columns[d];
            for (int row = 0; row < quick.length; row++) {
                quick[row] += column[row] * x;
            }
            queryLength += (double) x * x;
        }
        // |quick - exact| <= ((dims + 1) u + u + dims 2^-53) |q| |row| (rounded float sums against the double sum
        // of rounded float products, u = 2^-24); doubled for safety, then twice that as the window.
        double slack = 2 * 2 * (dims + 2) * 0x1p-24 * Math.sqrt(queryLength) * longestRow;
        boolean[] kept = new boolean[quick.length];
        int count = 0;
        for (int[] group : rowsByGroup) {
            double best = Double.NEGATIVE_INFINITY;
            for (int row : group) {
                best = Math.max(best, quick[row]);
            }
            if (Double.isNaN(best) || Double.isInfinite(slack) || Double.isNaN(slack)) {
                return java.util.stream.IntStream.range(0, labels.length).toArray();
            }
            for (int row : group) {
                if (quick[row] >= best - slack) {
                    kept[row] = true;
                    count++;
                }
            }
        }
        int[] candidates = new int[count];
        for (int row = 0, i = 0; row < kept.length; row++) {
            if (kept[row]) {
                candidates[i++] = row;
            }
        }
        return candidates;
    }

    /**
     * The exact dot product of {@code vector} with each of {@code rows}: float products summed in a double, dimension
     * by dimension, {@value #BLOCK} rows at a time (the same sums, in the same order, as one row at a time).
     */
    private double[] dots(float[] vector, int[] rows) {
        double[] dots = new double[rows.length];
        int i = 0;
        for (; i + BLOCK <= rows.length; i += BLOCK) {
            int o0 = rows[i] * dims;
            int o1 = rows[i + 1] * dims;
            int o2 = rows[i + 2] * dims;
            int o3 = rows[i + 3] * dims;
            int o4 = rows[i + 4] * dims;
            int o5 = rows[i + 5] * dims;
            int o6 = rows[i + 6] * dims;
            int o7 = rows[i + 7] * dims;
            double d0 = 0;
            double d1 = 0;
            double d2 = 0;
            double d3 = 0;
            double d4 = 0;
            double d5 = 0;
            double d6 = 0;
            double d7 = 0;
            for (int d = 0; d < dims; d++) {
                float x = vector[d];
                d0 += vectors[o0 + d] * x;
                d1 += vectors[o1 + d] * x;
                d2 += vectors[o2 + d] * x;
                d3 += vectors[o3 + d] * x;
                d4 += vectors[o4 + d] * x;
                d5 += vectors[o5 + d] * x;
                d6 += vectors[o6 + d] * x;
                d7 += vectors[o7 + d] * x;
            }
            dots[i] = d0;
            dots[i + 1] = d1;
            dots[i + 2] = d2;
            dots[i + 3] = d3;
            dots[i + 4] = d4;
            dots[i + 5] = d5;
            dots[i + 6] = d6;
            dots[i + 7] = d7;
        }
        for (; i < rows.length; i++) {
            double dot = 0;
            int offset = rows[i] * dims;
            for (int d = 0; d < dims; d++) {
                dot += vectors[offset + d] * vector[d];
            }
            dots[i] = dot;
        }
        return dots;
    }

    /**
     * One message's similarities.
     *
     * @param positive per label, the cosine of its nearest positive row, best label first
     * @param twin     per label, the cosine of its nearest twin row (absent when the label has no twins)
     */
    public record Scores(Map<String, Double> positive, Map<String, Double> twin) {

        public double positive(String label) {
            return positive.getOrDefault(label, -1.0);
        }

        public double twin(String label) {
            return twin.getOrDefault(label, -1.0);
        }

        /**
         * Whether {@code label} is meant: its nearest positive row is at least {@code threshold} similar and beats
         * the label's own nearest twin by at least {@code margin}.
         */
        public boolean detects(String label, Threshold threshold) {
            double score = positive(label);
            return score >= threshold.similarity() && score - twin(label) >= threshold.margin();
        }

        /** The similarity of the nearest positive row of any label. */
        public double top() {
            return positive.values().stream().mapToDouble(Double::doubleValue).max().orElse(-1.0);
        }

        /**
         * Whether {@code label} is meant even against every twin in the bank: its nearest positive row is at least
         * {@code threshold} similar and beats the nearest twin of any label by the margin. Stricter than
         * {@link #detects}: a twin written for one label ("i stopped the moment she said it hurt") also quiets the
         * others it resembles.
         */
        public boolean detectsAgainstAllTwins(String label, Threshold threshold) {
            double score = positive(label);
            double nearestTwin = twin.values().stream().mapToDouble(Double::doubleValue).max().orElse(-1.0);
            return score >= threshold.similarity() && score - nearestTwin >= threshold.margin();
        }

        /**
         * The best label among {@code candidates} when it clears its threshold and leads the next candidate label,
         * and its own twins, by the margin; empty when the nearest meaning is unclear.
         */
        public java.util.Optional<String> best(List<String> candidates, Threshold threshold) {
            String best = null;
            double bestScore = -1;
            double second = -1;
            for (String label : candidates) {
                double score = positive(label);
                if (score > bestScore) {
                    second = bestScore;
                    bestScore = score;
                    best = label;
                } else if (score > second) {
                    second = score;
                }
            }
            if (best == null || bestScore < threshold.similarity()
                    || bestScore - Math.max(second, twin(best)) < threshold.margin()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(best);
        }
    }

    /** A calibrated decision rule: the least similarity to accept and the least lead over the alternative. */
    public record Threshold(double similarity, double margin) {
    }
}
