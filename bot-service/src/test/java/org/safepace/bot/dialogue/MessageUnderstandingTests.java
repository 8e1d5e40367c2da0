package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safepace.knowledge.PreviousTopic.Lean;
import org.safepace.bot.meaning.TestEmbeddings;

class MessageUnderstandingTests {

    private static MessageUnderstanding understanding;

    @BeforeAll
    static void embedTheBanks() {
        understanding = new MessageUnderstanding(UnderstandingBank.fromClasspath(TestEmbeddings::embedAll));
    }

    private static Understanding understand(String text, Session session, AudienceHint requested) {
        return understanding.understand(text, TestEmbeddings.embed(text), session, requested);
    }

    @Test
    void helpOrAskSaidOfSomeoneElseDoesNotSpeakToTheBot() {
        assertThat(MessageUnderstanding.addressesTheBot("he asked if he could help with it. should he?")).isFalse();
        assertThat(MessageUnderstanding.addressesTheBot("what i can ask them for")).isFalse();
        assertThat(MessageUnderstanding.addressesTheBot("help")).isTrue();
        assertThat(MessageUnderstanding.addressesTheBot("what can i ask")).isTrue();
        assertThat(MessageUnderstanding.addressesTheBot("can you help her with anything?")).isTrue();
    }

    @Test
    void keepsAPartnersVoiceForTheRestOfTheSession() {
        Session session = new Session("s1234567890123456");
        understand("My wife has vaginismus, how can I help her?", session, AudienceHint.UNKNOWN);

        Understanding later = understand("what about lube?", session, AudienceHint.UNKNOWN);

        assertThat(later.audience()).isEqualTo(AudienceHint.PARTNER);
    }

    @Test
    void whoeverAsksHowToGetPastAPartnersNoIsHeardAsThePartnerButASupportivePartnerIsNotAskedToStop() {
        Session session = new Session("s1234567890123456");

        Understanding pressure = understand("if she really loved me she would try harder, how do i get that across",
                session, AudienceHint.UNKNOWN);
        Understanding supportive = understand("how do i get her to stop feeling guilty about it",
                new Session("s1234567890123457"), AudienceHint.UNKNOWN);

        assertThat(pressure.intent()).isEqualTo(Intent.CONSENT_BOUNDARY);
        assertThat(pressure.audience()).isEqualTo(AudienceHint.PARTNER);
        assertThat(session.audience()).isEqualTo(AudienceHint.PARTNER);
        assertThat(supportive.intent()).isNotEqualTo(Intent.CONSENT_BOUNDARY);
    }

    @Test
    void theRequestsAudienceWinsOverWhatTheMessageSuggests() {
        Session session = new Session("s1234567890123456");

        Understanding understood = understand("my wife has vaginismus", session, AudienceHint.SELF);

        assertThat(understood.audience()).isEqualTo(AudienceHint.SELF);
        assertThat(session.audience()).isEqualTo(AudienceHint.SELF);
    }

    @Test
    void aFollowUpSearchesWithThePreviousTopic() {
        Session session = new Session("s1234567890123456");
        session.remember(new Session.Turn(Intent.QUESTION, "how do I do the relaxation circuit",
                List.of("daily-relaxation-circuit#what-the-circuit-involves")));

        Understanding understood = understand("How many times a day?", session, AudienceHint.UNKNOWN);

        assertThat(understood.intent()).isEqualTo(Intent.FOLLOW_UP);
        assertThat(understood.retrievalQuery()).isEqualTo("how do I do the relaxation circuit How many times a day?");
        assertThat(understood.elliptical()).isFalse();
    }

    @Test
    void afterAFeelingToldTheSectionChosenForItIsNotARepeatButAfterAQuestionItIs() {
        String guilt = "emotional-side#why-do-i-feel-guilty-towards-my-partner";
        Session afterFeeling = new Session("s1234567890123456");
        afterFeeling.remember(new Session.Turn(Intent.FEELINGS, "i feel so guilty, he never complains",
                List.of(guilt), "emotional-side", null));
        Session afterQuestion = new Session("s1234567890123457");
        afterQuestion.remember(new Session.Turn(Intent.QUESTION, "why do i feel so guilty towards him",
                List.of(guilt), "emotional-side", null));

        Understanding felt = understand("so what do i do about it?", afterFeeling, AudienceHint.UNKNOWN);
        Understanding asked = understand("so what do i do about it?", afterQuestion, AudienceHint.UNKNOWN);

        assertThat(felt.previous()).isNotNull();
        assertThat(felt.previous().articleId()).isEqualTo("emotional-side");
        assertThat(felt.previous().passageIds()).isEmpty();
        assertThat(asked.previous()).isNotNull();
        assertThat(asked.previous().passageIds()).containsExactly(guilt);
    }

