package org.safepace.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PracticeGuidanceTests {

    @Test
    void dilatorStepsAndPositionsForPenetrationInvitePractice() {
        assertThat(PracticeGuidance.encouragesPractice("Move up to the next size when this one feels easy.")).isTrue();
        assertThat(PracticeGuidance.encouragesPractice("Side-lying is a gentle position to start with.")).isTrue();
        assertThat(PracticeGuidance.encouragesPractice("Try containment first, with no movement.")).isTrue();
    }

    @Test
    void aSentenceThatSaysToPauseOrGetCheckedDoesNotInvitePractice() {
        assertThat(PracticeGuidance.encouragesPractice("Pause your dilator practice and get checked by your GP."))
                .isFalse();
        assertThat(PracticeGuidance.encouragesPractice("Feeling let down after a setback is very common.")).isFalse();
    }
}
