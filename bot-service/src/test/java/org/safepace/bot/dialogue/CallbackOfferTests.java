package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safepace.bot.clinic.ClinicHours;
import org.safepace.bot.clinic.ClinicProperties;
import org.safepace.bot.meaning.ExampleBank;
import org.safepace.bot.safety.TriageLevel;
import org.safepace.bot.wording.ReplyWording;

/** Issue 15 follow-up: the offer fits the channel it is made on. 2 March 2026 is a Monday. */
class CallbackOfferTests {

    private static final ReplyWording WORDING =
            ReplyWording.parse(ExampleBank.classpathText("prompts/replies.yml"), "replies.yml");

    /** Open Monday and Friday 09:00-17:00 in London. */
    private static CallbackOffer at(String instant) {
        ClinicProperties clinic = new ClinicProperties("Riverside", "020 7946 0000", null, null, ZoneId.of("Europe/London"),
                Map.of(DayOfWeek.MONDAY, "09:00-17:00", DayOfWeek.FRIDAY, "09:00-17:00"), List.of());
        return new CallbackOffer(true, new ClinicHours(clinic, Clock.fixed(Instant.parse(instant), ZoneId.of("UTC"))),
                WORDING);
    }

    @Test
    void theWebOfferNamesTheFormsContactsAndAChatOfferTheChat() {
        CallbackOffer offer = at("2026-03-02T20:00:00Z");
        assertThat(offer.text(Channel.WEB)).contains("phone number", "e-mail");
        for (Channel chat : List.of(Channel.TELEGRAM, Channel.WHATSAPP)) {
            assertThat(offer.text(chat)).as(chat.name()).contains("in this chat")
                    .doesNotContain("phone").doesNotContain("e-mail");
        }
    }

    @Test
    void onWhatsAppItIsOfferedOnlyWhenStaffCouldStillAnswerWithinTheWindow() {
        // Monday 20:00: closed until Friday 09:00, beyond WhatsApp's 24 hours.
        CallbackOffer mondayEvening = at("2026-03-02T20:00:00Z");
        assertThat(mondayEvening.applies(Intent.ASK_FOR_PERSON, TriageLevel.NONE, Channel.WHATSAPP)).isFalse();
        assertThat(mondayEvening.applies(Intent.ASK_FOR_PERSON, TriageLevel.NONE, Channel.TELEGRAM)).isTrue();
        assertThat(mondayEvening.applies(Intent.ASK_FOR_PERSON, TriageLevel.NONE, Channel.WEB)).isTrue();
        // Thursday 20:00: it opens in 13 hours.
        assertThat(at("2026-03-05T20:00:00Z").applies(Intent.ASK_FOR_PERSON, TriageLevel.NONE, Channel.WHATSAPP))
                .isTrue();
        assertThat(at("2026-03-05T20:00:00Z").applies(Intent.ASK_FOR_PERSON, TriageLevel.EMERGENCY, Channel.WEB))
                .isFalse();
    }
}