    @Test
    void aTopicResumedAfterAnotherReplyCameBetweenHasNoRepeatsButRightAfterTheAnswerItDoes() {
        // dev-c143: "anyway. how much lube should i use" asks for the passage turn 1 gave, two replies back.
        String lube = "lubricants-moisturisers-and-oestrogen#how-much-lube-should-i-use-for-vaginismus";
        Session aside = new Session("s1234567890123456");
        aside.remember(new Session.Turn(Intent.QUESTION, "which lube can we use with condoms?", List.of(lube),
                "lubricants-moisturisers-and-oestrogen", null));
        aside.remember(new Session.Turn(Intent.OFF_TOPIC, "do cats get jealous??", List.of()));
        Session straight = new Session("s1234567890123457");
        straight.remember(new Session.Turn(Intent.QUESTION, "which lube can we use with condoms?", List.of(lube),
                "lubricants-moisturisers-and-oestrogen", null));

        Understanding afterAside = understand("anyway. how much lube should i use", aside, AudienceHint.UNKNOWN);
        Understanding rightAfter = understand("anyway. how much lube should i use", straight, AudienceHint.UNKNOWN);

        assertThat(afterAside.previous()).isNotNull();
        assertThat(afterAside.previous().articleId()).isEqualTo("lubricants-moisturisers-and-oestrogen");
        assertThat(afterAside.previous().passageIds()).isEmpty();
        assertThat(rightAfter.previous()).isNotNull();
        assertThat(rightAfter.previous().lean()).isEqualTo(afterAside.previous().lean());
        assertThat(rightAfter.previous().passageIds()).containsExactly(lube);
    }

    @Test
    void aPronounForThePersonTheTurnBeforeNamedIsSearchedAsThatPerson() {
        // dev-c201: "her" is the physio, so the search is not given "partner" but "physio".
        Session session = new Session("s1234567890123456");
        understand("my bf keeps saying its fine but i can tell it bugs him. how do we talk about it", session,
                AudienceHint.UNKNOWN);
        session.remember(new Session.Turn(Intent.QUESTION, "and could he come with me to my physio appt or is that weird",
                List.of("getting-professional-help#can-my-partner-come-to-appointments-with-me"),
                "getting-professional-help", null));

        Understanding understood = understand("what should i even ask her when i'm there", session, AudienceHint.SELF);

        assertThat(understood.searchQuery()).isEqualTo("what should i even ask physio when i'm there");
        assertThat(understood.previous()).isNotNull();
        assertThat(understood.previous().lean()).isEqualTo(Lean.REFERS_BACK);
    }

    @Test
    void aShortContinuationOfAPartnersTopicIsNotAPushOnMeaningAloneButAPlainPushStillIs() {
        // dev-c185, dev-c207: meaning alone leaned pressing on these few words; the topic says what they ask.
        Session session = new Session("s1234567890123456");
        session.remember(new Session.Turn(Intent.QUESTION, "my girlfriend wants me there when she does her dilators",
                List.of("partner-helping-with-dilators#what-if-she-wants-me-there"), "partner-helping-with-dilators",
                null));

        assertThat(understand("and if she wants me to put it in?", session, AudienceHint.PARTNER).intent())
                .isNotEqualTo(Intent.CONSENT_BOUNDARY);
        assertThat(understand("and when she will be ready for try again?", session, AudienceHint.PARTNER).intent())
                .isNotEqualTo(Intent.CONSENT_BOUNDARY);
        assertThat(understand("and if she wants me to put it in?", new Session("s1234567890123457"),
                AudienceHint.UNKNOWN).intent()).isEqualTo(Intent.CONSENT_BOUNDARY); // no topic: read as before
        assertThat(understand("and how do i get her to stop saying no", session, AudienceHint.PARTNER).intent())
                .isEqualTo(Intent.CONSENT_BOUNDARY);
        assertThat(understand("so if i push a bit harder she'll get used to it right?", session, AudienceHint.PARTNER)
                .intent()).isEqualTo(Intent.CONSENT_BOUNDARY);
    }

