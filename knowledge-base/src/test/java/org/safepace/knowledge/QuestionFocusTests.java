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

    @Test
    void aRunOnMessageWithoutPunctuationIsFocusedOnItsAskingClause() {
        assertThat(QuestionFocus.of("so my partner and i have been trying for ages and it never works and the nurse "
                + "gave me a set of trainers last week but honestly i have no idea how do i even begin with the tiny one"))
                .isEqualTo("how do i even begin with the tiny one");
        assertThat(QuestionFocus.of("we stopped trying sex in the spring which was a relief for both of us and we "
                + "hug more now but i miss feeling close in that way can we still be intimate without it"))
                .isEqualTo("can we still be intimate without it");
    }

    @Test
    void aRunOnMessageWithOnlyCommasIsCutAtItsInvertedAuxiliary() {
        assertThat(QuestionFocus.of("I bought a new silicone set last month, the smallest one is going fine, my physio "
                + "is pleased, but I know nothing about keeping them clean, do I wash them with soap or boil them"))
                .isEqualTo("do I wash them with soap or boil them");
    }

    @Test
    void aQuestionWithoutAQuestionMarkIsFoundBeforeAClosingRemark() {
        String story = "I moved on to the second size a fortnight ago and it slides in fine now, I always do the "
                + "breathing first and my girlfriend sits with me now and then. ";
        assertThat(QuestionFocus.of(story + "How long should I keep it in each time. sorry for the essay lol"))
                .isEqualTo("How long should I keep it in each time.");
        assertThat(QuestionFocus.of(story + "what should i try next. Thanks in advance x"))
                .isEqualTo("what should i try next.");
    }

    @Test
    void aNonNativeQuestionWithTheSubjectBeforeItsModalIsFound() {
        assertThat(QuestionFocus.of("my wife and me are married since one year and we never could finish because she "
                + "have much pain and close, now she have dilators from the doctor, how i can help her with them"))
                .isEqualTo("how i can help her with them");
    }

    @Test
    void aStoryToldWithoutAQuestionKeepsItsLastSentenceAndRelativeClausesDoNotAsk() {
        // "which was", "when i was", "i do it": a story's own clauses, not questions.
        String story = "My physio, who is lovely, showed me the exercises when i was there in May, which was "
                + "helpful, and i do it most nights now. It has been slow but steady.";
        assertThat(QuestionFocus.of(story)).isEqualTo("It has been slow but steady.");
        assertThat(AskingClause.find("My physio, who is lovely, showed me the exercises when i was there in May, "
                + "which was helpful, and i do it most nights now")).isEqualTo(-1);
    }

    @Test
    void aGenericQuestionWithoutAQuestionMarkStaysGenericBeforeAClosingRemark() {
        String story = "We moved in together in spring and every time we get close I freeze, my legs shake and it feels "
                + "like my body slams a door shut before he has even touched me. ";
        assertThat(QuestionFocus.isGeneric(story + "what do i do now. sorry lol")).isTrue();
        assertThat(QuestionFocus.isGeneric(story + "any advice? thanks x")).isTrue();
    }

    @Test
    void theLastQuestionAskedIsTheFocussLastClause() {
        assertThat(QuestionFocus.lastAsked("I have been doing the breathing every evening for three weeks and honestly "
                + "I cannot feel any change at all. Should it feel like something? Am I doing it wrong?"))
                .isEqualTo("Am I doing it wrong?");
        assertThat(QuestionFocus.lastAsked("how often should i use my dilator?")).isEmpty();
    }

    @Test
    void aLongQuestionTheWriterClosedWithAQuestionMarkStaysWholeButAOneSentenceRunOnIsCut() {
        assertThat(QuestionFocus.of("Our bathroom is the only warm room so I practise there. Does it matter how warm I "
                + "am before I start, and how much lube should I really be putting on each time?"))
                .isEqualTo("Does it matter how warm I am before I start, and how much lube should I really be putting "
                        + "on each time?");
        assertThat(QuestionFocus.of("me and my bf have been trying for months and it never works and my physio said to "
                + "try the trainers but i dont know how do i even start with the smallest one?"))
                .isEqualTo("how do i even start with the smallest one?");
    }
}
