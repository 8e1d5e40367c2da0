package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safepace.knowledge.PreviousTopic.Lean;

/** The form half of follow-up recognition, given what the banks made of the message. */
class FollowUpReaderTests {

    private final FollowUpReader reader = new FollowUpReader();

    private java.util.Optional<Lean> lean(String message, Intent intent) {
        String normalised = MessageUnderstanding.normalise(message);
        return reader.lean(normalised, intent, normalised.split(" ").length, false);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            and then what?                 | FOLLOW_UP | NEXT_STEP
            what's next                    | FOLLOW_UP | NEXT_STEP
            what do i do after that        | QUESTION  | NEXT_STEP
            why that one?                  | FOLLOW_UP | ABOUT_THE_ANSWER
            how come that works            | QUESTION  | ABOUT_THE_ANSWER
            how deep?                      | FOLLOW_UP | DETAIL
            how long for?                  | FOLLOW_UP | DETAIL
            and how often?                 | QUESTION  | DETAIL
            what if it burns a bit?        | FOLLOW_UP | ELLIPTICAL
            is it curable?                 | QUESTION  | ELLIPTICAL
            what i can do at home for this | QUESTION  | ELLIPTICAL
            so what do we do in the meantime then | QUESTION | ELLIPTICAL
            can i use a tampon?            | QUESTION  | REFERS_BACK
            should we move up a size after that flare up? | QUESTION | REFERS_BACK
            can my partner be there for it while i practise with the trainer? | QUESTION | REFERS_BACK
            i feel so stupid about it      | FEELINGS  | REFERS_BACK
            what if she tenses up          | QUESTION  | ELLIPTICAL
            what about in the bath?        | QUESTION  | ELLIPTICAL
            breathe in or out when i let go? | QUESTION | DETAIL
            how many minute i keep it inside? | QUESTION | DETAIL
            how many times in week?        | FOLLOW_UP | DETAIL
            how long does it usually take? | QUESTION  | REFERS_BACK
            and what if it hurts?          | FOLLOW_UP | ELLIPTICAL
            is that bad                    | FOLLOW_UP | ABOUT_THE_ANSWER
            so is it normal?               | QUESTION  | ABOUT_THE_ANSWER
            How long it take normally?     | FOLLOW_UP | REFERS_BACK
            how long till its better usually | QUESTION | REFERS_BACK
            and how long does this usually take | QUESTION | REFERS_BACK
            """)
    void readsHowAMessageLeansOnTheTopic(String message, Intent intent, Lean expected) {
        assertThat(lean(message, intent)).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            how long for?                  | true
            and what if it hurts?          | true
            how many times                 | true
            for how long                   | true
            how deep tho?                  | false
            how many times in week?        | false
            what if it hurts taking it out | false
            how long can i leave it        | false
            so what can we do instead      | false
            """)
    void aMessageSayingOnlyTheDetailItAsksIsToldApart(String message, boolean detailOnly) {
        assertThat(FollowUpReader.asksOnlyADetail(MessageUnderstanding.normalise(message))).isEqualTo(detailOnly);
    }

    @Test
    void aTrailingThenIsNotAskingForTheNextStep() {
        assertThat(lean("and when can i start strengthening then?", Intent.FOLLOW_UP)).isNotEqualTo(
                java.util.Optional.of(Lean.NEXT_STEP));
        assertThat(lean("then?", Intent.FOLLOW_UP)).contains(Lean.NEXT_STEP);
        assertThat(lean("ok then?", Intent.FOLLOW_UP)).contains(Lean.NEXT_STEP);
    }

    @Test
    void aWhyThatNamesItsOwnSubjectAsksAboutThatNotTheAnswerAgain() {
        assertThat(lean("why the jaw tho?", Intent.FOLLOW_UP)).contains(Lean.ELLIPTICAL);
        assertThat(lean("why?", Intent.FOLLOW_UP)).contains(Lean.ABOUT_THE_ANSWER);
        assertThat(lean("why does that help?", Intent.FOLLOW_UP)).contains(Lean.ABOUT_THE_ANSWER);
    }

