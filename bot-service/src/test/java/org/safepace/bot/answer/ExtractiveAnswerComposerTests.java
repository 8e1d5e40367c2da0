package org.safepace.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.PassageHit;

class ExtractiveAnswerComposerTests {

    private final ExtractiveAnswerComposer composer = new ExtractiveAnswerComposer();

    private static PassageHit hit(String article, String section, String text, String... questions) {
        return new PassageHit(article + "#" + section.toLowerCase().replaceAll("[^a-z]+", "-"), article, "Title", section,
                text, 1.0, Audience.SELF, List.of(), List.of("seed.txt"), List.of(questions));
    }

    private static PassageHit hit(String id, String text) {
        return new PassageHit(id, "article", "Title", "Section " + id, text, 1.0, Audience.BOTH, List.of(),
                List.of("seed.txt"));
    }

    @Test
    void aShortPassageIsGivenWholeAndNamedAsTheSource() {
        PassageHit best = hit("a#one", "First sentence here. Second sentence there.");

        ComposedAnswer answer = composer.compose(new AnswerRequest("q", Audience.SELF,
                List.of(best, hit("a#two", "Other."))));

        assertThat(answer.text()).isEqualTo("**Section a#one**\nFirst sentence here. Second sentence there.");
        assertThat(answer.used()).containsExactly(best);
        assertThat(answer.composer()).isEqualTo("extractive");
    }

    @Test
    void aShortFollowUpAskingOneDetailIsAnsweredFirstWithTheSentenceThatStatesIt() {
        // The passage just given has six sentences; the answer shows five, and the duration is in the sixth.
        String text = "A reverse Kegel is a gentle letting go. As you breathe in, picture the opening widening. "
                + "Do not squeeze. Many people imagine a flower opening. Sitting on a towel helps. "
                + "In the daily circuit they take about two minutes.";
        PassageHit given = hit("relax", "How do I do a reverse Kegel?", text);

        ComposedAnswer answer = composer.compose(new AnswerRequest("how do i do a reverse kegel how long for?",
                Audience.SELF, List.of(given), false, "how long for?"));

        assertThat(answer.text()).startsWith("In the daily circuit they take about two minutes.\n\n"
                + "**How do I do a reverse Kegel?**\nA reverse Kegel is a gentle letting go.");
        assertThat(answer.used()).containsExactly(given);
    }

    @Test
    void aDetailThePassageJustGivenDoesNotStateComesFromTheFirstSiblingThatDoes() {
        PassageHit plan = hit("reset", "What comes after the first two weeks?",
                "Keep going with the same pattern: the daily circuit, then the next small step.");
        PassageHit often = hit("explore", "How often should I practise?",
                "Frequency helps more than long sessions. Practise daily if possible, and at least three times a week.");

        ComposedAnswer answer = composer.compose(new AnswerRequest("what can i do at home how many times in week?",
                Audience.SELF, List.of(plan, often), false, "how many times in week?"));

        assertThat(answer.text()).startsWith("Practise daily if possible, and at least three times a week.");
        assertThat(answer.used()).containsExactly(often);
        // The same words from a message that stands on its own are answered from the best passage, as before.
        assertThat(composer.compose(new AnswerRequest("how many times in week?", Audience.SELF,
                List.of(plan, often))).used()).containsExactly(plan);
    }

    @Test
    void aDetailNoPassageStatesLeavesTheUsualAnswer() {
        PassageHit given = hit("a#b", "First sentence here. Second sentence there.");

        ComposedAnswer answer = composer.compose(new AnswerRequest("q how deep?", Audience.SELF, List.of(given), false,
                "how deep?"));

        assertThat(answer.text()).isEqualTo("**Section a#b**\nFirst sentence here. Second sentence there.");
    }

    @Test
    void aLongPassageIsCutToTheFiveSentencesThatMatchTheQuestionBest() {
        String text = "Intro one. Intro two. Intro three. Intro four. Intro five. Intro six. "
                + "Breathing widens the ribs. Breathing softens the floor. Breathing takes three minutes. "
                + "Breathing is daily. Breathing helps. Closing words.";

        ComposedAnswer answer = composer.compose(new AnswerRequest("how long is the breathing?", Audience.SELF,
                List.of(hit("a#b", text))));

        assertThat(ExtractiveAnswerComposer.units(answer.text())).hasSize(6);
        assertThat(answer.text()).startsWith("**Section a#b**\nBreathing widens the ribs.").doesNotContain("Intro");
    }

