package org.safepace.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.PassageHit;

class ExtractiveAnswerComposerTests {

    private final ExtractiveAnswerComposer composer = new ExtractiveAnswerComposer();

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
}
