package org.safepace.bot.dialogue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.safepace.bot.meaning.TestEmbeddings;

/**
 * Calibration tool, not a test: for the evaluation's dev pressure, supportive-partner and partner-question cases,
 * which part of understanding raised or missed the consent boundary (the sharp patterns, the stance reader, meaning's
 * nearest rows, the direction). Reads only evaluation/dev/ (refuses held-out and fresh).
 * Usage: StanceTraceProbe evaluationDevFolder [idPrefix]
 */
public final class StanceTraceProbe {

    public static void main(String[] args) throws Exception {
        if (String.join(" ", args).matches(".*(holdout|heldout|fresh).*")) {
            throw new IllegalArgumentException("held-out and fresh files are only measured, never traced");
        }
        Path dev = Path.of(args[0]);
        String prefix = args.length > 1 ? args[1] : "";
        UnderstandingBank bank = UnderstandingBank.fromClasspath(TestEmbeddings::embedAll);
        MessageUnderstanding understanding = new MessageUnderstanding(bank);
        IntentClassifier sharp = new IntentClassifier();
        StanceReader stances = new StanceReader();
        for (String file : new String[] {"boundaries.tsv", "questions.tsv"}) {
            for (String line : Files.readAllLines(dev.resolve(file))) {
                String[] c = line.split("\t");
                if (line.startsWith("#") || c.length < 4 || !c[0].startsWith(prefix)) {
                    continue;
                }
                String kind = file.equals("questions.tsv") ? (c[1].equals("partner") ? "partner-q" : null) : c[1];
                if (kind == null || !(kind.equals("pressure") || kind.equals("supportive-partner") || kind.equals("partner-q"))) {
                    continue;
                }
                float[] v = TestEmbeddings.embed(c[2]);
                String norm = MessageUnderstanding.normalise(c[2]);
                Understanding u = understanding.understand(c[2], v, new Session("s1234567890123456"), AudienceHint.UNKNOWN);
                UnderstandingBank.Meaning m = bank.read(v, norm.split(" ").length, sharp.asksSomething(norm));
                boolean wantBoundary = kind.equals("pressure");
                boolean raised = u.intent() == Intent.CONSENT_BOUNDARY;
                System.out.printf("%s\t%s\t%s\tgot=%s\tsharp=%s\tstance=%s\tmeaning=%s\tlean=%.2f\tnear=%.2f\t%s%n",
                        raised == wantBoundary ? "ok  " : "MISS", c[0], kind, u.intent(), sharp.classify(norm),
                        stances.stance(norm), m.boundary().map(Enum::name).orElse("-"), m.pressureLean(), m.pressureNear(),
                        c[2].substring(0, Math.min(110, c[2].length())));
            }
        }
        System.exit(0);
    }
}
