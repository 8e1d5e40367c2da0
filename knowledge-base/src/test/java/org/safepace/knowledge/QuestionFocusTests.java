package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionFocusTests {

    @Test
    void aLongStoryIsFocusedOnTheQuestionItEndsWith() {
        assertThat(QuestionFocus.of("We tried again at the weekend after a long break and it went badly, I stopped and "
                + "cried and now I feel like all the work with the dilators was for nothing. What do I do now?"))
                .isEqualTo("What do I do now?");
    }

    @Test
    void questionsAskedOneAfterAnotherAreKeptTogether() {
        assertThat(QuestionFocus.of("I have been doing the breathing every evening for three weeks and honestly I "
                + "cannot feel any change at all. Should it feel like something? Am I doing it wrong?"))
                .isEqualTo("Should it feel like something? Am I doing it wrong?");
    }

    @Test
    void aQuestionInTheMiddleIsFoundBeforeAClosingRemark() {
        assertThat(QuestionFocus.of("My physio is away until March and I have nobody else to ask about this at all. "
                + "How often should I use the smallest size? Thanks so much for listening to me."))
                .isEqualTo("How often should I use the smallest size?");
    }

    @Test
    void withoutAQuestionMarkTheLastSentenceIsTheQuestion() {
        assertThat(QuestionFocus.of("Practice has been going well most days and the small one is easy now. anyway what "
                + "i wanted to ask is when i should move up a size"))
                .isEqualTo("anyway what i wanted to ask is when i should move up a size");
    }

    @Test
    void aShortMessageOrOneThatIsAllQuestionHasNoSeparateFocus() {
        assertThat(QuestionFocus.of("how often should i use my dilator?")).isEmpty();
        assertThat(QuestionFocus.of("is it normal that the smallest dilator still feels like far too much for me after "
                + "six weeks of trying every single day?")).isEmpty();
    }
}
