package org.safepace.bot.dialogue;

import java.util.Map;
import org.safepace.bot.clinic.ClinicHours;
import org.safepace.bot.clinic.ClinicProperties;
import org.safepace.bot.safety.SafetyContacts;
import org.safepace.bot.wording.Reply;
import org.safepace.bot.wording.ReplyWording;

/** The answer to "can I talk to a person?": how to reach the clinic now, or when it opens and what to do tonight. */
final class ClinicContactReply {


    private final ClinicHours hours;
    private final SafetyContacts contacts;
    private final ReplyWording wording;

    ClinicContactReply(ClinicHours hours, SafetyContacts contacts, ReplyWording wording) {
        this.hours = hours;
        this.contacts = contacts;
        this.wording = wording;
    }

    String text() {
        if (!hours.configured()) {
            return wording.render(Reply.ASK_FOR_PERSON_UNCONFIGURED, Map.of(
                    "outOfHoursLine", outOfHoursLine(), "emergencyNumber", contacts.emergencyNumber()));
        }
        ClinicProperties clinic = hours.clinic();
        if (hours.isOpenNow()) {
            String booking = clinic.bookingUrl() == null || clinic.bookingUrl().isBlank() ? ""
                    : wording.render(Reply.BOOKING_SENTENCE, Map.of("bookingUrl", clinic.bookingUrl()));
            return wording.render(Reply.ASK_FOR_PERSON_OPEN, Map.of(
                    "clinicName", nameOf(clinic),
                    "clinicPhone", clinic.phone() == null ? "the number on its website" : clinic.phone(),
                    "bookingSentence", booking));
        }
        String next = hours.nextOpeningText().orElse("at its next opening time");
        return wording.render(Reply.ASK_FOR_PERSON_CLOSED, Map.of(
                "clinicName", nameOf(clinic), "nextOpening", next,
                "outOfHoursLine", outOfHoursLine(), "emergencyNumber", contacts.emergencyNumber()));
    }

    private static String nameOf(ClinicProperties clinic) {
        return clinic.name() == null ? "The clinic" : clinic.name();
    }

    private String outOfHoursLine() {
        String clinicLine = hours.configured() ? hours.clinic().outOfHoursLine() : null;
        return clinicLine == null || clinicLine.isBlank() ? contacts.outOfHoursLine() : clinicLine;
    }
}
