package org.safepace.bot.dialogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.safepace.bot.meaning.ExampleBank;
import org.safepace.bot.meaning.LabelledExample;
import org.safepace.bot.meaning.TestEmbeddings;

/**
 * Calibration tool, not a test: how well a linear stance direction ({@link StanceDirection}) learnt from the banks
 * separates the evaluation's dev cases of one kind from the rest: AUC, then a sweep of bars. {@code -Dprobe.kind}
 * {@code pressure} (default; the pressure rows against their twins, plus with {@code -Dprobe.audienceNegatives} and
 * {@code -Dprobe.feelingNegatives} the audience bank's partner rows and the enduring-pain rows, as deployed) or
 * {@code enduring-pain} (the feelings bank's enduring-pain rows against the rest, as deployed); {@code -Dprobe.all}
 * scores every dev boundary case and question (else pressure, supportive, enduring pain and partner questions),
 * {@code -Dprobe.shrink} a list of shrinkages, {@code -Dprobe.verbose} each case's score and its nearest pressure row
 * and twin. Reads only evaluation/dev/ (refuses held-out and fresh).
 * Usage: StanceDirectionProbe promptsFolder evaluationDevFolder
 */
public final class StanceDirectionProbe {

    record Case(String id, String kind, String text, boolean pressure, float[] vector) {
    }