    @Test
    void theQuestionsWordsThatTheHeadingDoesNotSayPickThePartOfThePassage() {
        // "help" and "dilator" are the heading's; "trust" is what was asked, and only the last sentence says why.
        String text = "Letting you help with the dilator is a big step. She may want to take it back. "
                + "She keeps her hand on yours. That puts her mind at ease. Welcome it if she wants the same. "
                + "Her hand on yours is not a lack of trust; it is what makes trusting you possible.";

        ComposedAnswer answer = composer.compose(new AnswerRequest(
                "she keeps her hand on mine when i help with the dilator, does she not trust me?", Audience.PARTNER,
                List.of(hit("lead", "How can she stay in control if I help with the dilator?", text))));

        assertThat(answer.text()).contains("not a lack of trust").doesNotContain("big step");
    }

    @Test
    void theOpeningAnswersTheHeadingSoTheHeadingsWordsCountForIt() {
        // The question's words are in the heading, not in the sentence that answers it.
        String text = "It is worth seeing someone if nothing changes after four to six weeks. Get other conditions "
                + "assessed first. Bleeding is different. Get checked then. Practise slowly after childbirth. "
                + "Counselling can help. Seeking help is a sign of care.";

        ComposedAnswer answer = composer.compose(new AnswerRequest("when should i get professional help",
                Audience.SELF, List.of(hit("help", "When should I get professional help?", text))));

        assertThat(answer.text()).contains("four to six weeks").doesNotContain("sign of care");
    }

    @Test
    void aLongMessagesQuestionPicksTheSentencesNotItsStory() {
        String text = "Lubricant helps a dilator go in. Size two is a common start. Comfort matters more than size. "
                + "Go at your own pace. Rest when you need to. Short sessions are enough. "
                + "Practise often, about three times a week.";
        String story = "I finally bought a dilator set and size two went in with lots of lubricant last night, "
                + "which felt like a miracle, and I am scared it was a fluke. How often should I practise?";

        ComposedAnswer answer = composer.compose(new AnswerRequest(story, Audience.SELF,
                List.of(hit("dilators", "How do I begin?", text))));

        assertThat(answer.text()).contains("three times a week");
    }

    @Test
    void aLongMessageEndingInAQuestionThatNamesNothingIsAnsweredFromItsStory() {
        // "Is this normal?" names nothing: counted three times, "normal" would pick the opening sentences.
        String text = "It is normal to feel nervous, and normal to feel unsure. This is normal for many people. "
                + "Talking helps. Go at your own pace. Rest when you need to. "
                + "Dryness while breastfeeding is common and can make the entrance burn. "
                + "A daily moisturiser helps when everything feels dry.";
        String story = "Since the baby came I am breastfeeding and everything feels dry, and it burns at the entrance "
                + "when we try. Is this normal?";

        ComposedAnswer answer = composer.compose(new AnswerRequest(story, Audience.SELF,
                List.of(hit("dryness", "Why is it hard?", text))));

        assertThat(answer.text()).contains("breastfeeding", "everything feels dry");
    }

    @Test
    void listItemsStayWholeAndOnTheirOwnLines() {
        String text = "Try these:\n\n- Child's pose, 5-8 breaths.\n- Happy baby, gentle rocking.";

        ComposedAnswer answer = composer.compose(new AnswerRequest("hip openers", Audience.SELF,
                List.of(hit("a#c", text))));

        assertThat(answer.text())
                .isEqualTo("**Section a#c**\nTry these:\n- Child's pose, 5-8 breaths.\n- Happy baby, gentle rocking.");
    }

    @Test
    void aChosenListKeepsTheSentenceThatIntroducesIt() {
        String text = "Burning has several causes. It is common. It often fades. It helps to know. Try these:\n\n"
                + "- slow breathing\n- side lying position\n- a daily moisturiser\n- ask about local oestrogen\n"
                + "- a warm bath before practice";

        ComposedAnswer answer = composer.compose(new AnswerRequest("breathing position moisturiser oestrogen bath",
                Audience.SELF, List.of(hit("a#d", text))));

        assertThat(answer.text()).startsWith("**Section a#d**\nTry these:\n- slow breathing").endsWith("- a warm bath before practice");
    }

