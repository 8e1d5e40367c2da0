package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Whole turns for a feeling shared without a question, met where the guidance speaks to that feeling. */
@SpringBootTest
class FeelingRepliesIT {

    @Autowired
    ConversationService conversations;

    @Test
    void aWorryToldWithoutAQuestionIsNotAnsweredWithAYesOrNoItNeverAsked() {
        BotReply reply = conversations.reply(new IncomingMessage(null,
                "we hardly even cuddle anymore, both of us just go to bed at different times now so nothing happens",
                AudienceHint.SELF, Channel.WEB, "en"));

        assertThat(reply.intent()).isEqualTo(Intent.FEELINGS);
        assertThat(reply.sources()).isNotEmpty();
        assertThat(reply.text()).doesNotContain("\n\nNo. ").doesNotContain("\n\nYes. ")
                .doesNotStartWith("No.").doesNotStartWith("Yes.");
    }

    @Test
    void aFeelingToldBesidePracticeIsMetWhereTheGuidanceSpeaksToItNotWithPracticeSteps() {
        // Found in the dev replies: hopelessness about dilators was answered with how to insert one.
        BotReply reply = conversations.reply(new IncomingMessage(null,
                "i stopped doing the dilators a month ago. no point, it never changes", AudienceHint.UNKNOWN, Channel.WEB,
                "en"));

        assertThat(reply.intent()).isEqualTo(Intent.FEELINGS);
        assertThat(reply.sources()).isNotEmpty();
        assertThat(reply.sources()).noneMatch(source -> source.articleId().equals("graded-steps-from-touch-to-dilators"));
        assertThat(reply.text()).doesNotContainIgnoringCase("insert it");
    }
}
