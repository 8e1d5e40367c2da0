package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session "quiet" (issue 11 item 5, fewer false alarms): each quieting of the rules case by case, with the twin where
 * the danger is real and stays raised. The messages here are our own, not the dev table's rows.
 */
class QuietSessionRulesTests {

    private final SafetyScreen screen = new SafetyScreen();

    private TriageLevel level(String message) {
        return screen.screen(message).level();
    }

    // --- how long something may stay in, asked as a question of normal practice ---

    @ParameterizedTest
    @ValueSource(strings = {"how long can i leave a tampon inside when i sleep in?",
        "How many hours I can wear the cup inside? I have long shift",
        "ok but how long should the dilator stay in me each time"})
    void aQuestionAboutHowLongSomethingMayStayInIsQuiet(String message) {
        assertThat(level(message)).as(message).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"how long can a tampon stay in? i forgot one in there since friday",
        "the tampon has been inside for 3 days and i cant get it out",
        "how long can i leave it in, it's stuck inside and i can't get it out"})
    void somethingReallyStuckOrForgottenStaysRaised(String message) {
        assertThat(screen.screen(message).categories()).as(message).contains("stuck_inside");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i dont want her thinking i've lost interest in her. how do i show her i still fancy her",
        "he's scared i've lost hope in him and in us"})
    void aFeelingLostIsNothingLeftInside(String message) {
        assertThat(screen.screen(message).categories()).as(message).doesNotContain("stuck_inside");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i think i lost the sponge inside me", "i left the tampon in there since friday"})
    void somethingLostOrLeftInsideStaysRaised(String message) {
        assertThat(screen.screen(message).categories()).as(message).contains("stuck_inside");
    }

    // --- someone else's fever ---

    @ParameterizedTest
    @ValueSource(strings = {"my little boy has a temperature so i'll skip tonight's session",
        "our toddler's had a fever since sunday, i'm exhausted, can i do shorter sessions?",
        "my boyfriend has covid and a fever so we're pausing the exercises",
        "my sister has a high temperature and i'm looking after her kids this week"})
    void anotherPersonsFeverIsNotTheWritersRedFlag(String message) {
        assertThat(screen.screen(message).categories()).as(message).doesNotContain("fever");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my son had flu and now i've got a fever too",
        "my fiancée has a temperature after practice",
        "my wife has a fever and some odd discharge",
        "my daughter had a cold last week, now i have a temperature of 38.5",
        "my partner had the coil fitted on monday and now she has flu-like symptoms and a fever"})
    void theWritersOrPartnersOwnFeverStaysRaised(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.level()).as(message).isGreaterThanOrEqualTo(TriageLevel.SEEK_CARE);
        assertThat(decision.categories()).as(message).contains("fever");
    }

    // --- an infection named elsewhere in the body ---

    @ParameterizedTest
    @ValueSource(strings = {"i'm on antibiotics for a chest infection, can i still use the dilators?",
        "she has an ear infection so we're taking a week off"})
    void anInfectionElsewhereInTheBodyIsNotASignHere(String message) {
        // (a medicine named may still be ROUTINE: a request for medicines is the routine rules' business)
        assertThat(level(message)).as(message).isLessThan(TriageLevel.SEEK_CARE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i think i have a bladder infection, it stings when i pee",
        "i have a chest infection and now the discharge smells fishy",
        "could this be an infection? it's really itchy down there"})
    void aGenitalOrUrineInfectionStaysRaised(String message) {
        assertThat(screen.screen(message).categories()).as(message).contains("infection");
    }

    // --- a finding reported as absent ("the gyno said no infection") ---

    @ParameterizedTest
    @ValueSource(strings = {"the nurse said no infection and the skin is healthy, so why does it burn a bit at the start?",
        "the swab found no infection, is the soreness just the condition?"})
    void aClinicianReportingNoInfectionIsANegation(String message) {
        assertThat(screen.screen(message).categories()).as(message).doesNotContain("infection");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the gp said no infection last month but now the discharge is green and smells",
        "i said no and he carried on anyway",
        "she said no, i'm bleeding a lot and it won't stop"})
    void saidNoBeforeAnythingElseIsNotANegation(String message) {
        assertThat(level(message)).as(message).isGreaterThanOrEqualTo(TriageLevel.SEEK_CARE);
    }
}
