package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

    @Test
    void aFeelingTheWriterNamesAboutThemselvesIsHeardButNotAnotherPersonsOrADeniedOne() {
        assertThat(classifier.namedFeeling("i feel so guilty that we cant have sex")).contains(Feeling.GUILT);
        assertThat(classifier.namedFeeling("honestly i'm really ashamed")).contains(Feeling.SHAME);
        assertThat(classifier.namedFeeling("i'm terrified of the first dilator")).contains(Feeling.FEAR);
        assertThat(classifier.namedFeeling("i'm not scared, just curious")).isEmpty();
        assertThat(classifier.namedFeeling("my wife is scared of dilators")).isEmpty();
    }
}