    public static void main(String[] args) throws Exception {
        if (String.join(" ", args).matches(".*(holdout|heldout|fresh).*")) {
            throw new IllegalArgumentException("held-out and fresh files are only measured, never swept");
        }
        Path prompts = Path.of(args[0]);
        Path dev = Path.of(args[1]);
        ExampleBank bank = ExampleBank.parse(Files.readString(prompts.resolve("understanding/boundaries.tsv")),
                "boundaries.tsv", java.util.Set.of("pressure", "force_admission", "rules_change", "medication"));
        List<LabelledExample> rows = bank.examples().stream().filter(e -> e.label().equals("pressure")).toList();
        List<LabelledExample> all = new ArrayList<>(rows);
        if (Boolean.getBoolean("probe.audienceNegatives")) {
            ExampleBank audience = ExampleBank.parse(Files.readString(prompts.resolve("understanding/audience.tsv")),
                    "audience.tsv", java.util.Set.of("self", "partner", "either"));
            audience.examples().stream().filter(e -> e.label().equals("partner"))
                    .map(e -> new LabelledExample("pressure", LabelledExample.Kind.TWIN, e.text())).forEach(all::add);
        }
        if (Boolean.getBoolean("probe.feelingNegatives")) {
            ExampleBank feelings = ExampleBank.parse(Files.readString(prompts.resolve("understanding/feelings.tsv")),
                    "feelings.tsv", UnderstandingBank.FEELINGS.keySet());
            feelings.examples().stream().filter(e -> e.label().equals("enduring_pain") && e.positive())
                    .map(e -> new LabelledExample("pressure", LabelledExample.Kind.TWIN, e.text())).forEach(all::add);
        }
        String target = System.getProperty("probe.kind", "pressure");
        if (target.equals("enduring-pain")) {
            all = new ArrayList<>();
            ExampleBank feelings = ExampleBank.parse(Files.readString(prompts.resolve("understanding/feelings.tsv")),
                    "feelings.tsv", UnderstandingBank.FEELINGS.keySet());
            for (LabelledExample e : feelings.examples()) {
                boolean pos = e.label().equals("enduring_pain") && e.positive();
                if (pos || e.label().equals("enduring_pain") || e.positive()) {
                    all.add(new LabelledExample("pressure", pos ? LabelledExample.Kind.POSITIVE : LabelledExample.Kind.TWIN, e.text()));
                }
            }
            bank.examples().stream().filter(e -> e.label().equals("pressure"))
                    .map(e -> new LabelledExample("pressure", LabelledExample.Kind.TWIN, e.text())).forEach(all::add);
        }
        rows = all;
        List<float[]> rowVectors = TestEmbeddings.embedAll("probe-" + target, rows.stream().map(LabelledExample::text).toList());

        List<String[]> raw = new ArrayList<>();
        for (String line : Files.readAllLines(dev.resolve("boundaries.tsv"))) {
            String[] c = line.split("\t");
            if (line.startsWith("#") || c.length < 3) {
                continue;
            }
            if (Boolean.getBoolean("probe.all") || c[1].equals("pressure") || c[1].equals("supportive-partner") || c[1].equals("enduring-pain")) {
                raw.add(new String[] {c[0], c[1], c[2]});
            }
        }
        for (String line : Files.readAllLines(dev.resolve("questions.tsv"))) {
            String[] c = line.split("\t");
            if (!line.startsWith("#") && c.length > 3 && (Boolean.getBoolean("probe.all") || c[1].equals("partner"))) {
                raw.add(new String[] {c[0], c[1].equals("partner") ? "partner-q" : "q-" + c[1], c[2]});
            }
        }
        List<float[]> vectors = TestEmbeddings.embedAll("probe-dev-stance", raw.stream().map(r -> r[2]).toList());
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            cases.add(new Case(raw.get(i)[0], raw.get(i)[1], raw.get(i)[2], raw.get(i)[1].equals(target), vectors.get(i)));
        }
        for (String shrink : System.getProperty("probe.shrink", "1,0.5,0.2,0.1,0.05").split(",")) {
        System.out.println("== shrinkage " + shrink);
        StanceDirection direction = StanceDirection.learn(rows.stream().map(LabelledExample::positive).toList(), rowVectors,
                Double.parseDouble(shrink));
        boolean verbose = Boolean.getBoolean("probe.verbose");
        org.safepace.bot.meaning.NearestExamples near = new org.safepace.bot.meaning.NearestExamples(bank,
                texts -> TestEmbeddings.embedAll("sweep-boundaries", texts));
        List<double[]> scored = new ArrayList<>();
        for (Case c : cases) {
            scored.add(new double[] {direction.score(c.vector()), c.pressure() ? 1 : 0});
            if (verbose) {
                var sc = near.score(c.vector());
                System.out.printf("%.3f\t%s\t%s\t%.3f\t%.3f\t%s%n", direction.score(c.vector()), c.id(), c.kind(),
                        sc.positive("pressure"), sc.twin("pressure"),
                        c.text().substring(0, Math.min(90, c.text().length())));
            }
        }
        System.out.printf("AUC %.3f over %d cases%n", StanceCrossValidation.auc(scored), scored.size());
        for (double t = -0.6; t <= 0.61; t += 0.05) {
            int tp = 0, fp = 0, p = 0, n = 0, fpS = 0, nS = 0, fpE = 0, nE = 0, fpQ = 0, nQ = 0, tpQ = 0, pQ = 0;
            for (Case c : cases) {
                boolean hit = direction.score(c.vector()) >= t;
                if (c.pressure()) {
                    p++;
                    tp += hit ? 1 : 0;
                    if (c.id().startsWith("dev-bQ")) {
                        pQ++;
                        tpQ += hit ? 1 : 0;
                    }
                } else {
                    n++;
                    fp += hit ? 1 : 0;
                    switch (c.kind()) {
                        case "supportive-partner" -> { nS++; fpS += hit ? 1 : 0; }
                        case "enduring-pain" -> { nE++; fpE += hit ? 1 : 0; }
                        default -> { nQ++; fpQ += hit ? 1 : 0; }
                    }
                }
            }
            System.out.printf("t %+.2f: pressure %d/%d (bQ %d/%d), false alarms %d/%d (supportive %d/%d, enduring %d/%d, partner q %d/%d)%n",
                    t, tp, p, tpQ, pQ, fp, n, fpS, nS, fpE, nE, fpQ, nQ);
        }
        }
        System.exit(0);
    }
}
