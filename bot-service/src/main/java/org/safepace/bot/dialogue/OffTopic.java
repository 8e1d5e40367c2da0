package org.safepace.bot.dialogue;

import java.util.regex.Pattern;

/**
 * Tells a question the guidance simply doesn't cover ("no answer") from one outside SafePace's subject ("off topic"):
 * the first gets an honest "not covered" and a pointer to a professional, the second a kind redirect.
 */
final class OffTopic {

    private static final Pattern DOMAIN = Pattern.compile(
            "vagin|vulv|pelvi|dilat|dialat|trainer|sex|penetrat|intercourse|\\bi/?c\\b|tampon|kegel|pain|hurt|sore|burn"
                    + "|partner|wife|husband|girlfriend|boyfriend|fianc|lube|lubric|muscle|tight|tense|clench|relax|physio"
                    + "|\\bpt\\b|gyn|insert|finger|orgasm|arous|intima|touch|breath|smear|exam|period|bleed|doctor|gp\\b"
                    + "|therap|counsel|anxi|fear|scared|shame|body|penis|erect|foreplay|kiss|cuddl|love|relationship"
                    + "|consent|pace|estrogen|oestrogen|menopaus|postpartum|birth|pregnan|condom|sensate|abuse|trauma",
            Pattern.CASE_INSENSITIVE);

    private OffTopic() {
    }

    static boolean looksOffTopic(String text) {
        return !DOMAIN.matcher(text).find();
    }
}