    @Test
    void aFollowUpSayingOnlyTheDetailItAsksIsMarkedSoForTheSearch() {
        Session session = new Session("s1234567890123456");
        session.remember(new Session.Turn(Intent.QUESTION, "how do i do a reverse kegel",
                List.of("relaxation-techniques#how-do-i-do-a-reverse-kegel"), "relaxation-techniques", null));

        Understanding bare = understand("how long for?", session, AudienceHint.UNKNOWN);
        Understanding own = understand("how many times in week?", session, AudienceHint.UNKNOWN);

        assertThat(bare.previous()).isNotNull();
        assertThat(bare.previous().detailOnly()).isTrue();
        assertThat(own.previous()).isNotNull();
        assertThat(own.previous().detailOnly()).isFalse();
    }

    @Test
    void afterASafetyReplyAQuestionOfItsOwnIsNotPulledBackToTheSymptom() {
        Session session = new Session("s1234567890123456");
        session.remember(new Session.Turn(Intent.QUESTION, "burning and a weird discharge since my last session",
                List.of("troubleshooting-practice#what-helps-with-burning-at-the-vaginal-entrance"),
                "troubleshooting-practice", null, true));

        Understanding understood = understand(
                "ok i'll get it checked. once it's cleared up how do i get back into practising?", session,
                AudienceHint.UNKNOWN);

        assertThat(understood.previous()).isNull();
        assertThat(understood.retrievalQuery()).isEqualTo("once it's cleared up how do i get back into practising?");
    }

    @Test
    void aPartnerAskingHowToHurryHerIsHeardAsAPartner() {
        Session session = new Session("s1234567890123456");

        Understanding understood = understand("how do i get my girlfriend to stop stalling and just try sex", session,
                AudienceHint.UNKNOWN);

        assertThat(understood.intent()).isEqualTo(Intent.CONSENT_BOUNDARY);
        assertThat(understood.audience()).isEqualTo(AudienceHint.PARTNER);
    }

    @Test
    void whoAsksWhatOfWhomSaysWhoIsWritingWhenTheClausesOnlyHearWhoHurts() {
        // The clauses hear the writer's hurt (SELF) and the partner's pain (PARTNER); the request says otherwise.
        Understanding pressing = understand("help me write something to my husband that shows how hurt i am when he "
                + "turns me down, i want him to give in", new Session("s1234567890123456"), AudienceHint.UNKNOWN);
        Understanding enduring = understand("he never notices how much it hurts, should i just keep bearing it so he "
                + "stays happy", new Session("s1234567890123457"), AudienceHint.UNKNOWN);

        assertThat(pressing.intent()).isEqualTo(Intent.CONSENT_BOUNDARY);
        assertThat(pressing.audience()).isEqualTo(AudienceHint.PARTNER);
        assertThat(enduring.feeling()).isEqualTo(Feeling.ENDURING_PAIN);
        assertThat(enduring.audience()).isEqualTo(AudienceHint.SELF);
    }

    @Test
    void theStanceDecidesWhatMeaningCannotWhoWantsWhatOfWhom() {
        Understanding pressing = understand("she keeps saying not yet, what can i tell her so she finally agrees",
                new Session("s1234567890123456"), AudienceHint.UNKNOWN);
        Understanding supportive = understand("she keeps saying not yet, how do i show her that's completely fine",
                new Session("s1234567890123457"), AudienceHint.UNKNOWN);
        Understanding opinion = understand("i reckon she could relax more if she really wanted to, is that unfair?",
                new Session("s1234567890123458"), AudienceHint.UNKNOWN);
        Understanding contraception = understand("which pill could i take so i don't get pregnant, nothing can go in",
                new Session("s1234567890123459"), AudienceHint.UNKNOWN);

        assertThat(pressing.intent()).isEqualTo(Intent.CONSENT_BOUNDARY);
        assertThat(supportive.intent()).isNotIn(Intent.CONSENT_BOUNDARY, Intent.FORCE_ADMISSION);
        assertThat(opinion.intent()).isNotEqualTo(Intent.FORCE_ADMISSION);
        assertThat(contraception.intent()).isNotEqualTo(Intent.MEDICATION_OR_DIAGNOSIS);
    }

    @Test
    void aFollowUpWithNothingBeforeItIsAQuestionOfItsOwn() {
        Understanding understood = understand("why?", new Session("s1234567890123456"),
                AudienceHint.UNKNOWN);

        assertThat(understood.intent()).isEqualTo(Intent.QUESTION);
        assertThat(understood.retrievalQuery()).isEqualTo("why?");
        // It means little alone: only a confident match may answer it, never a near miss.
        assertThat(understood.elliptical()).isTrue();
    }

