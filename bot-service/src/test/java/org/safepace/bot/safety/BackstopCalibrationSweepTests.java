package org.safepace.bot.safety;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.safepace.bot.meaning.NearestExamples;
import org.safepace.bot.meaning.TestEmbeddings;
import org.safepace.bot.testing.TsvRows;

/**
 * The sweep behind the backstop's thresholds, on dev only (the backstop's dev split, the rules' dev tables and the
 * conversation evaluation's dev messages expected at ROUTINE or below; never a held-out file): per category, for each similarity and margin, how many of its dev positives the backstop alone
 * raises to it and how many dev negatives it raises. A tool, not a check: it runs only with
 * {@code -Dsafety.calibrate=true}.
 */
class BackstopCalibrationSweepTests {

    private record Positive(String category, NearestExamples.Scores scores) {
    }

    @Test
    void printsCatchAndFalseAlarmsPerThreshold() {
        assumeTrue(Boolean.getBoolean("safety.calibrate"), "run with -Dsafety.calibrate=true");
        NearestExamples bank = new NearestExamples(SemanticBackstop.bank(),
                texts -> TestEmbeddings.embedAll("semantic-backstop", texts));
        List<Positive> positives = new ArrayList<>();
        List<NearestExamples.Scores> negatives = new ArrayList<>();
        for (String[] row : TsvRows.read("/safety/semantic/dev.tsv")) {
            NearestExamples.Scores scores = bank.score(TestEmbeddings.embed(row[0]));
            if (row[1].equals("none")) {
                negatives.add(scores);
            } else {
                positives.add(new Positive(row[1], scores));
            }
        }
        for (SafetyTableTests.Row row : SafetyTableTests.allRows()) {
            NearestExamples.Scores scores = bank.score(TestEmbeddings.embed(row.message()));
            if (!row.positive()) {
                negatives.add(scores);
            }
            row.categories().stream().filter(SemanticBackstop.Category.ids()::contains)
                    .forEach(category -> positives.add(new Positive(category, scores)));
        }
        // The whole-conversation evaluation's dev messages expected at ROUTINE or below: ordinary questions, the
        // population a false alarm actually meets (their held-out split is never read here).
        for (String resource : List.of("/evaluation/dev/questions.tsv", "/evaluation/dev/boundaries.tsv")) {
            for (String[] row : TsvRows.read(resource)) {
                if (row.length > 5 && (row[5].equals("ROUTINE-") || row[5].equals("-"))) {
                    negatives.add(bank.score(TestEmbeddings.embed(row[2])));
                }
            }
        }
        for (SemanticBackstop.Category category : SemanticBackstop.Category.values()) {
            List<Positive> own = positives.stream().filter(p -> p.category().equals(category.id)).toList();
            System.out.printf(Locale.ROOT, "%s: %d dev positives, %d dev negatives (similarity/margin caught alarms)%n",
                    category.id, own.size(), negatives.size());
            StringBuilder line = new StringBuilder();
            for (double similarity = 0.60; similarity < 0.781; similarity += 0.02) {
                for (double margin : new double[] {0.01, 0.02, 0.03, 0.04}) {
                    NearestExamples.Threshold threshold = new NearestExamples.Threshold(similarity, margin);
                    long caught = own.stream().filter(p -> fires(p.scores(), category.id, threshold)).count();
                    long alarms = negatives.stream().filter(s -> fires(s, category.id, threshold)).count();
                    line.append(String.format(Locale.ROOT, "  %.2f/%.2f %d %d", similarity, margin, caught, alarms));
                }
                System.out.println(line);
                line.setLength(0);
            }
        }
    }

    /** The backstop's own rule for one category: nearest (or tied) and ahead of every twin by the margin. */
    private static boolean fires(NearestExamples.Scores scores, String category, NearestExamples.Threshold threshold) {
        return scores.positive(category) >= scores.top() - SemanticBackstop.TIE
                && scores.detectsAgainstAllTwins(category, threshold);
    }
}