    @Test
    void listItemsCutOffFromTheirLeadInStayEvenWhenTheyShareNoWordWithTheQuestion() {
        String text = "People use different things. What matters is that it is clean and made for the body:\n\n"
                + "- your own clean fingers\n- a lubricated cotton bud at the entrance\n- a tampon applicator\n"
                + "- a body-safe toy\n\nAvoid improvised objects instead of a dilator. Wash what you use with mild soap.";

        ComposedAnswer answer = composer.compose(new AnswerRequest("what can i use if i dont have a dilator",
                Audience.SELF, List.of(hit("a#f", text))));

        assertThat(answer.text()).contains("- a tampon applicator").contains("Avoid improvised objects");
    }

    @Test
    void aYesNoQuestionIsAnsweredFirstWhenThePassageNegatesWhatWasAsked() {
        PassageHit best = hit("mind", "Where does it come from?", "Your body learned to guard. Vaginismus is not just "
                + "in your head. Fear makes the muscles tense. Both can be worked with gently.");

        String text = composer.compose(new AnswerRequest("is it all in my head?", Audience.SELF, List.of(best))).text();

        assertThat(text).startsWith("No. Vaginismus is not just in your head.\n\n**Where does it come from?**\n")
                .contains("Your body learned to guard.");
        assertThat(ExtractiveAnswerComposer.units(text)).doesNotHaveDuplicates();
    }

    @Test
    void thePassagesOwnYesOrNoLeadsWhenTheQuestionIsTheSectionsQuestion() {
        PassageHit best = hit("trainers", "Do I have to use dilators?", "No. Not everyone needs dilators. Some people "
                + "work with their own fingers.", "Are dilators compulsory?", "Can I do this without dilators?", "Must I buy a set?");

        assertThat(composer.compose(new AnswerRequest("do i really have to use dilators", Audience.SELF, List.of(best))).text())
                .startsWith("No. Not everyone needs dilators.");
        assertThat(composer.compose(new AnswerRequest("are dilators compulsory?", Audience.SELF, List.of(best))).text())
                .as("one of the section's own questions").startsWith("No. Not everyone needs dilators.");
    }

    @Test
    void aYesOrNoThatAnswersAnotherQuestionIsNotCarriedOver() {
        // "Yes" answers "Can it get better?"; said to "Is it permanent?" it would mean the opposite.
        PassageHit best = hit("what", "Can vaginismus get better?", "Yes. Vaginismus can change. The usual path is to "
                + "relax first and progress second.");

        String text = composer.compose(new AnswerRequest("is it permanent?", Audience.SELF, List.of(best))).text();

        assertThat(text).doesNotContain("Yes").doesNotStartWith("No").contains("Vaginismus can change.");

        // Also when the section lists "is it permanent?" among its questions: its "Yes." answers the heading only.
        PassageHit listed = hit("what", "Can vaginismus get better?", "Yes. Vaginismus is not permanent: it can "
                + "change. The usual path is to relax first and progress second.", "is it permanent?",
                "can vaginismus be cured?", "will this ever get better?");
        assertThat(composer.compose(new AnswerRequest("is it permanent?", Audience.SELF, List.of(listed))).text())
                .startsWith("No. Vaginismus is not permanent").doesNotContain("Yes");
    }

    @Test
    void aPassagesYesOrNoIsNotTheFirstWordOfAnAnswerToAnotherKindOfQuestion() {
        // Found in the dev replies: "what can we still do together?" was answered "No. While intercourse hurts...".
        PassageHit pause = hit("pausing", "Should we keep trying to have sex for now?", "No. While intercourse hurts, "
                + "the kindest step is to stop trying for now. Closeness can feel safe again.");

        assertThat(composer.compose(new AnswerRequest("we paused sex, what can we still do together?", Audience.PARTNER,
                List.of(pause))).text())
                .isEqualTo("**Should we keep trying to have sex for now?**\nWhile intercourse hurts, the kindest step is"
                        + " to stop trying for now. Closeness can feel safe again.");
        // A question between two things ("... or ...?") is not answered by yes or no either.
        assertThat(composer.compose(new AnswerRequest("should we stop for now or keep trying now and then?",
                Audience.PARTNER, List.of(pause))).text()).doesNotContain("No.").contains("While intercourse hurts");
        // The section's own question still gets its answer first.
        assertThat(composer.compose(new AnswerRequest("should we keep trying to have sex for now?", Audience.PARTNER,
                List.of(pause))).text()).startsWith("No. While intercourse hurts");
    }