    @Test
    void aQuestionWithFeelingsStaysAQuestionAndKeepsTheFeeling() {
        Understanding understood = understand("I feel so ashamed, is it normal that dilators scare me?",
                new Session("s1234567890123456"), AudienceHint.UNKNOWN);

        assertThat(understood.intent()).isEqualTo(Intent.QUESTION);
        assertThat(understood.feeling()).isIn(Feeling.SHAME, Feeling.FEAR); // it shows both
        assertThat(understood.needsRetrieval()).isTrue();
    }

    @Test
    void aFeelingSharedWithoutAQuestionIsFeelings() {
        Understanding understood = understand("i feel so guilty, he has waited so long for me",
                new Session("s1234567890123456"), AudienceHint.UNKNOWN);

        assertThat(understood.intent()).isEqualTo(Intent.FEELINGS);
        assertThat(understood.feeling()).isEqualTo(Feeling.GUILT);
        assertThat(understood.outside()).isFalse();
    }

    @Test
    void enduringPainOutranksAnyOtherFeelingAndAMoreSpecificHeardFeelingOutranksANamedOne() {
        assertThat(MessageUnderstanding.feeling(Feeling.GUILT, Feeling.ENDURING_PAIN)).isEqualTo(Feeling.ENDURING_PAIN);
        assertThat(MessageUnderstanding.feeling(Feeling.ENDURING_PAIN, Feeling.GUILT)).isEqualTo(Feeling.ENDURING_PAIN);
        assertThat(MessageUnderstanding.feeling(Feeling.FEAR, Feeling.RELATIONSHIP_WORRY))
                .isEqualTo(Feeling.RELATIONSHIP_WORRY);
        assertThat(MessageUnderstanding.feeling(Feeling.FEAR, Feeling.SADNESS)).isEqualTo(Feeling.FEAR);
        assertThat(MessageUnderstanding.feeling(Feeling.NONE, Feeling.SADNESS)).isEqualTo(Feeling.SADNESS);
    }

    @Test
    void normalisesCurlyQuotesAndCase() {
        assertThat(MessageUnderstanding.normalise("  I\u2019M  Scared ")).isEqualTo("i'm scared");
    }
    @Test
    void theWomanHerselfKnownFromAnEarlierTurnWhoSaysOnlyHeIsSearchedWithPartnerButNotComposedWithIt() {
        Session session = new Session("s1234567890123456");
        understand("I have vaginismus and my husband is so patient. how do i start with dilators?", session,
                AudienceHint.UNKNOWN);

        Understanding later = understand("can he help me with it?", session, AudienceHint.UNKNOWN);

        assertThat(later.audience()).isEqualTo(AudienceHint.SELF);
        assertThat(later.searchQuery()).endsWith(" partner").startsWith(later.retrievalQuery());
        assertThat(later.composedQuestion(later.searchQuery())).isEqualTo(later.retrievalQuery());
        assertThat(later.composedQuestion(null)).isEqualTo(later.retrievalQuery());
    }

    @Test
    void aFirstTurnAPartnerWordOrAPartnerAskingIsSearchedAsWritten() {
        // "he" on a first turn may be someone she has not told yet: the session does not know her from before.
        Understanding first = understand("what if he freaks out when i tell him i have vaginismus",
                new Session("s1234567890123456"), AudienceHint.UNKNOWN);
        assertThat(first.searchQuery()).isEqualTo(first.retrievalQuery());

        Session herself = new Session("s1234567890123457");
        understand("I have vaginismus and my husband is so patient. how do i start with dilators?", herself,
                AudienceHint.UNKNOWN);
        Understanding named = understand("can my husband help me with it?", herself, AudienceHint.UNKNOWN);
        assertThat(named.searchQuery()).isEqualTo(named.retrievalQuery());

        Session partner = new Session("s1234567890123458");
        understand("my wife has vaginismus and I really want to help", partner, AudienceHint.UNKNOWN);
        Understanding asked = understand("can she use it with me there?", partner, AudienceHint.UNKNOWN);
        assertThat(asked.audience()).isEqualTo(AudienceHint.PARTNER);
        assertThat(asked.searchQuery()).isEqualTo(asked.retrievalQuery());
    }

