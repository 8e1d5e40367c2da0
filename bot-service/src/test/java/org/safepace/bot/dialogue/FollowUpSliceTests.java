package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safepace.bot.meaning.TestEmbeddings;
import org.safepace.bot.testing.TsvRows;
import org.safepace.knowledge.PreviousTopic.Lean;

/**
 * Follow-up recognition with the real banks and the real query embedding: whether and how a message leans on the
 * topic before it, case by case from understanding/follow-ups.tsv.
 */
class FollowUpSliceTests {

    private static MessageUnderstanding understanding;

    @BeforeAll
    static void embedTheBanks() {
        understanding = new MessageUnderstanding(UnderstandingBank.fromClasspath(TestEmbeddings::embedAll));
    }

    static Stream<Arguments> cases() {
        return TsvRows.read("/understanding/follow-ups.tsv").stream()
                .filter(cols -> !cols[0].equals("previous"))
                .map(cols -> Arguments.of(cols[0], cols[1], cols[2]));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @MethodSource("cases")
    void readsHowEachMessageLeansOnTheTopicBeforeIt(String previous, String message, String lean) {
        Understanding understood = understand(message, previous);

        Lean read = understood.previous() == null ? null : understood.previous().lean();
        assertThat(read).as(message).isEqualTo(lean.equals("NONE") ? null : Lean.valueOf(lean));
    }

    @Test
    void aFollowUpIsSearchedWithItsTopicAndKeepsTheTopicAsTheAnchorOfTheNextTurn() {
        Understanding understood = understand("how far in?", "how do i use the smallest trainer");

        assertThat(understood.retrievalQuery()).isEqualTo("how do i use the smallest trainer how far in?");
        assertThat(understood.topicQuery()).isEqualTo("how do i use the smallest trainer");
    }

    @Test
    void aQuestionThatRefersBackIsSearchedWithItsOwnWordsWithoutTheWordsThatResumeTheTopic() {
        Understanding understood = understand("ok back to it, can vaginismus be cured for good?", "what is vaginismus");

        assertThat(understood.retrievalQuery()).isEqualTo("can vaginismus be cured for good?");
        assertThat(understood.topicQuery()).isEqualTo("can vaginismus be cured for good?");
        assertThat(understood.intent()).isEqualTo(Intent.QUESTION);
    }

    @Test
    void aFollowUpWithoutAnEarlierTopicLeansOnNothing() {
        Understanding understood = understand("and then what?", "");

        assertThat(understood.previous()).isNull();
        assertThat(understood.retrievalQuery()).isEqualTo("and then what?");
    }

    private static Understanding understand(String message, String previous) {
        Session session = new Session("s1234567890123456");
        if (!previous.isEmpty()) {
            session.remember(new Session.Turn(Intent.QUESTION, previous, List.of("some-article#some-section"),
                    "some-article", TestEmbeddings.embed(previous)));
        }
        return understanding.understand(message, TestEmbeddings.embed(message), session, AudienceHint.UNKNOWN);
    }
}
