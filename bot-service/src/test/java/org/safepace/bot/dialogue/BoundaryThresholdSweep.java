package org.safepace.bot.dialogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safepace.bot.meaning.ExampleBank;
import org.safepace.bot.meaning.NearestExamples;
import org.safepace.bot.meaning.NearestExamples.Threshold;
import org.safepace.bot.meaning.TestEmbeddings;

/**
 * Calibration tool, not a test: boundary accuracy of the boundaries bank on the understanding dev split over a range
 * of thresholds and margins, as {@link UnderstandingBank#read} decides (tiers in order, nearest within a tier); the
 * sharp patterns are left out, so the figure is what meaning alone hears. A boundary message read as none is a miss,
 * anything else read as a boundary a false alarm. Refuses held-out files.
 * Usage: BoundaryThresholdSweep promptsFolder dev.tsv
 */
public final class BoundaryThresholdSweep {

    public static void main(String[] args) throws Exception {
        if (args[1].contains("holdout") || args[1].contains("heldout")) {
            throw new IllegalArgumentException("held-out files are only measured, never swept");
        }
        Path prompts = Path.of(args[0]);
        Set<String> labels = Set.of("pressure", "force_admission", "rules_change", "medication");
        ExampleBank bank = ExampleBank.parse(Files.readString(prompts.resolve("understanding/boundaries.tsv")),
                "boundaries.tsv", labels);
        NearestExamples boundaries = new NearestExamples(bank, texts -> TestEmbeddings.embedAll("sweep-boundaries", texts));
        List<String> expected = new ArrayList<>();
        List<NearestExamples.Scores> scores = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            expected.add(labels.contains(cols[1]) ? cols[1] : "none");
            scores.add(boundaries.score(TestEmbeddings.embed(cols[0])));
        }
        for (double t = 0.70; t <= 0.801; t += 0.01) {
            for (double margin : new double[] {0.0, 0.02, 0.04}) {
                Threshold threshold = new Threshold(t, margin);
                int right = 0;
                int misses = 0;
                int falseAlarms = 0;
                for (int i = 0; i < expected.size(); i++) {
                    String got = read(scores.get(i), threshold).orElse("none");
                    right += got.equals(expected.get(i)) ? 1 : 0;
                    misses += !expected.get(i).equals("none") && got.equals("none") ? 1 : 0;
                    falseAlarms += expected.get(i).equals("none") && !got.equals("none") ? 1 : 0;
                }
                System.out.printf("threshold %.2f margin %.2f: boundary %.3f (%d/%d), misses %d, false alarms %d%n", t,
                        margin, (double) right / expected.size(), right, expected.size(), misses, falseAlarms);
            }
        }
        System.exit(0);
    }

    private static Optional<String> read(NearestExamples.Scores s, Threshold threshold) {
        for (List<Map.Entry<String, Intent>> tier : UnderstandingBank.BOUNDARIES) {
            Optional<String> found = tier.stream().map(Map.Entry::getKey).filter(b -> s.detects(b, threshold))
                    .max(java.util.Comparator.comparingDouble(s::positive));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
