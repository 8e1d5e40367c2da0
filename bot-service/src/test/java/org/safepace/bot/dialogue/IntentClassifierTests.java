package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sharp patterns on their own (the banks add meaning on top: see UnderstandingSliceTests). */
class IntentClassifierTests {

    private final IntentClassifier classifier = new IntentClassifier();

    static Stream<Arguments> intents() {
        return TsvCases.read("/dialogue/intents.tsv");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("intents")
    void classifiesEachTableMessage(String message, String expected) {
        assertThat(classifier.classify(MessageUnderstanding.normalise(message))).isEqualTo(Intent.valueOf(expected));
    }
}
