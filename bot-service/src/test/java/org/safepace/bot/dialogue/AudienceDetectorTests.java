package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AudienceDetectorTests {

    private final AudienceDetector detector = new AudienceDetector();

    static Stream<Arguments> audiences() {
        return TsvCases.read("/dialogue/audience.tsv");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("audiences")
    void detectsWhoIsAsking(String message, String expected) {
        Optional<AudienceHint> detected = detector.detect(MessageUnderstanding.normalise(message));
        if (expected.equals("NONE")) {
            assertThat(detected).isEmpty();
        } else {
            assertThat(detected).contains(AudienceHint.valueOf(expected));
        }
    }
}