    @Test
    void aQuestionWithOneWordOfItsOwnMeansLittleAloneHoweverLong() {
        assertThat(FollowUpReader.contentWords(MessageUnderstanding.normalise("what i can do at home for this")))
                .isEqualTo(1);
        assertThat(FollowUpReader.contentWords(MessageUnderstanding.normalise("can i use a tampon with a dilator?")))
                .isEqualTo(3);
    }

    @Test
    void aFirstSentenceThatOnlyAcknowledgesTheLastReplyIsNotSearched() {
        assertThat(FollowUpReader.withoutResumption(
                "ok i'll get it checked. once it's cleared up how do i get back into practising?"))
                .isEqualTo("once it's cleared up how do i get back into practising?");
        assertThat(FollowUpReader.withoutResumption("thanks, that helps! and how often?")).isEqualTo("and how often?");
        // Not an acknowledgement when nothing after it asks, nor when the first sentence is the question.
        assertThat(FollowUpReader.withoutResumption("ok it's actually happening now, there's a lot of blood."))
                .isEqualTo("ok it's actually happening now, there's a lot of blood.");
        assertThat(FollowUpReader.withoutResumption("ok so is it curable?")).isEqualTo("ok so is it curable?");
    }

    @Test
    void aFirstSentenceThatExcusesAnAsideIsNotSearchedBeforeAQuestionWithoutAQuestionMark() {
        assertThat(FollowUpReader.withoutResumption("ok sorry haha. how long do i do them for"))
                .isEqualTo("how long do i do them for");
        // Not when what follows does not ask anything.
        assertThat(FollowUpReader.withoutResumption("sorry. i just feel really stuck"))
                .isEqualTo("sorry. i just feel really stuck");
    }

    @Test
    void whyAboutSomethingNewIsAQuestionOfItsOwnNotAboutTheAnswer() {
        assertThat(lean("why does vaginismus happen to some people and not others?", Intent.QUESTION)).isEmpty();
        assertThat(lean("why do my muscles tighten?", Intent.QUESTION)).contains(Lean.REFERS_BACK);
    }

    @Test
    void aShortQuestionWithATopicOfItsOwnAndNothingPointingBackStartsFresh() {
        assertThat(lean("how do people even start treatment?", Intent.QUESTION)).isEmpty();
        assertThat(lean("how long does vaginismus treatment take?", Intent.QUESTION)).isEmpty();
        assertThat(lean("how do people even start it?", Intent.QUESTION)).contains(Lean.REFERS_BACK);
    }

    @Test
    void aWriterWhoSaysANewTopicStartsOneStartsFresh() {
        assertThat(lean("different thing, is it normal to feel sore?", Intent.QUESTION)).isEmpty();
        assertThat(lean("ok another question, how long for?", Intent.QUESTION)).isEmpty();
        assertThat(lean("on a different note, can i use it in the bath?", Intent.QUESTION)).isEmpty();
    }

    @Test
    void aLongQuestionStartsFreshEvenWhenItSaysIt() {
        assertThat(lean("we have been together for six years and it has never worked, which kind of therapist should"
                + " we look for first?", Intent.QUESTION)).isEmpty();
    }

    @Test
    void whatIsNotAnsweredFromTheGuidanceLeansOnNothing() {
        for (Intent intent : new Intent[] {Intent.GREETING, Intent.THANKS, Intent.CONSENT_BOUNDARY,
                Intent.PROMPT_INJECTION, Intent.MEDICATION_OR_DIAGNOSIS, Intent.ASK_FOR_PERSON}) {
            assertThat(lean("and then what?", intent)).as(intent.name()).isEmpty();
        }
    }

