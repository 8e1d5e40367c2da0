package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safepace.knowledge.PreviousTopic;
import org.safepace.knowledge.PreviousTopic.Lean;

/** Which turns carry their topic on to the next follow-up instead of starting a topic of their own. */
class TopicCarriedOnTests {

    private static final float[] TOPIC = {0, 1};
    private static final float[] OWN = {1, 0};

    private static Understanding after(Lean lean) {
        PreviousTopic topic = new PreviousTopic("choosing-a-lubricant-and-dilator-care",
                List.of("choosing-a-lubricant-and-dilator-care#how-do-i-clean-and-store-my-dilators"), TOPIC, lean);
        return new Understanding(Intent.QUESTION, AudienceHint.SELF, Feeling.NONE, "can i boil them?", false, topic,
                "can i boil them?", false, null, false, false, false);
    }

    @Test
    void aQuestionThatPointsBackAndIsAnsweredFromTheTopicsArticleCarriesTheTopicOn() {
        // "can i boil them?" after cleaning dilators: "them" needs the topic, so the next follow-up is anchored to it.
        assertThat(after(Lean.REFERS_BACK).carriesTheTopicOn("choosing-a-lubricant-and-dilator-care")).isTrue();
    }

    @Test
    void aQuestionThatPointsBackButIsAnsweredFromAnotherArticleStartsATopicOfItsOwn() {
        Understanding understood = after(Lean.REFERS_BACK);

        assertThat(understood.carriesTheTopicOn("using-a-dilator")).isFalse();
        assertThat(understood.carriesTheTopicOn(null)).as("nothing answered").isFalse();
        assertThat(understood.topicVector(OWN)).isSameAs(OWN);
    }

    @Test
    void aFollowUpAlreadyKeepsItsTopicAndANewQuestionHasNone() {
        assertThat(after(Lean.ELLIPTICAL).carriesTheTopicOn("choosing-a-lubricant-and-dilator-care")).isFalse();
        assertThat(after(Lean.ELLIPTICAL).topicVector(OWN)).containsExactly(TOPIC);
        Understanding fresh = new Understanding(Intent.QUESTION, AudienceHint.SELF, Feeling.NONE, "q", false, null, "q",
                false, null, false, false, false);
        assertThat(fresh.carriesTheTopicOn("choosing-a-lubricant-and-dilator-care")).isFalse();
    }
}
