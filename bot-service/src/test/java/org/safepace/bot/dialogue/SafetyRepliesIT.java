package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safepace.bot.retrieval.GuidanceRetriever;
import org.safepace.bot.safety.SeekCareMessages;
import org.safepace.bot.safety.TriageLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Whole turns for the safety situations of issue 11 that ConversationService itself routes. */
@SpringBootTest
class SafetyRepliesIT {

    @Autowired
    ConversationService conversations;

    @Autowired
    GuidanceRetriever retriever;

    private BotReply reply(String text) {
        return conversations.reply(new IncomingMessage(null, text, AudienceHint.UNKNOWN, Channel.WEB, "en"));
    }

    @Test
    void aMessageNotInEnglishGetsAnHonestEnglishReplyWithTheRoutesToHelpAndNoGuidance() {
        BotReply reply = reply("Hola, ¿cómo puedo empezar con los dilatadores?");
        assertThat(reply.triage().level()).isEqualTo(TriageLevel.NONE);
        assertThat(reply.text()).startsWith("I'm sorry: SafePace can only read and answer messages in English")
                .contains("116 123").contains("999");
        assertThat(reply.sources()).isEmpty();
    }

    private BotReply reply(String sessionId, String text) {
        return conversations.reply(new IncomingMessage(sessionId, text, AudienceHint.UNKNOWN, Channel.WEB, "en"));
    }

    @Test
    void aRedFlagsPauseIsSaidAgainWhenALaterTurnAsksAboutPracticeUntilTheWriterSaysItWasSeenTo() {
        BotReply flagged = reply("i've been bleeding a bit after each session lately and i've no idea why");
        assertThat(flagged.triage().level()).isEqualTo(TriageLevel.SEEK_CARE);

        BotReply next = reply(flagged.sessionId(), "so can i still do my session tonight?");
        assertThat(next.text()).contains("please pause practice");
        assertThat(next.triage().level()).isEqualTo(TriageLevel.NONE); // the turn's own level is its own screen's
        assertThat(next.intent()).isNotEqualTo(Intent.GOODBYE);

        reply(flagged.sessionId(), "ok update, the gp checked me and said it's fine, just a small tear that healed");
        BotReply after = reply(flagged.sessionId(), "so can i do my session tonight?");
        assertThat(after.text()).doesNotContain("please pause practice");
    }

    @Test
    void aRedFlagThatCameTooFastStillPausesPracticeForTheTurnsAfterIt() {
        BotReply first = reply("hi");
        BotReply paced = conversations.pacedReply(new IncomingMessage(first.sessionId(),
                "i have been bleeding a little after each dilator session and i dont know why", AudienceHint.UNKNOWN,
                Channel.TELEGRAM, "en"));
        assertThat(paced.triage().level()).isEqualTo(TriageLevel.SEEK_CARE);

        BotReply next = reply(first.sessionId(), "can i still do my dilator session tonight?");
        assertThat(next.text()).contains("please pause practice");
    }