    @Test
    void whatIsOutsideTheServiceLeansOnTheTopicOnlyWhenItPlainlyAsksAboutIt() {
        assertThat(reader.lean("how come that works?", Intent.QUESTION, 4, true)).contains(Lean.ABOUT_THE_ANSWER);
        assertThat(reader.lean("what next", Intent.QUESTION, 2, true)).contains(Lean.NEXT_STEP);
        assertThat(reader.lean("is it going to rain today", Intent.QUESTION, 6, true)).isEmpty();
        assertThat(reader.lean("whats the capital of australia", Intent.QUESTION, 5, true)).isEmpty();
    }

    @Test
    void theWordsThatResumeATopicAreNotPartOfTheQuestion() {
        assertThat(FollowUpReader.withoutResumption("ok back to it, is it curable?")).isEqualTo("is it curable?");
        assertThat(FollowUpReader.withoutResumption("Anyway, back to my question: how long?")).isEqualTo("how long?");
        assertThat(FollowUpReader.withoutResumption("lol sorry. anyway does it get easier")).isEqualTo("does it get easier");
        assertThat(FollowUpReader.withoutResumption("back to it")).isEqualTo("back to it");
        assertThat(FollowUpReader.withoutResumption("does going back to an easier step mean i failed?"))
                .isEqualTo("does going back to an easier step mean i failed?");
    }

    @Test
    void anExcuseThatTellsSomethingOfItsOwnIntroducesAnAsideNotAReturn() {
        // conv8: the excuse was stripped as an acknowledgement and the aside answered from the topic (menstrual cups)
        assertThat(FollowUpReader.tellsAnAside(
                "lol sorry my cat just knocked my coffee over. how do u get coffee out of a carpet")).isTrue();
        assertThat(FollowUpReader.tellsAnAside("lol sorry my cat just walked across my phone. do cats get jealous??"))
                .isTrue();
        assertThat(FollowUpReader.tellsAnAside("ok sorry haha. how long do i do them for")).isFalse();
        assertThat(FollowUpReader.tellsAnAside("lol sorry. anyway does it get easier")).isFalse();
        assertThat(FollowUpReader.tellsAnAside("sorry my dog barked lol. anyway how much lube do i use")).isFalse();
        assertThat(FollowUpReader.tellsAnAside("ok i'll get it checked. once it's cleared up how do i get back into it?"))
                .isFalse();
        assertThat(FollowUpReader.tellsAnAside("how often should i do them")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> the course, a question of its own")
    @CsvSource(delimiter = '|', textBlock = """
            how long it will take for her to be ok
            how long will it take tho
            how long does it take
            and how long will this take for us?
            """)
    void howLongItWillTakeAsksTheWholeCourseNotADetailOfThePassage(String message) {
        // conv8: "how long it will take for her to be ok" after whose fault it is was answered with the fault passage
        assertThat(lean(message, Intent.FOLLOW_UP)).contains(Lean.REFERS_BACK);
    }

    @Test
    void howLongToHoldOrDoSomethingIsStillADetail() {
        assertThat(lean("how long do i hold it", Intent.FOLLOW_UP)).contains(Lean.DETAIL);
        assertThat(lean("how long does it take to warm up", Intent.FOLLOW_UP)).isNotEqualTo(java.util.Optional.of(Lean.REFERS_BACK));
    }

    @Test
    void aPartOfTheTopicIsNamedAsSuchOrByAMessageThatIsOnlyANounPhrase() {
        assertThat(FollowUpReader.namedParts("and the hip bit?")).containsExactly("hip");
        assertThat(FollowUpReader.namedParts("ok back to the circuit, how do i do the hip part")).containsExactly("hip");
        assertThat(FollowUpReader.namedParts("what about the breathing?")).containsExactly("breathing");
        // A question with a verb of its own names no part: its words are in many headings without naming one.
        assertThat(FollowUpReader.namedParts("and how much do i use")).isEmpty();
        assertThat(FollowUpReader.namedParts("what we can do together instead")).isEmpty();
        assertThat(FollowUpReader.namedParts("how many time a week?")).isEmpty();
        assertThat(FollowUpReader.namedParts("what if she wants to do it all alone?")).isEmpty();
    }
}
