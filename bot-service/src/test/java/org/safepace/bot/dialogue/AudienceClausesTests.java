package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The clause reader alone (no embedding): whose body, condition or practice each table message is about, from its
 * clauses. A reader with no bank gives what the clauses decide: a strong cue, or a clear lead of plain ones.
 */
class AudienceClausesTests {

    private final AudienceReader clausesOnly = new AudienceReader(null);

    static Stream<Arguments> clauses() {
        return TsvCases.read("/dialogue/audience.tsv");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("clauses")
    void readsWhoseBodyTheMessageIsAbout(String message, String expected) {
        Optional<AudienceHint> heard = clausesOnly.read(MessageUnderstanding.normalise(message), null);

        if (expected.equals("NONE")) {
            assertThat(heard).as(message).isEmpty();
        } else {
            assertThat(heard).as(message).contains(AudienceHint.valueOf(expected));
        }
    }
}
