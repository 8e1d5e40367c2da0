package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarePauseTests {

    private static String n(String text) {
        return MessageUnderstanding.normalise(text);
    }

    private static Session pausedSession() {
        Session session = new Session("s1234567890123456");
        CarePause.remember(session, true, n("i've been bleeding after every session"));
        return session;
    }

    @Test
    void aRedFlagPausesPracticeForTheTurnsAfterItUntilTheWriterSaysItWasSeenTo() {
        Session session = pausedSession();
        assertThat(CarePause.holds(session, false, n("so can i still do my session tonight?"))).isTrue();

        CarePause.remember(session, false, n("so can i still do my session tonight?"));
        assertThat(session.practicePaused()).isTrue();

        CarePause.remember(session, false, n("ok the gp said it's fine, just a small tear that healed"));
        assertThat(session.practicePaused()).isFalse();
        assertThat(CarePause.holds(session, false, n("so can i start again tonight?"))).isFalse();
    }

    @Test
    void aQuestionAboutTheTimeAfterCareIsAnsweredAsAskedAndDoesNotLiftThePause() {
        Session session = pausedSession();
        String ahead = n("ok. once its been looked at should i go back to the smaller one?");

        assertThat(CarePause.holds(session, false, ahead)).isFalse();
        CarePause.remember(session, false, ahead);
        assertThat(session.practicePaused()).isTrue();
    }

    @Test
    void notYetSeenToKeepsThePause() {
        assertThat(CarePause.seenTo(n("i haven't been checked yet, the gp is closed"))).isFalse();
        assertThat(CarePause.seenTo(n("ok i'll get it checked tomorrow"))).isFalse();
        assertThat(CarePause.seenTo(n("i've been checked and it's all clear"))).isTrue();
    }

    @Test
    void aTurnThatRaisesItsOwnRedFlagNeedsNoPauseCarriedOver() {
        assertThat(CarePause.holds(pausedSession(), true, n("it's bleeding again"))).isFalse();
        assertThat(CarePause.holds(new Session("s1234567890123457"), false, n("can i practise tonight?"))).isFalse();
    }

    @Test
    void thePauseIsTheReplyOnlyWhenPracticeComesUp() {
        assertThat(CarePause.isTheAnswer(n("so can i still do my session tonight?"))).isTrue();
        assertThat(CarePause.isTheAnswer(n("should i keep using my dilator meanwhile"))).isTrue();
        assertThat(CarePause.isTheAnswer(n("what can we do together that isnt sex"))).isFalse();
    }

    @Test
    void playingTheRedFlagDownOrPuttingOffTheCheckGetsThePauseAndTheCheckAgain() {
        assertThat(CarePause.isTheAnswer(n("she says shes fine now and doesnt want to make a fuss, should we just leave it")))
                .isTrue();
        assertThat(CarePause.isTheAnswer(n("do i really need to go to the gp for it?"))).isTrue();
        assertThat(CarePause.isTheAnswer(n("can we wait and see if it settles"))).isTrue();
        assertThat(CarePause.isTheAnswer(n("what can we do together in the meantime"))).isFalse();
    }

    @Test
    void aMessageSayingItWasSeenToIsAnsweredAsAsked() {
        Session session = pausedSession();
        assertThat(CarePause.holds(session, false, n("the gp said it's fine now, can i start again tonight?"))).isFalse();
    }

    @Test
    void thisTurnsPauseAnswersWhatTheMessageAsksAboutPractisingNotWhatItsStoryMentions() {
        assertThat(CarePause.asksAboutPractice(n("i have a fever since yesterday. should we try adding movement next?")))
                .isTrue();
        assertThat(CarePause.asksAboutPractice(n("ive got a temperature, can i still do my dilator tonight?"))).isTrue();
        // A long story that mentions practice, then asks something else: the question is answered as usual.
        assertThat(CarePause.asksAboutPractice(n("i was doing my dilator session last night like always and afterwards "
                + "i noticed a fever and some burning when i pee. who should i call about this?"))).isFalse();
        assertThat(CarePause.asksAboutPractice(n("ive had a burning feeling and a weird smelly discharge since my last "
                + "dilator session, is that normal?"))).isFalse();
        // Looking past the check is answered too.
        assertThat(CarePause.asksAboutPractice(n("once it's cleared up how do i get back into practising?"))).isFalse();
    }

    @Test
    void closenessWithoutPenetrationIsNotAQuestionAboutPractice() {
        assertThat(CarePause.isTheAnswer(n("while we wait, how can we still be intimate without penetration?")))
                .isFalse();
        assertThat(CarePause.isTheAnswer(n("what can we do instead of intercourse for now"))).isFalse();
        assertThat(CarePause.isTheAnswer(n("anything we can do that doesn't involve penetration?"))).isFalse();
        // Practice named by other words is still practice, whatever it is set beside.
        assertThat(CarePause.isTheAnswer(n("can i still use the dilator without penetration?"))).isTrue();
        assertThat(CarePause.isTheAnswer(n("can we try penetration this weekend?"))).isTrue();
    }
}
