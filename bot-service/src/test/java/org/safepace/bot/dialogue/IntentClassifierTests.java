package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
    void hearsFeelingsSoTheReplyCanValidateThemFirst() {
        assertThat(classifier.feeling("i feel so ashamed")).isEqualTo(Feeling.SHAME);
        assertThat(classifier.feeling("i cried after we tried again")).isEqualTo(Feeling.SADNESS);
        assertThat(classifier.feeling("i'm terrified of dilators")).isEqualTo(Feeling.FEAR);
        assertThat(classifier.feeling("i'm so frustrated")).isEqualTo(Feeling.FRUSTRATION);
        assertThat(classifier.feeling("how do dilators work")).isEqualTo(Feeling.NONE);
    }
}
