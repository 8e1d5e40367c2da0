package org.safepace.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.PassageHit;

class ShownUnitsTests {

    private final ExtractiveAnswerComposer composer = new ExtractiveAnswerComposer();

    /** Seven sentences: an answer shows five, the last two (burning, stopping) are left out. */
    private static final PassageHit GIVEN = new PassageHit("dilators#first-time", "dilators", "Dilators",
            "Using a dilator the first time",
            "Start with the smallest size. Use plenty of lubricant. Breathe out slowly as you insert it. "
                    + "Go only as far as feels okay. Leave it in for a few minutes. "
                    + "A mild burning feeling at the opening is common and eases with practice. "
                    + "Stop if you feel sharp pain.",
            1.0, Audience.SELF, List.of(), List.of("seed.txt"));

    @Test
    void theUnitsAReplyShowedAreFoundInItsTextByIndex() {
        ComposedAnswer first = composer.compose(new AnswerRequest("how do i use a dilator the first time?",
                Audience.SELF, List.of(GIVEN)));

        Map<String, List<Integer>> shown = ShownUnits.in(first.text(), first.used());

        assertThat(shown).containsOnlyKeys(GIVEN.passageId());
        assertThat(shown.get(GIVEN.passageId())).hasSize(ExtractiveAnswerComposer.MAX_UNITS);
        assertThat(ShownUnits.in("nothing of it", List.of(GIVEN))).isEmpty();
    }

    @Test
    void aPassageHoldsAnUnshownMatchOnlyInSentencesNotYetShown() {
        Set<Integer> firstFive = Set.of(0, 1, 2, 3, 4);

        assertThat(ShownUnits.holdsUnshownMatch(GIVEN, firstFive, "what if it burns?")).isTrue();
        // "lubricant" is only in a sentence already shown; "feel" says nothing on its own.
        assertThat(ShownUnits.holdsUnshownMatch(GIVEN, firstFive, "which lubricant?")).isFalse();
        assertThat(ShownUnits.holdsUnshownMatch(GIVEN, firstFive, "how does it feel?")).isFalse();
        // A passage the conversation has no record of showing keeps the earlier rule (pushed last).
        assertThat(ShownUnits.holdsUnshownMatch(GIVEN, Set.of(), "what if it burns?")).isFalse();
    }

    @Test
    void answeringFromThePassageAgainShowsWhatTheFirstReplyLeftOut() {
        ComposedAnswer first = composer.compose(new AnswerRequest("how do i use a dilator the first time?",
                Audience.SELF, List.of(GIVEN)));
        Map<String, Set<Integer>> shown = Map.of(GIVEN.passageId(),
                Set.copyOf(ShownUnits.in(first.text(), first.used()).get(GIVEN.passageId())));

        ComposedAnswer again = composer.compose(new AnswerRequest("how do i use a dilator the first time? what if it burns?",
                Audience.SELF, List.of(GIVEN), false, "what if it burns?", shown));

        assertThat(again.text()).contains("A mild burning feeling at the opening is common")
                .contains("Stop if you feel sharp pain.")
                .doesNotContain("Start with the smallest size.");
        assertThat(again.used()).containsExactly(GIVEN);
    }

    @Test
    void aPassageWhoseSentencesWereAllShownIsGivenWholeAgainRatherThanNothing() {
        Map<String, Set<Integer>> all = Map.of(GIVEN.passageId(), Set.of(0, 1, 2, 3, 4, 5, 6));

        ComposedAnswer again = composer.compose(new AnswerRequest("what if it burns?", Audience.SELF,
                List.of(GIVEN), false, null, all));

        assertThat(again.text()).contains("A mild burning feeling");
        assertThat(ShownUnits.unshown(3, Set.of(0, 1, 2))).containsExactly(0, 1, 2);
        assertThat(ShownUnits.unshown(3, Set.of(1))).containsExactly(0, 2);
    }
}