    @Test
    void aRedFlagSaidOverTwoMessagesIsAnEmergencyOnEveryPath() {
        BotReply first = reply("ok. i bled after last time tho");
        assertThat(first.triage().level()).isEqualTo(TriageLevel.SEEK_CARE);
        BotReply next = reply(first.sessionId(), "like its a lot actually and its still going, been over an hour");
        assertThat(next.triage().level()).isEqualTo(TriageLevel.EMERGENCY);

        BotReply other = reply("ok. i bled after last time tho");
        BotReply paced = conversations.pacedReply(new IncomingMessage(other.sessionId(),
                "like its a lot actually and its still going, been over an hour", AudienceHint.UNKNOWN,
                Channel.TELEGRAM, "en"));
        assertThat(paced.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(paced.intent()).isEqualTo(Intent.SAFETY);
    }

    @Test
    void heavyBleedingInSpanishIsStillAnEmergency() {
        BotReply reply = reply("Estoy sangrando mucho y no para");
        assertThat(reply.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(reply.text()).startsWith("**Please call").contains("English");
    }

    @Test
    void suicidalThoughtsWithoutKeywordsAreAnEmergencyThatOpensWithACrisisLine() {
        BotReply reply = reply("i dont see the point in living anymore");
        assertThat(reply.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(reply.text()).startsWith("**Please talk to someone now").contains("116 123");
        assertThat(reply.sources()).isEmpty();
    }

    @Test
    void anInvisibleCharacterInsideAWordHidesNothing() {
        BotReply reply = reply("I am ble\u200Beding heavily and it won't stop");
        assertThat(reply.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(reply.triage().categories()).contains("heavy_bleeding");
    }

    @Test
    void aPartnerAdmittingForceGetsTheirSafetyReplyOnceAndNothingElse() {
        // Read by the rules and by understanding (FORCE_ADMISSION): the partner-used-force message, said once.
        BotReply reply = reply("she said stop but i kept going, i feel sick about it");

        assertThat(reply.triage().level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(reply.triage().categories()).contains("partner_used_force");
        assertThat(reply.intent()).isEqualTo(Intent.SAFETY);
        assertThat(reply.text().split("consent come first", -1)).hasSize(2); // said once
        assertThat(reply.sources()).isEmpty();
    }

    @Test
    void aPartnerWhoUsedForceAndAsksAboutPracticeGetsOnlyTheirSafetyReply() {
        // The rules read force; understanding reads the practice question. Tips on positions would read as going on.
        BotReply reply = reply("she froze and went quiet and i carried on anyway. what positions are easier for her?");

        assertThat(reply.triage().level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(reply.triage().categories()).contains("partner_used_force");
        assertThat(reply.intent()).isEqualTo(Intent.SAFETY);
        assertThat(reply.text()).contains("consent come first").doesNotContainIgnoringCase("position");
        assertThat(reply.sources()).isEmpty();
    }

    @Test
    void aRedFlagInAPracticeQuestionNamesTheRedFlagsPassageFirstAndOffersNoPositions() {
        BotReply reply = reply("we've been doing the dilator with my wife most nights, going ok, but she had some "
                + "bleeding afterwards that neither of us can explain. which position should we use next time?");

        assertThat(reply.triage().level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(reply.sources()).isNotEmpty();
        assertThat(reply.sources().get(0).section()).isEqualTo("Which symptoms mean I should pause practice and get checked?");
        assertThat(reply.sources()).noneMatch(source -> source.articleId().equals("positions-that-ease-tension"));
        assertThat(reply.text()).doesNotContainIgnoringCase("side-lying").doesNotContainIgnoringCase("on top");
    }

    @Test
    void aRedFlagWithAQuestionAboutPractisingIsAnsweredByThePauseAlone() {
        // Found in the dev replies: "pause your practice", then "Add movement only when you feel ready..." after it.
        BotReply reply = reply("We tried containment last weekend and it went ok. I've had a temperature of 38.5 since "
                + "yesterday and I feel shivery, probably a bug. Should we try adding movement next?");

        assertThat(reply.triage().level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(reply.text()).containsIgnoringCase("pause your practice")
                .doesNotContain("Meanwhile, here is what the guidance says")
                .doesNotContainIgnoringCase("add movement only");
    }

    @Test
    void aRoutineNoteComesAfterTheAnswerAndTheFeelingItMeets() {
        // Found in the dev replies: a shame message was met by "talk to a professional / I can't diagnose" first.
        BotReply reply = reply("whats wrong with me?? i'm 26 and i can't even get a tampon in, my little sister uses "
                + "them no problem");

        assertThat(reply.triage().level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(reply.text()).doesNotStartWith("**It would help").contains("It would help to talk this through")
                .doesNotContain("Meanwhile, here is what the guidance says");
        assertThat(reply.text().indexOf("It would help to talk this through"))
                .isGreaterThan(reply.text().indexOf("tampon"));
    }

    @Test
    void someoneCoercedIsGivenTheirSafetyMessageAloneNotCouplesAdvice() {
        // Found in the dev replies: after the helpline, "talking openly often brings people closer" and how to tell a
        // new partner.
        BotReply reply = reply("my husband says its my duty and that he will tell my family if i keep refusing. i am so "
                + "afraid");

        assertThat(reply.triage().categories()).contains("abuse_or_coercion");
        assertThat(reply.text()).contains("You deserve to feel safe")
                .doesNotContain("Meanwhile, here is what the guidance says").doesNotContainIgnoringCase("brings people closer");
        assertThat(reply.sources()).noneMatch(source -> source.articleId().equals("telling-a-new-partner"));
    }

    @Test
    void painThatKeepsGettingWorseNamesThePainPassage() {
        BotReply reply = reply("every time i practise now the pain is sharper, like 7 out of 10 and getting worse each "
                + "session. should i just push on?");

        assertThat(reply.triage().level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(reply.sources().get(0).section()).isEqualTo("What kind of pain means I should get checked?");
    }

    @Test
    void aMoreSpecificRouteIsNotUnderminedByTheGeneralRedFlagsPassage() {
        // Pregnancy replaces the GP / sexual-health advice for bleeding: the passage that gives that advice is not cited.
        BotReply reply = reply("i'm 9 weeks pregnant and have had some bleeding and cramps today, can i still do my "
                + "relaxation exercises?");

        assertThat(reply.triage().categories()).contains("pregnancy");
        assertThat(reply.sources()).noneMatch(source -> source.articleId().equals("red-flags")
                && source.section().startsWith("Which symptoms"));
    }

    @Test
    void everyPassageASafetyCategoryNamesExists() {
        assertThat(SeekCareMessages.GUIDANCE_PASSAGES.values())
                .allSatisfy(id -> assertThat(retriever.passage(id)).as(id).isPresent());
    }
}
