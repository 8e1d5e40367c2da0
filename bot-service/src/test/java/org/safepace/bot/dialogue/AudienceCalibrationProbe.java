package org.safepace.bot.dialogue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.safepace.bot.meaning.NearestExamples;
import org.safepace.bot.meaning.NearestExamples.Threshold;
import org.safepace.bot.meaning.TestEmbeddings;
import org.safepace.bot.testing.TsvRows;

/**
 * Calibration tool, not a check (runs only with -Daudience.calibrate=true): the audience bank's threshold and margin
 * by grid search on the dev split (never held-out), printing accuracy per setting.
 * mvn -B -q -o -pl bot-service -am test -Dtest=AudienceCalibrationProbe -Daudience.calibrate=true
 *     -Dsurefire.failIfNoSpecifiedTests=false
 */
class AudienceCalibrationProbe {

    @Test
    @EnabledIfSystemProperty(named = "audience.calibrate", matches = "true")
    void gridSearchOnDev() {
        NearestExamples bank = new NearestExamples(
                org.safepace.bot.meaning.ExampleBank.read(file -> org.safepace.bot.meaning.ExampleBank.classpathText(
                        "prompts/" + file), AudienceReader.FILES, AudienceReader.LABELS.keySet()),
                texts -> TestEmbeddings.embedAll("understanding-audience", texts));
        List<String[]> rows = new ArrayList<>(TsvRows.read("/understanding/audience-dev.tsv"));
        List<float[]> vectors = rows.stream().map(r -> TestEmbeddings.embed(r[0])).toList();
        for (int i = 0; i < rows.size(); i++) {
            var scores = bank.score(vectors.get(i));
            System.out.println("row " + rows.get(i)[1] + " " + new AudienceClauses().read(
                    MessageUnderstanding.normalise(rows.get(i)[0])) + " " + scores.positive() + " | " + rows.get(i)[0]);
        }
        for (double similarity = 0.70; similarity <= 0.901; similarity += 0.02) {
            for (double margin = 0.0; margin <= 0.061; margin += 0.01) {
                AudienceReader reader = new AudienceReader(bank, new Threshold(similarity, margin));
                int right = 0;
                for (int i = 0; i < rows.size(); i++) {
                    AudienceHint heard = reader.read(MessageUnderstanding.normalise(rows.get(i)[0]), vectors.get(i))
                            .orElse(AudienceHint.UNKNOWN);
                    right += heard == AudienceHint.valueOf(rows.get(i)[1].strip()) ? 1 : 0;
                }
                System.out.printf("calibrate similarity %.2f margin %.2f: %d/%d%n", similarity, margin, right,
                        rows.size());
            }
        }
    }
}
