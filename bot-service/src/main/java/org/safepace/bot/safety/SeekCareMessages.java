package org.safepace.bot.safety;

import org.safepace.bot.clinic.ClinicHours;

/** Placeholder while the rules are written. */
public final class SeekCareMessages {
    private final SafetyContacts contacts;
    private final ClinicHours clinicHours;

    public SeekCareMessages(SafetyContacts contacts, ClinicHours clinicHours) {
        this.contacts = contacts;
        this.clinicHours = clinicHours;
    }

    public String messageFor(SafetyDecision decision) {
        return decision.level() == TriageLevel.NONE ? "" : "Please pause and get checked. Emergency: " + contacts.emergencyNumber();
    }
}
