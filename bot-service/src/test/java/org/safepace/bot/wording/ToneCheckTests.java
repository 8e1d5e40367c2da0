package org.safepace.bot.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ToneCheckTests {

    private static ToneCheck tone;

    @BeforeAll
    static void load() throws IOException {
        tone = ToneCheck.parse(Files.readString(Path.of("..", "prompts", "tone-blocklist.txt")), "tone-blocklist.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Just relax and it will happen.",
            "Honestly, it's all in your head.",
            "You should be able to do this by now.",
            "Try harder next time.",
            "She owes you some intimacy.",
            "Push through the discomfort.",
            "No pain, no gain!",
            "Maybe have a drink first to loosen up.",
            "JUST RELAX",
            "It\u2019s your fault it hurts."})
    void blocksJudgmentalDismissiveOrPressuringPhrases(String reply) {
        assertThat(tone.firstViolation(reply)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Never push through pain: pause and step back.",
            "You don't need to just relax on command; the reflex is not a choice.",
            "Go at your own pace, and stop whenever you want.",
            "Relaxation exercises help the muscles soften over time.",
            "It is not your fault."})
    void letsKindAndNegatedWordingThrough(String reply) {
        assertThat(tone.firstViolation(reply)).isEmpty();
    }

    @Test
    void anEmptyBlocklistFailsAtStartUp() {
        assertThatThrownBy(() -> ToneCheck.parse("# only comments\n\n", "empty.txt"))
                .hasMessageContaining("empty.txt");
    }
}
