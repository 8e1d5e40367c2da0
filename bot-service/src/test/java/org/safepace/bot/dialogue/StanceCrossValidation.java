package org.safepace.bot.dialogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safepace.bot.meaning.ExampleBank;
import org.safepace.bot.meaning.TestEmbeddings;

/**
 * Calibration tool, not a test: how well what the pressure reading learns from the reviewed banks generalises, by
 * k-fold cross-validation inside the banks (no evaluation file is read). Each fold's pressure rows (positives and
 * twins) and audience partner rows are taken out of the banks, the whole understanding is built from the rest (nearest
 * examples, the stance direction, the same patterns), and the rows taken out are read: a pressure positive must be a
 * consent boundary, a twin or a partner row must not. Also the direction alone (AUC, accuracy at 0, recall and false
 * alarms at the deployed bars), learnt on the other folds. The patterns were written with these rows in view, so the
 * whole-reader figure is optimistic for them; the direction and the nearest examples are honestly held out.
 * Usage: StanceCrossValidation promptsFolder [folds]
 */
public final class StanceCrossValidation {

    record Row(String file, String line, String label, boolean positive, String text, int fold) {
    }

    public static void main(String[] args) throws Exception {
        Path prompts = Path.of(args[0]);
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<String, String> files = new HashMap<>();
        for (String f : List.of("acts", "boundaries", "feelings", "audience")) {
            files.put("understanding/" + f + ".tsv", Files.readString(prompts.resolve("understanding/" + f + ".tsv")));
        }
        files.put(UnderstandingBank.FEELING_TOPICS_FILE, Files.readString(prompts.resolve(UnderstandingBank.FEELING_TOPICS_FILE)));
        // Every bank text embedded once; each fold's bank reads its vectors from here.
        Map<String, float[]> vectors = new HashMap<>();
        for (var e : files.entrySet()) {
            List<String> texts = new ArrayList<>();
            for (String line : e.getValue().split("\\R")) {
                String[] c = line.split("\t");
                if (!line.isBlank() && !line.startsWith("#") && c.length >= 2) {
                    texts.add(c[c.length - 1].strip());
                }
            }
            String name = "cv-" + e.getKey().replaceAll("[^a-z0-9]+", "-");
            List<float[]> v = TestEmbeddings.embedAll(name, texts);
            for (int i = 0; i < texts.size(); i++) {
                vectors.put(texts.get(i), v.get(i));
            }
        }
        java.util.function.BiFunction<String, List<String>, List<float[]>> lookup = (name, texts) -> texts.stream()
                .map(t -> vectors.computeIfAbsent(t.strip(), TestEmbeddings::embed)).toList();

        // The rows held out in turn: pressure rows of the boundaries bank, partner rows of the audience bank,
        // stratified by label and kind in file order (deterministic).
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> counters = new HashMap<>();
        for (String file : List.of("understanding/boundaries.tsv", "understanding/audience.tsv")) {
            for (String line : files.get(file).split("\\R")) {
                String[] c = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || c.length < 3) {
                    continue;
                }
                boolean pressure = file.contains("boundaries") && c[0].equals("pressure");
                boolean partner = file.contains("audience") && c[0].equals("partner");
                if (!pressure && !partner) {
                    continue;
                }
                // A partner row the patterns read as pressure is no twin: neither a false alarm nor a miss.
                String normalised = MessageUnderstanding.normalise(c[2]);
                if (partner && !Boolean.getBoolean("cv.keepPressingPartnerRows")
                        && (new IntentClassifier().classify(normalised) == Intent.CONSENT_BOUNDARY
                        || new StanceReader().stance(normalised) == StanceReader.Stance.PRESSING)) {
                    System.out.println("partner row left out (the patterns read pressure): " + c[2]);
                    continue;
                }
                boolean positive = pressure && c[1].equals("positive");
                String stratum = file + (positive ? "+" : "-");
                int n = counters.merge(stratum, 1, Integer::sum);
                rows.add(new Row(file, line, c[0], positive, c[2].strip(), n % folds));
            }
        }
        int tp = 0, p = 0, fpTwin = 0, nTwin = 0, fpPartner = 0, nPartner = 0;
        List<double[]> scored = new ArrayList<>();
        int dirHitPos = 0, dirHitNeg = 0, dirVetoPos = 0, dirVetoNeg = 0, dirAcc = 0;
        boolean verbose = Boolean.getBoolean("cv.verbose");
        // For the sweep of the direction's bars: rows only the direction could raise (no pattern, stance or nearest
        // row decides them, a partner named), with their lean and nearness; the others keep the reader's verdict.
        List<double[]> sweep = new ArrayList<>();
        IntentClassifier sharp = new IntentClassifier();
        StanceReader stances = new StanceReader();
        for (int k = 0; k < folds; k++) {
            int fold = k;
            java.util.Set<String> out = new java.util.HashSet<>();
            rows.stream().filter(r -> r.fold() == fold).forEach(r -> out.add(r.file() + "\u0000" + r.line()));
            UnderstandingBank bank = new UnderstandingBank(location -> {
                if (location.equals(PressureModel.FILE)) { // weights, not rows: read as shipped
                    return ExampleBank.classpathText("prompts/" + location);
                }
                String text = files.get(location);
                if (text == null) {
                    throw new IllegalArgumentException(location);
                }
                StringBuilder kept = new StringBuilder();
                for (String line : text.split("\\R")) {
                    if (!out.contains(location + "\u0000" + line)) {
                        kept.append(line).append('\n');
                    }
                }
                return kept.toString();
            }, lookup);
            MessageUnderstanding understanding = new MessageUnderstanding(bank);
            for (Row r : rows) {
                if (r.fold() != fold) {
                    continue;
                }
                float[] v = vectors.get(r.text());
                Understanding u = understanding.understand(r.text(), v, new Session("s1234567890123456"), AudienceHint.UNKNOWN);
                boolean raised = u.intent() == Intent.CONSENT_BOUNDARY;
                UnderstandingBank.Meaning m = bank.read(v, r.text().split(" ").length);
                double lean = m.pressureLean();
                boolean isPos = r.positive();
                boolean isPartnerRow = r.file().contains("audience");
                scored.add(new double[] {lean, isPos ? 1 : 0});
                String norm = MessageUnderstanding.normalise(r.text());
                boolean eligible = sharp.classify(norm) == Intent.QUESTION && stances.stance(norm) == StanceReader.Stance.NEITHER
                        && m.boundary().isEmpty() && stances.namesThePartner(norm);
                sweep.add(new double[] {isPos ? 1 : 0, isPartnerRow ? 1 : 0, eligible ? 1 : 0, raised ? 1 : 0, lean, m.pressureNear()});
                dirAcc += (lean >= 0) == isPos ? 1 : 0;
                if (isPos) {
                    p++;
                    tp += raised ? 1 : 0;
                    dirHitPos += m.leansPressing() ? 1 : 0;
                    dirVetoPos += m.leansSupportive() ? 1 : 0;
                } else {
                    dirHitNeg += m.leansPressing() ? 1 : 0;
                    dirVetoNeg += m.leansSupportive() ? 1 : 0;
                    if (isPartnerRow) {
                        nPartner++;
                        fpPartner += raised ? 1 : 0;
                    } else {
                        nTwin++;
                        fpTwin += raised ? 1 : 0;
                    }
                }
                if (verbose && (raised != isPos)) {
                    System.out.printf("MISS fold %d %s %s lean %.2f near %.2f -> %s: %s%n", fold, isPos ? "pos" : isPartnerRow ? "partner" : "twin",
                            r.label(), lean, m.pressureNear(), u.intent(), r.text());
                }
            }
        }
        int n = nTwin + nPartner;
        System.out.printf("%d-fold CV, whole reader: pressure caught %d/%d, twins raised %d/%d, partner rows raised %d/%d,"
                + " accuracy %.3f (balanced %.3f)%n", folds, tp, p, fpTwin, nTwin, fpPartner, nPartner,
                (tp + n - fpTwin - fpPartner) / (double) (p + n),
                (tp / (double) p + (n - fpTwin - fpPartner) / (double) n) / 2);
        System.out.printf("%d-fold CV, direction alone: AUC %.3f, accuracy at 0 %.3f; at the raising bar positives %d/%d,"
                + " negatives %d/%d; at the veto bar positives %d/%d, negatives %d/%d%n", folds, auc(scored),
                dirAcc / (double) (p + n), dirHitPos, p, dirHitNeg, n, dirVetoPos, p, dirVetoNeg, n);
        // The direction alone at other shrinkages, learnt as deployed (pressure rows against twins, partner rows and
        // the enduring-pain positives) on the other folds.
        List<String> enduring = new ArrayList<>();
        for (String line : files.get("understanding/feelings.tsv").split("\\R")) {
            String[] c = line.split("\t");
            if (!line.startsWith("#") && c.length >= 3 && c[0].equals("enduring_pain") && c[1].equals("positive")) {
                enduring.add(c[2].strip());
            }
        }
        for (double shrink : new double[] {1, 0.5, 0.2, 0.1, 0.05, 0.02}) {
            List<double[]> s = new ArrayList<>();
            for (int k = 0; k < folds; k++) {
                List<Boolean> labels = new ArrayList<>();
                List<float[]> train = new ArrayList<>();
                for (Row r : rows) {
                    if (r.fold() != k) {
                        labels.add(r.positive());
                        train.add(vectors.get(r.text()));
                    }
                }
                enduring.forEach(t -> { labels.add(false); train.add(vectors.get(t)); });
                StanceDirection d = StanceDirection.learn(labels, train, shrink);
                for (Row r : rows) {
                    if (r.fold() == k) {
                        s.add(new double[] {d.score(vectors.get(r.text())), r.positive() ? 1 : 0});
                    }
                }
            }
            long acc = s.stream().filter(x -> (x[0] >= 0) == (x[1] == 1)).count();
            System.out.printf("direction alone, shrinkage %.2f: AUC %.3f, accuracy at 0 %.3f%n", shrink, auc(s), acc / (double) s.size());
        }
        for (double bar : new double[] {0.3, 0.5, 0.7, 0.9, 1.1, 1.2, 1.3}) {
            for (double nearBar : new double[] {0.64, 0.68, 0.72}) {
                int sp = 0, sn = 0;
                for (double[] x : sweep) {
                    boolean hit = x[2] == 1 ? x[4] >= bar && x[5] >= nearBar : x[3] == 1;
                    if (x[0] == 1) {
                        sp += hit ? 1 : 0;
                    } else {
                        sn += hit ? 1 : 0;
                    }
                }
                System.out.printf("bar %.1f near %.2f: pressure caught %d/%d, others raised %d/%d, balanced %.3f%n", bar, nearBar,
                        sp, p, sn, n, (sp / (double) p + (n - sn) / (double) n) / 2);
            }
        }
        System.exit(0);
    }

    /** Rank AUC of {score, label} pairs (label 1 or 0); ties count half. Shared with {@link StanceDirectionProbe}. */
    static double auc(List<double[]> scored) {
        long pairs = 0;
        double wins = 0;
        for (double[] a : scored) {
            for (double[] b : scored) {
                if (a[1] == 1 && b[1] == 0) {
                    pairs++;
                    wins += a[0] > b[0] ? 1 : a[0] == b[0] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}
