package org.safepace.bot.dialogue;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.safepace.bot.testing.TsvRows;

/** Reads a two-column table fixture (message, expectation); # lines are comments. */
final class TsvCases {

    private TsvCases() {
    }

    static Stream<Arguments> read(String resource) {
        return TsvRows.read(resource).stream().map(cols -> Arguments.of(cols[0], cols[1].strip()));
    }
}
