package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safepace.bot.safety.SafetyDecision;
import org.safepace.bot.safety.SafetyScreen;
import org.safepace.bot.safety.TriageLevel;

/** A red flag said over two messages, read together: it may only raise the later one, and only to an emergency. */
class RedFlagThreadTests {

    private final SafetyScreen screen = new SafetyScreen();

    private SafetyDecision read(String earlier, String text) {
        return RedFlagThread.read(screen, earlier, text, screen.screen(text));
    }

    @Test
    void bleedingThatGoesOnInTheNextMessageWithoutItsWordIsAnEmergency() {
        String earlier = "ok. i bled after last time tho";
        String later = "like its a lot actually and its still going, been over an hour";
        assertThat(screen.screen(earlier).level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(screen.screen(later).level()).isEqualTo(TriageLevel.NONE);

        SafetyDecision together = read(earlier, later);

        assertThat(together.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(together.categories()).contains("heavy_bleeding");
    }

    @Test
    void aLaterMessageThatAddsNothingUrgentKeepsItsOwnReading() {
        String earlier = "last night there was bleeding after and i dont know why, more than a spot";
        // The pause still holds (CarePause says so); the level of this turn stays its own.
        assertThat(read(earlier, "ok. once its been looked at should i go back to the smaller one?").level())
                .isEqualTo(TriageLevel.NONE);
        assertThat(read(earlier, "not much really, just a spot on the tissue").level())
                .isEqualTo(TriageLevel.NONE);
        assertThat(read(null, "like its a lot actually and its still going").level()).isEqualTo(TriageLevel.NONE);
    }

    @Test
    void theSessionKeepsTheLatestSeekCareMessageUntilItsPauseIsLiftedOrAnEmergencyIsSaid() {
        Session session = new Session("s1234567890123456");
        RedFlagThread.remember(session, screen.screen("i bled after last time"), "i bled after last time");
        assertThat(session.redFlagText()).isEqualTo("i bled after last time");
        assertThat(Session.restore(session.id(), session.snapshot()).redFlagText()).isEqualTo("i bled after last time");

        RedFlagThread.remember(session, SafetyDecision.NONE, "thanks");
        assertThat(session.redFlagText()).isEqualTo("i bled after last time");

        RedFlagThread.remember(session, screen.screen("there's so much blood and it won't stop"), "x");
        assertThat(session.redFlagText()).isNull();

        session.redFlagText("i have a fever");
        session.practicePaused(false); // seen to
        assertThat(session.redFlagText()).isNull();
    }
}