    @Test
    void aNegationOfAGeneralWordOrOfTheStoryBeforeTheQuestionIsNoAnswer() {
        // Found by the conversation fixtures: "No." here would answer "will dilators ever work?" wrongly.
        PassageHit best = hit("using", "Can I use a dilator when I am aroused?", "You do not have to use arousal if it "
                + "does not feel right. Arousal increases blood flow and natural lubrication.");

        String text = composer.compose(new AnswerRequest("I feel so ashamed and broken, will dilators ever work for me?",
                Audience.SELF, List.of(best))).text();

        assertThat(text).startsWith("**Can I use a dilator when I am aroused?**\nYou do not have to use arousal");
    }

    @Test
    void nothingIsInventedWhenThePassageDoesNotSayYesOrNo() {
        PassageHit best = hit("what", "What does it feel like?", "Many people first notice it with tampons. "
                + "It can feel like hitting a wall.");

        String text = composer.compose(new AnswerRequest("I can't even use tampons, is that normal?", Audience.SELF,
                List.of(best))).text();

        assertThat(text).startsWith("**What does it feel like?**\nMany people first notice it with tampons.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            does the dialator hurt the frist time           | true
            I can't even use tampons, is that normal?       | true
            so is it permanent?                             | true
            we tried last night. Should I stop for a while? | true
            how do I use a dilator                          | false
            is it better to use a finger or a dilator?      | false
            what is vaginismus                              | false
            is it ok? how long should it take?              | false
            """)
    void recognisesQuestionsAnsweredByYesOrNo(String question, boolean yesNo) {
        assertThat(ExtractiveAnswerComposer.isYesNoQuestion(question)).isEqualTo(yesNo);
    }

    @Test
    void aQuestionInTwoPartsIsAnsweredFromTheBestTwoPassagesOfOneArticle() {
        PassageHit insert = hit("using", "How do I insert a dilator?", "Lie down with your knees bent. Add lubricant "
                + "to the tip. Let it slide in on an out-breath. Go slowly. Breathe.");
        PassageHit other = hit("lube", "Which lubricant?", "Keep it in a warm place for as long as you like.");
        PassageHit hold = hit("using", "How long do I keep it in?", "Hold it still for five to ten minutes. Then take "
                + "it out slowly. Keep it in longer as you get used to it.");

        ComposedAnswer answer = composer.compose(new AnswerRequest(
                "how do I insert a dilator and how long do I keep it in?", Audience.SELF, List.of(insert, other, hold)));

        assertThat(answer.used()).containsExactly(insert, hold);
        assertThat(answer.text()).startsWith("**How do I insert a dilator?**\n")
                .contains("\n\n**How long do I keep it in?**\nHold it still for five to ten minutes.")
                .doesNotContain("warm place");
        assertThat(ExtractiveAnswerComposer.units(answer.text()).stream().filter(u -> !u.startsWith("**")))
                .hasSizeBetween(2, 5);
    }

    @Test
    void aOnePartQuestionUsesOnlyTheBestPassage() {
        PassageHit insert = hit("using", "How do I insert a dilator?", "Lie down with your knees bent. Breathe.");
        PassageHit hold = hit("using", "How long do I keep it in?", "Hold it still for five minutes.");

        assertThat(composer.compose(new AnswerRequest("how do I insert a dilator?", Audience.SELF,
                List.of(insert, hold))).used()).containsExactly(insert);
    }

    @Test
    void afterARedFlagTheAnswerLeavesOutWhatInvitesPractice() {
        PassageHit best = hit("pain", "Pain during practice", "Sharp pain is a reason to stop and get checked. "
                + "Insert the dilator on an out-breath. Once it is comfortable, move up a size. "
                + "A clinician can look for a cause. Stretching exercises can wait.");

        String paused = composer.compose(new AnswerRequest("sharp pain with my dilator", Audience.SELF, List.of(best), true))
                .text();
        String normal = composer.compose(new AnswerRequest("sharp pain with my dilator", Audience.SELF, List.of(best)))
                .text();

        assertThat(paused).contains("Sharp pain is a reason to stop and get checked.", "A clinician can look for a cause.")
                .doesNotContain("Insert the dilator", "move up a size", "Stretching exercises");
        assertThat(normal).contains("Insert the dilator");
    }

    @Test
    void afterARedFlagAPassageThatIsAllPracticeGivesNoAnswer() {
        PassageHit practice = hit("using", "Moving up a size", "Move up a size when the dilator is comfortable. "
                + "Insert it slowly.");

        ComposedAnswer answer = composer.compose(new AnswerRequest("dilator", Audience.SELF, List.of(practice), true));

        assertThat(answer.text()).isEmpty();
        assertThat(answer.used()).isEmpty();
    }

    /** Seven sentences: the last holds the answer; the five before it repeat the question's commoner words. */
    private static final String CARE = "A dilator set starts small. Use lube with every dilator. "
            + "A dilator with lube slides in gently. Keep the dilator and the lube within reach. "
            + "Rest the dilator at the entrance with more lube. Go at your own pace. "
            + "Wash it afterwards with warm water and unscented soap.";

    @Test
    void theSentenceThatAnswersIsKeptEvenAtTheEndOfALongPassage() {
        // "dilator" and "lube" are in five sentences, "wash" in one: the five that say "dilator" outscored it by count.
        ComposedAnswer answer = composer.compose(new AnswerRequest("how do i wash the dilator after using it with lube",
                Audience.SELF, List.of(hit("care", "Using a dilator with lube", CARE))));

        assertThat(answer.text()).contains("warm water and unscented soap");
        assertThat(ExtractiveAnswerComposer.units(answer.text())).hasSize(6); // the heading and five sentences
    }

    @Test
    void theSentenceThatAnswersIsStillLeftOutAfterARedFlagWhenItInvitesPractice() {
        String text = "Sharp pain is a reason to stop and get checked. A clinician can look for a cause. "
                + "Rest is fine for now. Nothing here is urgent unless it gets worse. Write down what you felt. "
                + "Keep notes for the appointment. Insert the dilator again every evening once you feel ready.";

        String paused = composer.compose(new AnswerRequest("how often can i insert the dilator again", Audience.SELF,
                List.of(hit("pain", "Pain during practice", text)), true)).text();

        assertThat(paused).contains("Sharp pain is a reason to stop").doesNotContain("every evening");
    }

    @Test
    void theAnswerOutsideTheBestWindowTakesTheWeakestPlaceAfterTheOpening() {
        // The opening five share most words with the question; the one sentence about washing is the last of seven.
        String text = "Dilators and lube go together. Use lube on the dilator. More lube helps the dilator slide. "
                + "Lube the dilator again if it drags. Any dilator feels better with lube. Go at your own pace. "
                + "Wash it afterwards with warm water and unscented soap.";

        String answer = composer.compose(new AnswerRequest("i use a dilator with lube, how do i wash the dilator and "
                + "lube off", Audience.SELF, List.of(hit("care", "How do I begin?", text)))).text();

        assertThat(answer).startsWith("**How do I begin?**\nDilators and lube go together.")
                .contains("unscented soap").doesNotContain("feels better");
        assertThat(ExtractiveAnswerComposer.units(answer)).hasSize(6);
    }

    @Test
    void fillersLikeStillOrNowPickNoSentence() {
        String text = "The reflex says nothing about how much she desires you. Tell her her experience is real. "
                + "Keep conversations safe. Listen with empathy. Trust what she shows you. "
                + "Love shows in many ways. A body that cannot open right now is still no proof of missing love.";

        String answer = composer.compose(new AnswerRequest("she avoids sex now. does she still find me attractive?",
                Audience.PARTNER, List.of(hit("attraction", "Does it mean she is not attracted to me?", text)))).text();

        assertThat(answer).contains("says nothing about how much she desires you");
    }
}