    @Test
    void aPronounForSomeoneElseOrForTheTopicsThingsIsNoPartnerToPress() {
        Session fresh = new Session("s1234567890123456");
        Session afterKegels = new Session("s1234567890123457");
        afterKegels.audience(AudienceHint.SELF);
        afterKegels.remember(new Session.Turn(Intent.QUESTION, "what is the reverse kegel thing",
                List.of("relaxation-techniques#how-do-i-do-a-reverse-kegel")));
        Session partner = new Session("s1234567890123458");
        partner.audience(AudienceHint.PARTNER);
        partner.remember(new Session.Turn(Intent.QUESTION, "how can i help my partner, they have vaginismus",
                List.of("partner-understanding-vaginismus#is-there-a-right-way-to-handle-this-together")));

        assertThat(MessageUnderstanding.partnerMayBeMeant("how often should i be doing them", afterKegels)).isFalse();
        assertThat(MessageUnderstanding.partnerMayBeMeant("how often should i be doing them", fresh)).isTrue();
        assertThat(MessageUnderstanding.partnerMayBeMeant("how do i get them to try again", partner)).isTrue();
        assertThat(MessageUnderstanding.partnerMayBeMeant(
                "sorry my sister is texting me about her wedding, what colour should bridesmaids wear", fresh)).isFalse();
        assertThat(MessageUnderstanding.partnerMayBeMeant("and if she wants me to put it in?", afterKegels)).isTrue();
        assertThat(MessageUnderstanding.partnerMayBeMeant("can i do them with my boyfriend there", afterKegels)).isTrue();
    }

    @Test
    void theModelHearsNoPushAgainstTheThingsJustTalkedAbout() {
        // conv8: after reverse Kegels, "them" were the exercises, and the pressure model took them for a partner
        Session session = new Session("s1234567890123456");
        understand("what is the reverse kegel thing everyone mentions", session, AudienceHint.UNKNOWN);
        session.remember(new Session.Turn(Intent.QUESTION, "what is the reverse kegel thing everyone mentions",
                List.of("relaxation-techniques#how-do-i-do-a-reverse-kegel")));

        assertThat(understand("anyway how often should i be doing them", session, AudienceHint.UNKNOWN).intent())
                .isIn(Intent.FOLLOW_UP, Intent.QUESTION);
    }

    @Test
    void insideATopicAskingWhomToSeeOrWhatToAskIsAQuestionForTheGuidance() {
        Session session = new Session("s1234567890123456");
        session.remember(new Session.Turn(Intent.QUESTION, "could he come with me to my physio appt",
                List.of("getting-professional-help#can-my-partner-come-to-appointments-with-me")));

        assertThat(understand("what should i even ask her when i'm there", session, AudienceHint.UNKNOWN).intent())
                .isIn(Intent.FOLLOW_UP, Intent.QUESTION);
        assertThat(understand("who would i even go to about it, my gp?", session, AudienceHint.UNKNOWN).intent())
                .isIn(Intent.FOLLOW_UP, Intent.QUESTION);
        assertThat(understand("can i talk to a real person please", session, AudienceHint.UNKNOWN).intent())
                .isEqualTo(Intent.ASK_FOR_PERSON);
    }

    @Test
    void afterAnExcusedAsideAnsweredFromSomePassageResumingGoesBackToTheTopicBeforeIt() {
        // conv8: "lol sorry my cat ... coffee out of a carpet" drew a dilator passage, and "anyway how often should i be
        // doing them" then followed that passage instead of the reverse Kegels before it
        Session session = new Session("s1234567890123456");
        session.remember(new Session.Turn(Intent.QUESTION, "what is the reverse kegel thing everyone mentions",
                List.of("relaxation-techniques#how-do-i-do-a-reverse-kegel"), "relaxation-techniques", new float[] {1, 0}));
        String aside = "lol sorry my cat just knocked my coffee over. how do u get coffee out of a carpet";
        Understanding asideRead = understand(aside, session, AudienceHint.UNKNOWN);
        assertThat(asideRead.aside()).isTrue();
        assertThat(asideRead.previous()).as("an aside leans on no topic").isNull();
        session.remember(new Session.Turn(Intent.QUESTION, aside,
                List.of("using-a-dilator#how-do-i-take-a-dilator-out-without-it-hurting"), "using-a-dilator",
                new float[] {0, 1}, false, asideRead.aside()));

        Understanding resumed = understand("anyway how often should i be doing them", session, AudienceHint.UNKNOWN);

        assertThat(resumed.previous()).isNotNull();
        assertThat(resumed.previous().articleId()).isEqualTo("relaxation-techniques");
        assertThat(understand("how often should i be doing them", session, AudienceHint.UNKNOWN).previous().articleId())
                .as("without resuming, the latest topic").isEqualTo("using-a-dilator");
    }
}
