package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionTypeTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Is it normal to go backwards like this after doing so well?|NORMAL",
            "Is normal for a man to feel like this?|NORMAL",
            "am i the only one who feels this way|NORMAL",
            "How long does treatment usually take for most people?|DURATION",
            "how many weeks until it gets better|DURATION",
            "How often should I practise?|FREQUENCY",
            "is two times in week ok or I need more?|FREQUENCY",
            "what if it hurts the first time?|CONDITION",
            "what do i do when she says stop|CONDITION",
            "what do i actually say to my wife when she apologises?|WORDS",
            "How do I actually tell him about it, like what do I say?|WORDS",
            "which words make her feel like a failure|WORDS",
            "Why does it hurt when I move it if putting it in doesn't?|REASON",
            "how come it's harder with him there|REASON",
            "how do i take it out without pain|METHOD",
            "how i can help her when she use the dilators|METHOD",
            "what can we do together in the meantime|METHOD",
            "when is she ready to try again|TIME",
            "Which positions should we try the first time?|CHOICE",
            "what size should i be on|CHOICE",
            "what is the 2 out of 10 rule|DEFINITION",
            "what does containment mean|DEFINITION",
            "Is it silly to want to celebrate something like this?|YES_NO",
            "so should i be doing kegels|YES_NO",
    })
    void readsTheKindOfAnswerAsked(String question, QuestionType expected) {
        assertThat(QuestionType.of(question)).isEqualTo(expected);
    }

    @Test
    void aQuestionWordBeforeTheVerbIsNoYesNoQuestion() {
        // "what am i doing wrong", "what can i say": the verb comes first only after the question word.
        assertThat(QuestionType.of("What am I doing wrong?")).isNotEqualTo(QuestionType.YES_NO);
        assertThat(QuestionType.of("what can i say to her?")).isEqualTo(QuestionType.WORDS);
        assertThat(QuestionType.of("What do I do now?")).isEqualTo(QuestionType.METHOD);
    }

    @Test
    void wordingThatSaysNoKindIsNone() {
        assertThat(QuestionType.of("")).isNull();
        assertThat(QuestionType.of("dilators")).isNull();
        assertThat(QuestionType.of("any advice")).isNull();
    }

    @Test
    void stepsAndYesNoTellNoSiblingsApart() {
        assertThat(QuestionType.YES_NO.saysTheAnswer()).isFalse();
        assertThat(QuestionType.METHOD.saysTheAnswer()).isFalse();
        assertThat(QuestionType.DURATION.saysTheAnswer()).isTrue();
        assertThat(QuestionType.NORMAL.saysTheAnswer()).isTrue();
    }

    @Test
    void aSectionsProfileIsTheShareOfItsHeadingAndQuestionsAskedEachWay() {
        Map<QuestionType, Double> profile = QuestionType.profile("How long does vaginismus treatment take?",
                List.of("how long will this take?", "why is it so slow?", "will i ever get better?"));
        assertThat(profile.get(QuestionType.DURATION)).isEqualTo(0.5);
        assertThat(profile.get(QuestionType.REASON)).isEqualTo(0.25);
        assertThat(profile.get(QuestionType.YES_NO)).isEqualTo(0.25);
        assertThat(QuestionType.profile("Dilators", List.of())).isEmpty();
    }

    /** Three close siblings at the top; the third is the one asked "why" of, and a fourth far down also is. */
    private static final List<Map<QuestionType, Double>> TYPES = List.of(
            Map.of(QuestionType.DURATION, 0.5),
            Map.of(),
            Map.of(QuestionType.REASON, 0.75),
            Map.of(QuestionType.REASON, 1.0));

    private static List<HybridSearcher.Ranked> ranked() {
        return new ArrayList<>(List.of(new HybridSearcher.Ranked(0, 0.0330), new HybridSearcher.Ranked(1, 0.0325),
                new HybridSearcher.Ranked(2, 0.0320), new HybridSearcher.Ranked(3, 0.0200)));
    }

    @Test
    void theKindAskedChoosesAmongTheFirstThree() {
        List<HybridSearcher.Ranked> ranked = ranked();
        HybridSearcher.byQuestionType(ranked, QuestionType.REASON, TYPES, 0.002);
        assertThat(ranked).extracting(HybridSearcher.Ranked::ordinal).containsExactly(2, 0, 1, 3);
    }

    @Test
    void aPassageFarDownDoesNotClimbOnItsWordingAlone() {
        List<HybridSearcher.Ranked> ranked = ranked();
        HybridSearcher.byQuestionType(ranked, QuestionType.REASON, TYPES, 0.05);
        assertThat(ranked.get(3).ordinal()).isEqualTo(3);
    }

    @Test
    void stepsYesNoNoKindOrNoBonusLeaveTheOrder() {
        for (QuestionType asked : new QuestionType[] {QuestionType.METHOD, QuestionType.YES_NO, null}) {
            List<HybridSearcher.Ranked> ranked = ranked();
            HybridSearcher.byQuestionType(ranked, asked, TYPES, 0.002);
            assertThat(ranked).extracting(HybridSearcher.Ranked::ordinal).containsExactly(0, 1, 2, 3);
        }
        List<HybridSearcher.Ranked> ranked = ranked();
        HybridSearcher.byQuestionType(ranked, QuestionType.REASON, TYPES, 0);
        assertThat(ranked).extracting(HybridSearcher.Ranked::ordinal).containsExactly(0, 1, 2, 3);
    }

    @Test
    void theDefaultTuningCountsTheKindAsked() {
        assertThat(RetrievalTuning.DEFAULT.questionTypeBonus()).isPositive();
    }
}
