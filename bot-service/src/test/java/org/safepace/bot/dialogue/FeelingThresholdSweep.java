package org.safepace.bot.dialogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safepace.bot.meaning.ExampleBank;
import org.safepace.bot.meaning.NearestExamples;
import org.safepace.bot.meaning.NearestExamples.Threshold;
import org.safepace.bot.meaning.TestEmbeddings;

/**
 * Calibration tool, not a test: feeling accuracy of the feelings bank (with the named-feeling patterns, as
 * {@link MessageUnderstanding} combines them) on the understanding dev split, over a range of thresholds. Refuses
 * held-out files. Usage: FeelingThresholdSweep promptsFolder dev.tsv
 */
public final class FeelingThresholdSweep {

    public static void main(String[] args) throws Exception {
        if (args[1].contains("holdout") || args[1].contains("heldout")) {
            throw new IllegalArgumentException("held-out files are only measured, never swept");
        }
        Path prompts = Path.of(args[0]);
        ExampleBank bank = ExampleBank.parse(Files.readString(prompts.resolve("understanding/feelings.tsv")),
                "feelings.tsv", UnderstandingBank.FEELINGS.keySet());
        NearestExamples feelings = new NearestExamples(bank, texts -> TestEmbeddings.embedAll("sweep-feelings", texts));
        IntentClassifier named = new IntentClassifier();
        List<String[]> rows = new ArrayList<>();
        List<NearestExamples.Scores> scores = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            rows.add(cols);
            scores.add(feelings.score(TestEmbeddings.embed(cols[0])));
        }
        for (double t = 0.66; t <= 0.781; t += 0.01) {
            for (double margin : new double[] {0.02, 0.03, 0.05}) {
                int right = 0;
                int falseAlarms = 0;
                for (int i = 0; i < rows.size(); i++) {
                    Threshold threshold = new Threshold(t, margin);
                    NearestExamples.Scores s = scores.get(i);
                    Feeling meaning = s.positive().keySet().stream()
                            .filter(label -> s.detectsAgainstAllTwins(label, threshold))
                            .findFirst().map(UnderstandingBank.FEELINGS::get).orElse(Feeling.NONE);
                    String text = MessageUnderstanding.normalise(rows.get(i)[0]);
                    Feeling got = MessageUnderstanding.feeling(named.namedFeeling(text).orElse(Feeling.NONE), meaning);
                    Feeling expected = Feeling.valueOf(rows.get(i)[2].toUpperCase(Locale.ROOT));
                    right += got == expected ? 1 : 0;
                    falseAlarms += expected == Feeling.NONE && got != Feeling.NONE ? 1 : 0;
                }
                System.out.printf("threshold %.2f margin %.2f: feeling %.3f (%d/%d), false alarms %d%n", t, margin,
                        (double) right / rows.size(), right, rows.size(), falseAlarms);
            }
        }
        System.exit(0);
    }
}
