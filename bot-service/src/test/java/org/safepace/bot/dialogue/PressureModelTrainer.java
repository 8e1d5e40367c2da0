package org.safepace.bot.dialogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safepace.bot.meaning.ExampleBank;
import org.safepace.bot.meaning.TestEmbeddings;

/**
 * Trainer, not a test: rewrites prompts/understanding/pressure-model.tsv ({@link PressureModel}). Rows: the pressure
 * rows of boundaries.tsv (positives 1, twins 0), the audience bank's partner rows the patterns do not read as
 * pressure and the enduring-pain positives (0), and, so that what must stay quiet is in the training and the
 * cross-validation, the evaluation's dev partner questions (questions.tsv kind {@code partner}) and dev
 * supportive-partner boundary cases (0; except {@code dev-bP5*}, kept out as a check). Features: the query vector and
 * {@link StanceReader#cues}. L2-regularised logistic regression by Newton's method; the penalty chosen by 5-fold CV
 * AUC. The bar, from the same folds' out-of-fold probabilities: the supportive and ordinary partner messages given a
 * consent boundary with the model (where {@link MessageUnderstanding#pressureModelConsulted} lets it speak) must not
 * outnumber those given one today without it; among such bars the lowest (the most pressure recall).
 * Reads only evaluation/dev/ (refuses held-out and fresh).
 * Usage: PressureModelTrainer promptsFolder evaluationDevFolder [outputFile]
 */
public final class PressureModelTrainer {

    record Row(String source, String id, String text, boolean pressure, boolean quietKind) {
    }

    private static final double[] PENALTIES = {1, 3, 10, 30, 100};

    /**
     * Dev cases kept out of the training as checks: {@code dev-bP5*}, and half B of the tone9 cases
     * ({@code dev-btone926}..{@code 950}), never tuned on.
     */
    static final java.util.regex.Pattern LEFT_OUT = java.util.regex.Pattern.compile("dev-bP5.*|dev-btone9(?:2[6-9]|[34][0-9]|50)");
    private static final int FOLDS = 5;

