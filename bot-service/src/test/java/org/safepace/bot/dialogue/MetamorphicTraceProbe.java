package org.safepace.bot.dialogue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.safepace.bot.meaning.TestEmbeddings;

/**
 * Calibration tool, not a test: for messages given one a line in a file (the tune split's failing variants of
 * {@code PressureMetamorphicIT}, copied from its report, and their originals), which part of understanding raised
 * the consent boundary or not: the sharp patterns, the stance reader, meaning's nearest pressure row, the direction,
 * the pressure model. Never give it check-split, held-out or fresh messages.
 * Usage: MetamorphicTraceProbe messagesFile
 */
public final class MetamorphicTraceProbe {

    public static void main(String[] args) throws Exception {
        UnderstandingBank bank = UnderstandingBank.fromClasspath(TestEmbeddings::embedAll);
        MessageUnderstanding understanding = new MessageUnderstanding(bank);
        IntentClassifier sharp = new IntentClassifier();
        StanceReader stances = new StanceReader();
        PressureModel model = bank.pressureModel();
        for (String message : Files.readAllLines(Path.of(args[0]))) {
            if (message.isBlank()) {
                continue;
            }
            float[] v = TestEmbeddings.embed(message);
            String norm = MessageUnderstanding.normalise(message);
            Understanding u = understanding.understand(message, v, new Session("s1234567890123456"), AudienceHint.UNKNOWN);
            UnderstandingBank.Meaning m = bank.read(v, norm.split(" ").length, sharp.asksSomething(norm));
            System.out.printf("got=%s aud=%s sharp=%s stance=%s meaning=%s lean=%.2f near=%.3f model=%.3f consulted=%s | %s%n",
                    u.intent(), u.audience(), sharp.classify(norm), stances.stance(norm),
                    m.boundary().map(Enum::name).orElse("-"), m.pressureLean(), m.pressureNear(),
                    model.probability(v, stances.cues(norm)), understanding.pressureModelConsulted(norm, v),
                    message.substring(0, Math.min(120, message.length())));
        }
        System.exit(0);
    }
}
