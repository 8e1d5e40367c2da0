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

    @Test
    void whatAStoryRulesOutWithNoIsNotItsTopic() {
        assertThat(QuestionFocus.ruledOut("I never had anything bad happen to me, no abuse, nothing like that. Good family, "
                + "lovely husband, and it just never works. Can you get this without any reason at all?"))
                .containsExactly("abuse");
        assertThat(QuestionFocus.ruledOut("I honestly don't feel anxious at all, no fear, no bad experiences, and my body "
                + "still closes up every time. Does that mean it's all in my head?")).contains("fear", "experiences");
    }

    @Test
    void inabilityAndTheQuestionsOwnWordsAreNotRuledOut() {
        // "can't" and "never been able to" name the very topic; the question's words are what it asks.
        assertThat(QuestionFocus.ruledOut("I'm 34, never been able to use tampons, I can't even try one without "
                + "panicking and I have been single for years. Do I have to sort this out first?")).isEmpty();
        assertThat(QuestionFocus.ruledOut("We have been trying for a long time and there is no pain at all, it just "
                + "will not go in. Why is there no pain but it still won't work?")).doesNotContain("pain");
        assertThat(QuestionFocus.ruledOut("no pain, how do i start?")).isEmpty();
    }

    @Test
    void aQuestionThatNamesNothingOfItsOwnIsGenericSoTheStoryIsWhatIsAsked() {
        String story = "We moved in together in spring and every time we get close I freeze, my legs shake and it feels "
                + "like my body slams a door shut before he has even touched me. ";
        assertThat(QuestionFocus.isGeneric(story + "Is this normal?")).isTrue();
        assertThat(QuestionFocus.isGeneric(story + "any advice??")).isTrue();
        assertThat(QuestionFocus.isGeneric(story + "what do i do now")).isTrue();
        assertThat(QuestionFocus.isGeneric(story + "Was that wrong of me?")).isTrue();
        assertThat(QuestionFocus.isGeneric(story + "What’s happening to me?")).isTrue();
    }

    @Test
    void aQuestionThatNamesItsTopicOrAShortMessageIsNotGeneric() {
        String story = "We moved in together in spring and every time we get close I freeze, my legs shake and it feels "
                + "like my body slams a door shut before he has even touched me. ";
        assertThat(QuestionFocus.isGeneric(story + "Should we stop trying for a while?")).isFalse();
        assertThat(QuestionFocus.isGeneric(story + "Is it normal to feel this scared?")).isFalse();
        assertThat(QuestionFocus.isGeneric(story + "Which lube is best?")).isFalse();
        assertThat(QuestionFocus.isGeneric("is this normal?")).isFalse();
    }

    @Test
    void aLongStorysEmbeddedTextSaysItsQuestionOnceMoreAtTheEndAndKeepsTheWholeStory() {
        String story = "My physio is away until March and I have nobody else to ask about this at all, and I bled a "
                + "little last week after trying the second size, which scared me, so I went back to the first one "
                + "and my husband says I should just wait for her. How often should I use the smallest size? Thanks "
                + "so much for listening to me.";
        assertThat(QuestionFocus.forEmbedding(story))
                .isEqualTo(story + " How often should I use the smallest size?")
                .contains("I bled a little last week");
    }

    @Test
    void onlyTheLastOfTwoQuestionsIsSaidAgain() {
        String story = "I have been doing the breathing every evening for three weeks, the hip openers too, and honestly "
                + "I cannot feel any change at all when I try the smallest dilator afterwards, even though my physio says "
                + "I am doing well. Should it feel like something? Am I doing the reverse Kegel wrong?";
        assertThat(QuestionFocus.of(story)).isEqualTo("Should it feel like something? Am I doing the reverse Kegel wrong?");
        assertThat(QuestionFocus.forEmbedding(story)).isEqualTo(story + " Am I doing the reverse Kegel wrong?");
    }

    @Test
    void aShortMessageOrAGenericQuestionIsEmbeddedAsItIs() {
        assertThat(QuestionFocus.forEmbedding("how often should i use my dilator?"))
                .isEqualTo("how often should i use my dilator?");
        String generic = "We tried again at the weekend after a long break and it went badly, I stopped and cried and "
                + "now I feel like all the work with the dilators was for nothing. What do I do now?";
        assertThat(QuestionFocus.forEmbedding(generic)).isEqualTo(generic);
    }

    @Test
    void aMessageOfFewerThanFortyWordsIsEmbeddedAsItIsThoughItsSearchIsFocused() {
        String push = "shes been working on it for over a year now and nothing changes. whats the fastest way to get her "
                + "to the finish line, i cant keep waiting like this";
        assertThat(QuestionFocus.of(push)).isNotEmpty();
        assertThat(QuestionFocus.forEmbedding(push)).isEqualTo(push);
    }
}
