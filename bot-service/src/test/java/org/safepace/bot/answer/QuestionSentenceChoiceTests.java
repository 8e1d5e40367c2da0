package org.safepace.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.PassageHit;

class QuestionSentenceChoiceTests {

    private final QuestionSentenceChoice choice = new QuestionSentenceChoice();

    private static PassageHit hit(String id, String section, String text, String... questions) {
        return new PassageHit("a#" + id, "a", "Title", section, text, 1.0, Audience.SELF, List.of(),
                List.of("seed.txt"), List.of(questions));
    }

    /** A story about dilators and a partner whose last sentence asks about cleaning. */
    private static final String STORY = "I got my dilators two weeks ago and I have been using the smallest one every "
            + "night with the breathing, and my boyfriend has been lovely about all of it, and honestly it is going "
            + "better than I feared. But I have just been rinsing it under the tap afterwards and putting it back in "
            + "the box. How do I clean the dilators properly, and can I boil them?";

    private final PassageHit using = hit("using", "How do I use a dilator?",
            "Lie back with your knees bent. Breathe out as you insert the dilator slowly.",
            "how do i use a dilator?", "how do i put a dilator in?");
    private final PassageHit partner = hit("partner", "Can my partner help with dilators?",
            "Your partner can sit with you or hold your hand.", "can my boyfriend help?");
    private final PassageHit cleaning = hit("clean", "How do I clean and store my dilators?",
            "Wash each dilator with warm water and a mild soap. Some silicone dilators can be boiled, others cannot.",
            "how do i clean my dilators?", "can i boil a dilator?");
    private final PassageHit further = hit("further", "Can I boil and clean dilators?",
            "Boil and clean them.", "how do i clean and boil dilators?");

    @Test
    void aLowerPassageThatAnswersTheQuestionSentenceClearlyBetterIsChosen() {
        assertThat(choice.choose(STORY, List.of(using, partner, cleaning), false)).isEqualTo(2);
    }

    @Test
    void aPassageFurtherDownThanTheThirdIsNeverChosen() {
        assertThat(choice.choose(STORY, List.of(using, partner, hit("x", "Other", "Other."), further), false))
                .isZero();
    }

    @Test
    void theFirstStaysWhenItAnswersTheQuestionAsWell() {
        assertThat(choice.choose(STORY, List.of(cleaning, using, partner), false)).isZero();
    }

    @Test
    void aCloseLeadIsNotEnough() {
        // With a margin above what the cleaning passage gains, the retriever's order stands.
        assertThat(new QuestionSentenceChoice(100).choose(STORY, List.of(using, partner, cleaning), false)).isZero();
    }

    @Test
    void oneWordOnlyTheLowerPassageHoldsIsNotEnough() {
        // "boil" in one heading and nowhere else weighs ln 3, under the margin: it lost as many dev answers as it found.
        PassageHit kettle = hit("kettle", "Can I boil a kettle?", "Use fresh water.");
        List<PassageHit> hits = List.of(hit("o", "Other topic", "Nothing here."), kettle, hit("p", "Another", "None."));
        assertThat(QuestionSentenceChoice.MARGIN).isGreaterThan(Math.log(3));
        assertThat(choice.choose(STORY, hits, false)).isZero();
        assertThat(new QuestionSentenceChoice(1.0).choose(STORY, hits, false)).isEqualTo(1);
    }

    @Test
    void shortMessagesFollowUpsAndQuestionsThatNameNothingKeepTheFirst() {
        List<PassageHit> hits = List.of(using, partner, cleaning);
        assertThat(choice.choose("how do i clean dilators, can i boil them?", hits, false)).isZero();
        assertThat(choice.choose(STORY, hits, true)).isZero();
        String generic = STORY.substring(0, STORY.indexOf("How do I")) + "What should I do?";
        assertThat(choice.choose(generic, hits, false)).isZero();
    }

    @Test
    void aMessageUnderFortyWordsKeepsTheRetrieversOrder() {
        // 26 words with a question sentence of its own: the search read it as mostly question already.
        String shorter = "I got my dilators two weeks ago and my boyfriend is lovely about it. "
                + "How do I clean the dilators properly, and can I boil them?";
        assertThat(shorter.split("\\s+")).hasSizeLessThan(QuestionSentenceChoice.LONG_STORY_WORDS);
        assertThat(choice.choose(shorter, List.of(using, partner, cleaning), false)).isZero();
    }

    @Test
    void aWordEveryCandidateHoldsCountsForNothing() {
        // "dilator" is in all three: only "clean" and "boil" tell them apart.
        var weights = QuestionSentenceChoice.weights(ExtractiveAnswerComposer.telling("how do i clean and boil a dilator?"),
                Stream.of(using, partner, cleaning).map(QuestionSentenceChoice.Lines::of).toList());
        assertThat(weights).containsEntry("dilat", 0.0);
        assertThat(weights.get("clean")).isGreaterThan(1.0);
    }

    @Test
    void theComposerAnswersFromTheChosenPassage() {
        ComposedAnswer answer = new ExtractiveAnswerComposer().compose(
                new AnswerRequest(STORY, Audience.SELF, List.of(using, partner, cleaning)));

        assertThat(answer.used()).containsExactly(cleaning);
        assertThat(answer.text()).startsWith("**How do I clean and store my dilators?**");
    }
}
