package org.safepace.bot.dialogue;

import org.safepace.bot.callback.CallbackService;
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

    /**
     * Whether to offer one. On WhatsApp only when staff could still answer in the chat (the clinic opens within the
     * 24-hour window), since a chat has no form: there the consent button is the only way to ask.
     */
    boolean applies(Intent intent, TriageLevel level, Channel channel) {
        if (!enabled || level == TriageLevel.EMERGENCY || hours.isOpenNow()) {
            return false;
        }
        if (channel == Channel.WHATSAPP && !hours.opensWithin(CallbackService.WHATSAPP_WINDOW)) {
            return false;
        }
        return intent == Intent.ASK_FOR_PERSON || level == TriageLevel.SEEK_CARE;
    }

    /** The web has a form for a phone number or e-mail; a messaging app offers an answer in the chat itself. */
    String text(Channel channel) {
        return wording.text(channel == Channel.WEB ? Reply.CALLBACK_OFFER : Reply.CALLBACK_OFFER_CHAT);
    }
}
