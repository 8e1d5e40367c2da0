package org.safepace.bot.safety;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where to send people. Only contact details are configuration; the rules and levels are code.
 * The defaults name a route without pretending to know the user's country.
 *
 * @param emergencyNumber   for EMERGENCY replies
 * @param outOfHoursLine    urgent but not an emergency, when the clinic or GP is closed
 * @param crisisLine        thoughts of suicide or self-harm
 * @param sexualAssaultLine rape and sexual assault support
 * @param abuseLine         domestic abuse and coercion support
 * @param harmedPartnerLine for someone who has forced or harmed a partner and wants to stop
 */
@ConfigurationProperties("safepace.safety")
public record SafetyContacts(String emergencyNumber, String outOfHoursLine, String crisisLine,
                             String sexualAssaultLine, String abuseLine, String harmedPartnerLine) {

    static final String DEFAULT_EMERGENCY = "your local emergency number (999 in the UK, 911 in the US, 112 in the EU)";
    static final String DEFAULT_OUT_OF_HOURS =
            "your local urgent-care or out-of-hours service (for example NHS 111 in the UK)";
    /** Said as "call {crisisLine}", so it names lines, not "or your emergency number" (the reply says that). */
    static final String DEFAULT_CRISIS = "Samaritans on 116 123 (UK and Ireland) or 988 (US), free, day or night";
    static final String DEFAULT_SEXUAL_ASSAULT = "a rape and sexual assault support line: Rape Crisis on 0808 500 2222 "
            + "(England and Wales), RAINN on 800-656-4673 (US), or a local sexual assault referral centre";
    static final String DEFAULT_ABUSE = "a domestic abuse helpline: 0808 2000 247 (UK), 800-799-7233 (US), "
            + "or your local domestic abuse service";

    static final String DEFAULT_HARMED_PARTNER = "the Respect Phone Line on 0808 802 4040 (UK), for people who want "
            + "to stop harming a partner, or The Hotline on 800-799-7233 (US), which also talks with people worried "
            + "about their own behaviour";

    public SafetyContacts {
        emergencyNumber = orDefault(emergencyNumber, DEFAULT_EMERGENCY);
        outOfHoursLine = orDefault(outOfHoursLine, DEFAULT_OUT_OF_HOURS);
        crisisLine = orDefault(crisisLine, DEFAULT_CRISIS);
        sexualAssaultLine = orDefault(sexualAssaultLine, DEFAULT_SEXUAL_ASSAULT);
        abuseLine = orDefault(abuseLine, DEFAULT_ABUSE);
        harmedPartnerLine = orDefault(harmedPartnerLine, DEFAULT_HARMED_PARTNER);
    }

    /** The defaults, for tests and for running without any configuration. */
    public static SafetyContacts defaults() {
        return new SafetyContacts(null, null, null, null, null, null);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
