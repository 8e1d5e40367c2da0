package org.safepace.bot.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one detail a short follow-up asks of the topic just answered ("how long for?", "how many times in week?",
 * "breathe in or out?", "how deep?", "what if it hurts?"), and how a sentence of the guidance states it. An answer
 * shows only a few of a passage's sentences, so the one that holds the detail must be among them, said first.
 */
public enum AskedDetail {
    DURATION("\\bhow long\\b|\\bhow many (?:minute|min|second|sec|hour)s?\\b|\\bhow much time\\b",
            "\\b(?:\\d+|a few|one|two|three|four|five|ten|fifteen|twenty|thirty)"
                    + "(?:\\s*(?:to|-|or)\\s*(?:\\d+|two|three|four|five|six|ten|fifteen|twenty|thirty|sixty))?"
                    + "\\s*(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\\b"),
    FREQUENCY("\\bhow often\\b|\\bhow many (?:times|days)\\b|\\btimes (?:a|in|per|in a) (?:week|day)\\b",
            "\\b(?:every (?:day|morning|evening|night|week)|most days|each day|times? a (?:day|week)|once a|twice a"
                    + "|daily if|(?:practi[sc]e|do (?:it|this|them)) daily)\\b"),
    BREATH("\\bbreath(?:e|es|ing)?(?: (?:in|out)(?: or (?:in|out))?)?\\b|\\binhal\\w*|\\bexhal\\w*",
            "\\bbreath(?:e|es|ing)? (?:in|out)\\b|\\b(?:in|out)-breath|\\binhal|\\bexhal"),
    DEPTH("\\bhow (?:deep|far)\\b",
            "\\b\\d+(?:\\s*(?:to|-)\\s*\\d+)?\\s*(?:inch|inches|cm|centimet)|\\bfirst (?:sense|feeling) of stretch\\b"),
    /** A condition more than a detail: the passage just given rarely holds it, so it never keeps that passage first. */
    PAIN("\\b(?:hurts?|hurting|pain(?:ful)?|sore|stings?|burns?)\\b",
            "\\b(?:pain|hurts?|2 out of 10|discomfort)\\b");

    private final Pattern asked;
    private final Pattern stated;

    AskedDetail(String asked, String stated) {
        this.asked = Pattern.compile(asked);
        this.stated = Pattern.compile(stated, Pattern.CASE_INSENSITIVE);
    }

    /** The first detail, in the order above, that a message asks ("how long do i breathe for?" asks a duration). */
    public static Optional<AskedDetail> of(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String text = message.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (AskedDetail detail : values()) {
            if (detail.asked.matcher(text).find()) {
                return Optional.of(detail);
            }
        }
        return Optional.empty();
    }

    /** Whether the passage just given may hold it (a duration, a frequency, a breath, a depth); pain may not. */
    public boolean ofThePassageJustGiven() {
        return this != PAIN;
    }

    /** The message without the words that ask the detail: what is left says whether it has a topic of its own. */
    public String withoutAsking(String message) {
        return asked.matcher(message.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** Whether a sentence (or list item) of the guidance states this detail. */
    boolean statedIn(String unit) {
        return stated.matcher(unit).find();
    }
}
