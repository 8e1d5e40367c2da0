package org.safepace.bot.dialogue;

import org.safepace.bot.clinic.ClinicHours;
import org.safepace.bot.safety.TriageLevel;
import org.safepace.bot.wording.Reply;
import org.safepace.bot.wording.ReplyWording;

/**
 * Whether a reply offers an after-hours call-back: call-backs are on, the clinic is closed, and the person asked for
 * a person or the clinic, or got a seek-care reply. Never with an emergency, which must hold only what to do now.
 */
final class CallbackOffer {

    private final boolean enabled;
    private final ClinicHours hours;
    private final ReplyWording wording;

    CallbackOffer(boolean enabled, ClinicHours hours, ReplyWording wording) {
        this.enabled = enabled;
        this.hours = hours;
        this.wording = wording;
    }

    boolean applies(Intent intent, TriageLevel level) {
        if (!enabled || level == TriageLevel.EMERGENCY || hours.isOpenNow()) {
            return false;
        }
        return intent == Intent.ASK_FOR_PERSON || level == TriageLevel.SEEK_CARE;
    }

    String text() {
        return wording.text(Reply.CALLBACK_OFFER);
    }
}
