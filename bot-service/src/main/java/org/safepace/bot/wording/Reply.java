package org.safepace.bot.wording;

import java.util.Locale;
import java.util.Set;

/** The fixed replies in {@code prompts/replies.yml}, each with exactly the placeholders it must contain. */
public enum Reply {
    GREETING,
    FIRST_USE_NOTICE("emergencyNumber"),
    THANKS,
    GOODBYE,
    CAPABILITIES,
    OFF_TOPIC,
    NO_ANSWER("coveredTopics"),
    MEDICATION,
    PROMPT_INJECTION,
    CONSENT_BOUNDARY,
    ASK_FOR_PERSON_OPEN("clinicName", "clinicPhone", "bookingSentence"),
    ASK_FOR_PERSON_CLOSED("clinicName", "nextOpening", "outOfHoursLine", "emergencyNumber"),
    ASK_FOR_PERSON_UNCONFIGURED("outOfHoursLine", "emergencyNumber"),
    BOOKING_SENTENCE("bookingUrl"),
    OPENER_SHAME,
    OPENER_FEAR,
    OPENER_SADNESS,
    OPENER_GUILT,
    OPENER_FRUSTRATION,
    OPENER_RELATIONSHIP,
    OPENER_FAMILY_PRESSURE,
    OPENER_ENDURING_PAIN,
    FEELINGS_ONLY,
    FOLLOW_UP_UNCLEAR,
    NEXT_STEP("section"),
    SAFETY_THEN_GUIDANCE,
    PAUSE_STILL_HOLDS,
    REPLY_REPLACED,
    SLOW_DOWN,
    DEFAULT_SUGGESTIONS,
    PARTNER_SUGGESTIONS,
    CALLBACK_OFFER,
    CALLBACK_OFFER_CHAT,
    CALLBACK_CONSENT("retentionDays"),
    CALLBACK_CONSENT_CHAT("retentionDays"),
    CALLBACK_CONFIRMED_CHAT("when", "retentionDays"),
    CALLBACK_CONFIRMED("contactMethod", "when", "retentionDays");

    private final Set<String> placeholders;

    Reply(String... placeholders) {
        this.placeholders = Set.of(placeholders);
    }

    public Set<String> placeholders() {
        return placeholders;
    }

    /** The key in replies.yml, e.g. {@code ask-for-person-open}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
