package org.safepace.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A partner pushing, read by a logistic model on the turn's own query vector and the structure cues of
 * {@link StanceReader#cues}: p = 1 / (1 + e^-(bias + w . vector + c . cues)). Its weights and its bar are a reviewed
 * data file (prompts/understanding/pressure-model.tsv, rewritten only by the test-scoped {@code PressureModelTrainer},
 * whose header says how it was trained and what cross-validation measured). It can only add a consent boundary that
 * neither the patterns, the stance reader nor the banks raised; it never lowers one.
 */
final class PressureModel {

    static final String FILE = "understanding/pressure-model.tsv";

    private final double bias;
    private final double[] vectorWeights;
    private final double[] cueWeights;
    private final double threshold;

    PressureModel(double bias, double[] vectorWeights, double[] cueWeights, double threshold) {
        if (cueWeights.length != StanceReader.CUES.size()) {
            throw new IllegalArgumentException("the pressure model needs " + StanceReader.CUES.size() + " cue weights, not "
                    + cueWeights.length);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("the pressure model's threshold must lie between 0 and 1: " + threshold);
        }
        this.bias = bias;
        this.vectorWeights = vectorWeights.clone();
        this.cueWeights = cueWeights.clone();
        this.threshold = threshold;
    }

    /**
     * Reads the model file: {@code threshold}, {@code bias}, one {@code cue<TAB>name<TAB>weight} line per cue in the
     * order of {@link StanceReader#CUES}, and one {@code vector<TAB>w1 w2 ...} line; {@code #} lines are comments.
     */
    static PressureModel parse(String content, String source) {
        Double bias = null;
        Double threshold = null;
        double[] vector = null;
        List<String> cueNames = new ArrayList<>();
        List<Double> cueWeights = new ArrayList<>();
        String[] lines = content.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            try {
                switch (c[0]) {
                    case "threshold" -> threshold = Double.parseDouble(c[1]);
                    case "bias" -> bias = Double.parseDouble(c[1]);
                    case "cue" -> {
                        cueNames.add(c[1]);
                        cueWeights.add(Double.parseDouble(c[2]));
                    }
                    case "vector" -> {
                        String[] w = c[1].trim().split(" ");
                        vector = new double[w.length];
                        for (int d = 0; d < w.length; d++) {
                            vector[d] = Double.parseDouble(w[d]);
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown key '" + c[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (bias == null || threshold == null || vector == null) {
            throw new IllegalArgumentException(source + ": needs a threshold, a bias and a vector line");
        }
        if (!cueNames.equals(StanceReader.CUES)) {
            throw new IllegalArgumentException(source + ": cues " + cueNames + " are not the stance reader's "
                    + StanceReader.CUES + " (retrain with PressureModelTrainer)");
        }
        return new PressureModel(bias, vector, cueWeights.stream().mapToDouble(Double::doubleValue).toArray(), threshold);
    }

    /** The model's probability that the message presses a partner. */
    double probability(float[] vector, double[] cues) {
        if (vector.length != vectorWeights.length) {
            throw new IllegalArgumentException("the pressure model was trained on vectors of " + vectorWeights.length
                    + " dimensions, not " + vector.length + " (retrain with PressureModelTrainer)");
        }
        double z = bias;
        for (int d = 0; d < vectorWeights.length; d++) {
            z += vectorWeights[d] * vector[d];
        }
        for (int i = 0; i < cueWeights.length; i++) {
            z += cueWeights[i] * cues[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** At or over the file's bar. */
    boolean presses(float[] vector, double[] cues) {
        return probability(vector, cues) >= threshold;
    }

    double threshold() {
        return threshold;
    }

    /** The file's text for these weights, under the given header lines (each written as a comment). */
    String format(List<String> header) {
        StringBuilder out = new StringBuilder();
        header.forEach(h -> out.append("# ").append(h).append('\n'));
        out.append("threshold\t").append(String.format(Locale.ROOT, "%.4f", threshold)).append('\n');
        out.append("bias\t").append(String.format(Locale.ROOT, "%.6f", bias)).append('\n');
        for (int i = 0; i < cueWeights.length; i++) {
            out.append("cue\t").append(StanceReader.CUES.get(i)).append('\t')
                    .append(String.format(Locale.ROOT, "%.6f", cueWeights[i])).append('\n');
        }
        out.append("vector\t");
        for (int d = 0; d < vectorWeights.length; d++) {
            out.append(d == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.6f", vectorWeights[d]));
        }
        return out.append('\n').toString();
    }
}
