package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sproc (session 6) shapes: a procedure told in the writer's words, severe or sudden pain described without a
 * score, and infection signs in plain words, each with twins that must stay quiet or keep their own category.
 */
class ProcedurePainInfectionReachTests {

    private final SafetyScreen screen = new SafetyScreen();

    @ParameterizedTest
    @ValueSource(strings = {"since surgery on my vulva the area is oozing",
        "the hymenotomy was last friday and one stitch has burst",
        "the gynae lasered the skin near the entrance and it's been bleeding since",
        "had some tissue taken from my cervix monday and now i have a temperature",
        "my iud got put in yesterday and i still can't pee",
        "the labiaplasty thing happened on the 3rd, now there's a small hole where it was sewn"})
    void aProcedureInTheWritersWordsWithASymptomIsAfterProcedure(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.categories()).as(message).contains("after_procedure");
        assertThat(decision.level()).isGreaterThanOrEqualTo(TriageLevel.SEEK_CARE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my labiaplasty was cancelled and i'm sore from dilating",
        "they cut my hours at work and the stress is awful",
        "the op is booked for june, how sore will it be after?"})
    void aPlannedOrCancelledProcedureOrAnotherCutIsNot(String message) {
        assertThat(screen.screen(message).categories()).as(message).doesNotContain("after_procedure");
    }

    @ParameterizedTest
    @ValueSource(strings = {"she was sobbing with the pain all night",
        "it felt like being torn in half when he tried",
        "it aches like nothing i've ever felt"})
    void severePainShownWithoutAScoreIsSevere(String message) {
        assertThat(screen.screen(message).categories()).as(message).contains("severe_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"im doubled up on the sofa",
        "it came on an hour ago out of the blue and i'm screaming holding my tummy",
        "i couldn't straighten my back, it hurt that much"})
    void suddenOrDisablingPainIsAnEmergency(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(decision.categories()).contains("sudden_severe_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"we were doubled over laughing at the dilator instructions",
        "i was in tears with laughter at his joke",
        "the sharp pain has totally gone away now",
        "the pain went away after a day"})
    void laughterAndPainThatHasGoneAreQuiet(String message) {
        assertThat(screen.screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"some greenish goo on my pad this week", "raw weeping patches on my labia",
        "it smells a bit like fish down below"})
    void infectionSignsInPlainWordsAreInfection(String message) {
        assertThat(screen.screen(message).categories()).as(message).contains("infection");
    }

    @ParameterizedTest
    @ValueSource(strings = {"green tea helps me relax before practice", "what does normal discharge look like?"})
    void aColourOrAQuestionIsNotAnInfection(String message) {
        assertThat(screen.screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the discharge has gone green now", "something like pus coming out of the cut"})
    void aDischargeIsNotAProlapseAndAColourChangeIsNotImprovement(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.categories()).as(message).contains("infection").doesNotContain("prolapse");
    }

    @ParameterizedTest
    @ValueSource(strings = {"it's like a blade inside me", "my tummy feels like it's on fire",
        "the ache is too much to bear", "brutal cramps since this morning"})
    void morePicturesOfSeverePainAreSevere(String message) {
        assertThat(screen.screen(message).categories()).as(message).contains("severe_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"at the entrance it burns like fire when i try my finger, not a big pain",
        "down there feels like it's on fire whenever i try to put anything in"})
    void burningLikeFireAtTheEntranceIsTheConditionNotSeverePain(String message) {
        assertThat(screen.screen(message).categories()).as(message).doesNotContain("severe_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"she's curled into a ball with the cramps", "the pain came from nowhere and it's excruciating",
        "the cramps are so bad i can't even talk"})
    void curledInABallOrOnsetFromNowhereWithSevereWordsIsAnEmergency(String message) {
        assertThat(screen.screen(message).level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the film was too much to bear lol", "the cramps were insane last month but this month nothing"})
    void figurativeOrPastIsQuiet(String message) {
        assertThat(screen.screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @Test
    void burnsLikeCrazyWhenPeeingStaysAnInfectionNotSeverePain() {
        assertThat(screen.screen("it burns like crazy when i wee").categories()).contains("infection")
                .doesNotContain("severe_pain");
    }
}