    public static void main(String[] args) throws Exception {
        if (String.join(" ", args).matches(".*(holdout|heldout|fresh).*")) {
            throw new IllegalArgumentException("held-out and fresh files are only measured, never trained on");
        }
        Path prompts = Path.of(args[0]);
        Path dev = Path.of(args[1]);
        Path out = args.length > 2 ? Path.of(args[2]) : prompts.resolve(PressureModel.FILE);

        List<Row> rows = new ArrayList<>();
        IntentClassifier sharp = new IntentClassifier();
        StanceReader stances = new StanceReader();
        ExampleBank boundaries = ExampleBank.parse(Files.readString(prompts.resolve("understanding/boundaries.tsv")),
                "boundaries.tsv", java.util.Set.of("pressure", "force_admission", "rules_change", "medication"));
        boundaries.examples().stream().filter(e -> e.label().equals("pressure")).forEach(e -> rows.add(
                new Row(e.positive() ? "bank-pressure" : "bank-twin", "-", e.text(), e.positive(), !e.positive())));
        ExampleBank audience = ExampleBank.parse(Files.readString(prompts.resolve("understanding/audience.tsv")),
                "audience.tsv", AudienceReader.LABELS.keySet());
        for (var e : audience.examples()) {
            String n = MessageUnderstanding.normalise(e.text());
            if (e.label().equals("partner") && sharp.classify(n) != Intent.CONSENT_BOUNDARY
                    && stances.stance(n) != StanceReader.Stance.PRESSING) {
                rows.add(new Row("bank-partner", "-", e.text(), false, true));
            }
        }
        ExampleBank feelings = ExampleBank.parse(Files.readString(prompts.resolve("understanding/feelings.tsv")),
                "feelings.tsv", UnderstandingBank.FEELINGS.keySet());
        feelings.examples().stream().filter(e -> e.label().equals("enduring_pain") && e.positive())
                .forEach(e -> rows.add(new Row("bank-enduring", "-", e.text(), false, false)));
        for (String line : Files.readAllLines(dev.resolve("questions.tsv"))) {
            String[] c = line.split("\t");
            if (!line.startsWith("#") && c.length > 3 && c[1].equals("partner")) {
                rows.add(new Row("dev-partner-q", c[0], c[2], false, true));
            }
        }
        for (String line : Files.readAllLines(dev.resolve("boundaries.tsv"))) {
            String[] c = line.split("\t");
            if (!line.startsWith("#") && c.length > 3 && c[1].equals("supportive-partner") && !LEFT_OUT.matcher(c[0]).matches()) {
                rows.add(new Row("dev-supportive", c[0], c[2], false, true));
            }
            // The dev pressure cases too (unless -Dtrainer.devPositives=false): the pushes today's reading misses are
            // said the way people write, as the quiet dev rows are; the bank's positives alone are shorter and plainer.
            if (!line.startsWith("#") && c.length > 3 && c[1].equals("pressure") && !LEFT_OUT.matcher(c[0]).matches()
                    && !"false".equals(System.getProperty("trainer.devPositives"))) {
                rows.add(new Row("dev-pressure", c[0], c[2], true, false));
            }
        }
        List<float[]> vectors = TestEmbeddings.embedAll("pressure-model-rows", rows.stream().map(Row::text).toList());
        int dims = vectors.get(0).length;
        int cues = StanceReader.CUES.size();
        double scale = Math.sqrt(dims); // a unit vector's components to about unit spread, like the 0/1 cues
        double[][] x = new double[rows.size()][];
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = features(vectors.get(i), stances.cues(MessageUnderstanding.normalise(rows.get(i).text())), scale);
            y[i] = rows.get(i).pressure() ? 1 : 0;
        }
        // Folds stratified by source, in file order (deterministic).
        int[] fold = new int[rows.size()];
        Map<String, Integer> counters = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            fold[i] = counters.merge(rows.get(i).source() + rows.get(i).pressure(), 1, Integer::sum) % FOLDS;
        }

        // Today's reading (no model) and where the model may speak.
        UnderstandingBank bank = UnderstandingBank.fromClasspath(TestEmbeddings::embedAll);
        MessageUnderstanding today = new MessageUnderstanding(bank, Optional.empty());
        boolean[] raisedToday = new boolean[rows.size()];
        boolean[] consulted = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String n = MessageUnderstanding.normalise(rows.get(i).text());
            raisedToday[i] = today.understand(rows.get(i).text(), vectors.get(i), new Session("s1234567890123456"),
                    AudienceHint.UNKNOWN).intent() == Intent.CONSENT_BOUNDARY;
            consulted[i] = today.pressureModelConsulted(n, vectors.get(i));
        }

        double bestAuc = -1;
        int bestRecall = -1;
        double penalty = PENALTIES[0];
        double[] bestOof = null;
        List<String> header = new ArrayList<>();
        for (double lambda : PENALTIES) {
            double[] oof = outOfFold(x, y, fold, lambda);
            double auc = auc(oof, y);
            double bal = balancedAccuracy(oof, y, 0.5);
            double bar = bar(rows, oof, raisedToday, consulted);
            int recallAtBar = 0;
            for (int i = 0; i < rows.size(); i++) {
                recallAtBar += rows.get(i).pressure() && oof[i] >= bar ? 1 : 0;
            }
            String line = String.format(Locale.ROOT, "penalty %s: CV AUC %.3f, balanced accuracy at 0.5 %.3f; bar %.3f, pressure over it %d",
                    lambda, auc, bal, bar, recallAtBar);
            System.out.println(line);
            header.add("  " + line);
            // The penalty by AUC (the pressure over each one's bar differs by noise: 106-109 of 234 for 1 to 10).
            if (bar < 1 && auc > bestAuc) {
                bestRecall = recallAtBar;
                bestAuc = auc;
                penalty = lambda;
                bestOof = oof;
            }
        }
        // The bar: supportive and ordinary partner messages raised with the model at most as many as today.
        int quiet = 0;
        int quietToday = 0;
        int positives = 0;
        int consultedPositives = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).quietKind()) {
                quiet++;
                quietToday += raisedToday[i] ? 1 : 0;
            }
            if (rows.get(i).pressure()) {
                positives++;
                consultedPositives += consulted[i] ? 1 : 0;
            }
        }
        double highestQuiet = highestQuiet(rows, bestOof, raisedToday, consulted);
        double threshold = bar(rows, bestOof, raisedToday, consulted);
        int recall = 0;
        int added = 0;
        int newFalse = 0;
        for (int i = 0; i < rows.size(); i++) {
            boolean hit = bestOof[i] >= threshold;
            if (rows.get(i).pressure()) {
                recall += hit ? 1 : 0;
                added += hit && consulted[i] ? 1 : 0;
            } else if (rows.get(i).quietKind() && !raisedToday[i] && consulted[i] && hit) {
                newFalse++;
            }
        }
        // For the log: what each bar would add and raise wrongly, out of fold, where the model is consulted.
        for (int b = 50; b <= 99; b += 3) {
            int gained = 0;
            int wrong = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (!raisedToday[i] && consulted[i] && bestOof[i] >= b / 100.0) {
                    gained += rows.get(i).pressure() ? 1 : 0;
                    wrong += rows.get(i).quietKind() ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "bar %.2f: pressure added %d, quiet raised %d (out of fold)%n", b / 100.0, gained, wrong);
        }
        double[] w = fit(x, y, penalty);
        double[] vectorWeights = new double[dims];
        for (int d = 0; d < dims; d++) {
            vectorWeights[d] = w[1 + d] * scale;
        }
        double[] cueWeights = new double[cues];
        System.arraycopy(w, 1 + dims, cueWeights, 0, cues);
        PressureModel model = new PressureModel(w[0], vectorWeights, cueWeights, threshold);

        Map<String, Integer> bySource = new java.util.TreeMap<>();
        for (Row r : rows) {
            bySource.merge(r.source(), 1, Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        lines.add("Pressure model (PressureModel): logistic regression on the turn's query vector (" + dims
                + " dims, scaled by sqrt(dims) in training) and the " + cues + " stance cues of StanceReader.cues.");
        lines.add("Written by PressureModelTrainer (bot-service test scope); do not edit by hand, retrain:");
        lines.add("  java -cp bot-service/target/test-classes:bot-service/target/classes:$(cat bot-service/target/test-classpath.txt) \\");
        lines.add("    org.safepace.bot.dialogue.PressureModelTrainer prompts bot-service/src/test/resources/evaluation/dev");
        lines.add("Rows " + rows.size() + ": " + bySource + " (pressure 1: the bank's pressure positives; all else 0; dev-bP5* and dev-btone926-950 left out).");
        lines.add("Dev rows are partner questions (questions.tsv kind partner) and supportive-partner boundary cases: what must stay quiet.");
        lines.add(String.format(Locale.ROOT, "L2 penalty by %d-fold CV (folds stratified by source, file order): by AUC (each one's bar and the pressure over it shown):", FOLDS));
        lines.addAll(header);
        lines.add(String.format(Locale.ROOT, "Chosen penalty %s (CV AUC %.3f).", penalty, bestAuc));
        lines.add(String.format(Locale.ROOT, "Bar: supportive/ordinary partner messages (%d: bank twins, bank partner rows, dev partner questions,"
                + " dev supportive) given a consent boundary today: %d; with the model (out-of-fold, where consulted) at most as many.", quiet, quietToday));
        lines.add(String.format(Locale.ROOT, "Highest out-of-fold probability of a quiet message today's reading leaves quiet and the model is consulted on: %.4f;"
                + " threshold %.3f (the lowest bar in thousandths above it; never under 0.5).", highestQuiet, threshold));
        lines.add(String.format(Locale.ROOT, "At the threshold, out of fold: new false alarms %d; pressure positives over the bar %d/%d (model alone),"
                + " %d of the %d the model is consulted on.", newFalse, recall, positives, added, consultedPositives));
        String text = model.format(lines);
        Files.writeString(out, text);
        System.out.println(String.join("\n", lines));
        System.out.println("written " + out);

        // For the log only: the written model on the dev pressure and supportive cases (not trained on as positives).
        PressureModel written = PressureModel.parse(text, out.toString());
        int devPressure = 0;
        int devToday = 0;
        int devModel = 0;
        List<String> devIds = new ArrayList<>();
        List<String> devTexts = new ArrayList<>();
        List<String> devKinds = new ArrayList<>();
        for (String line : Files.readAllLines(dev.resolve("boundaries.tsv"))) {
            String[] c = line.split("\t");
            if (!line.startsWith("#") && c.length > 3 && (c[1].equals("pressure") || c[1].equals("supportive-partner"))) {
                devIds.add(c[0]);
                devKinds.add(c[1]);
                devTexts.add(c[2]);
            }
        }
        List<float[]> devVectors = TestEmbeddings.embedAll("pressure-model-dev", devTexts);
        for (int i = 0; i < devTexts.size(); i++) {
            String n = MessageUnderstanding.normalise(devTexts.get(i));
            boolean t = today.understand(devTexts.get(i), devVectors.get(i), new Session("s1234567890123456"),
                    AudienceHint.UNKNOWN).intent() == Intent.CONSENT_BOUNDARY;
            boolean c = today.pressureModelConsulted(n, devVectors.get(i));
            double p = written.probability(devVectors.get(i), stances.cues(n));
            boolean m = t || c && p >= threshold;
            if (devKinds.get(i).equals("pressure")) {
                devPressure++;
                devToday += t ? 1 : 0;
                devModel += m ? 1 : 0;
            }
            if (m != t || Boolean.getBoolean("trainer.verbose") && c) {
                System.out.printf(Locale.ROOT, "%s %s %s p=%.3f consulted=%s %s%n", m != t ? "ADDED" : "     ",
                        devIds.get(i), devKinds.get(i), p, c, devTexts.get(i));
            }
        }
        System.out.printf("dev pressure raised: today %d/%d, with the model %d/%d%n", devToday, devPressure, devModel, devPressure);
        System.exit(0);
    }

    /** The highest out-of-fold probability of a quiet message today leaves quiet and the model is consulted on. */
    private static double highestQuiet(List<Row> rows, double[] oof, boolean[] raisedToday, boolean[] consulted) {
        double highest = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).quietKind() && !raisedToday[i] && consulted[i]) {
                highest = Math.max(highest, oof[i]);
            }
        }
        return highest;
    }

    /**
     * The lowest bar (in thousandths, at least 0.5) that raises no quiet message today's reading leaves quiet; 1 (never)
     * when even 0.999 would.
     */
    private static double bar(List<Row> rows, double[] oof, boolean[] raisedToday, boolean[] consulted) {
        double bar = Math.max(0.5, Math.floor(highestQuiet(rows, oof, raisedToday, consulted) * 1000 + 1) / 1000);
        return bar > 0.999 ? 1 : bar;
    }

    static double[] features(float[] vector, double[] cues, double scale) {
        double[] f = new double[1 + vector.length + cues.length];
        f[0] = 1;
        for (int d = 0; d < vector.length; d++) {
            f[1 + d] = vector[d] * scale;
        }
        System.arraycopy(cues, 0, f, 1 + vector.length, cues.length);
        return f;
    }

    private static double[] outOfFold(double[][] x, double[] y, int[] fold, double lambda) {
        double[] oof = new double[y.length];
        for (int k = 0; k < FOLDS; k++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (fold[i] != k) {
                    train.add(i);
                }
            }
            double[][] xt = new double[train.size()][];
            double[] yt = new double[train.size()];
            for (int j = 0; j < train.size(); j++) {
                xt[j] = x[train.get(j)];
                yt[j] = y[train.get(j)];
            }
            double[] w = fit(xt, yt, lambda);
            for (int i = 0; i < y.length; i++) {
                if (fold[i] == k) {
                    oof[i] = sigmoid(dot(w, x[i]));
                }
            }
        }
        return oof;
    }

    /** Newton's method on the L2-penalised, class-balanced log loss (the intercept unpenalised). */
    static double[] fit(double[][] x, double[] y, double lambda) {
        int n = x.length;
        int p = x[0].length;
        double pos = 0;
        for (double v : y) {
            pos += v;
        }
        double wPos = n / (2 * pos);
        double wNeg = n / (2 * (n - pos));
        double[] w = new double[p];
        for (int iter = 0; iter < 25; iter++) {
            double[] grad = new double[p];
            double[][] h = new double[p][p];
            for (int i = 0; i < n; i++) {
                double q = sigmoid(dot(w, x[i]));
                double c = y[i] > 0 ? wPos : wNeg;
                double g = c * (q - y[i]);
                double s = c * q * (1 - q);
                double[] xi = x[i];
                for (int a = 0; a < p; a++) {
                    if (xi[a] == 0) {
                        continue;
                    }
                    grad[a] += g * xi[a];
                    double sa = s * xi[a];
                    for (int b = 0; b <= a; b++) {
                        h[a][b] += sa * xi[b];
                    }
                }
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < a; b++) {
                    h[b][a] = h[a][b];
                }
                if (a > 0) {
                    grad[a] += lambda * w[a];
                    h[a][a] += lambda;
                } else {
                    h[a][a] += 1e-6;
                }
            }
            double[] step = StanceDirection.solve(h, grad); // h is rebuilt each step
            double size = 0;
            for (int a = 0; a < p; a++) {
                w[a] -= step[a];
                size = Math.max(size, Math.abs(step[a]));
            }
            if (size < 1e-6) {
                break;
            }
        }
        return w;
    }

    static double auc(double[] score, double[] y) {
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            scored.add(new double[] {score[i], y[i]});
        }
        return StanceCrossValidation.auc(scored);
    }

    private static double balancedAccuracy(double[] score, double[] y, double bar) {
        int tp = 0, p = 0, tn = 0, n = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] > 0) {
                p++;
                tp += score[i] >= bar ? 1 : 0;
            } else {
                n++;
                tn += score[i] < bar ? 1 : 0;
            }
        }
        return (tp / (double) p + tn / (double) n) / 2;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
