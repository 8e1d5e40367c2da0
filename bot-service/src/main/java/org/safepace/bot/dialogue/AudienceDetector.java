package org.safepace.bot.dialogue;

import java.util.Optional;
import java.util.regex.Pattern;

/** Hears whether a message is written by the person with vaginismus or by a partner supporting them. */
final class AudienceDetector {

    private static final String PARTNER_NOUN =
            "(?:wife|girlfriend|gf|fianc[eé]e?|partner|husband|boyfriend|bf|spouse|missus|other half|significant other)";

    /** A partner talking about the person they support: "my wife has vaginismus", "how do I help her". */
    private static final Pattern PARTNER_VOICE = Pattern.compile(String.join("|",
            "\\bmy " + PARTNER_NOUN + "(?:'s)? (?:has|have|got|suffers?|is (?:dealing|struggling|diagnosed|scared|afraid|anxious|in pain)|struggles|was diagnosed|can'?t|cannot|tenses|tightens|gets? (?:pain|tense)|finds? it|says? it hurts|(?:vaginismus|dilators?|trainers?|pain))",
            "\\b(?:help|support|comfort|reassure|encourage) (?:her|him|them|my " + PARTNER_NOUN + ")\\b",
            "\\b(?:she|he) (?:has|was diagnosed with|suffers from|struggles with) (?:vaginismus|pain)",
            "\\bher (?:vaginismus|dilators?|trainers?|pain|pelvic floor|pace)\\b",
            "\\b(?:i'?m|i am) (?:the|her|his|a) (?:partner|husband|boyfriend|wife|girlfriend)\\b",
            "\\bas (?:a|her|his|the) (?:partner|husband|boyfriend)\\b"));

    /** The person describing their own body: "I have vaginismus", "my dilator", "it hurts when I". */
    private static final Pattern SELF_VOICE = Pattern.compile(String.join("|",
            "\\bi (?:have|got|was diagnosed with|think i have|suffer from|struggle with) vaginismus",
            "\\bmy (?:vaginismus|dilators?|trainers?|vagina|pelvic floor|muscles|body|opening|vulva)\\b",
            "\\b(?:hurts|painful|burns|stings) (?:when|if) i\\b",
            "\\bi (?:can'?t|cannot) (?:insert|use a tampon|get a tampon|have sex|have intercourse)"));

    /** The audience the message reveals, if it reveals one. */
    Optional<AudienceHint> detect(String normalisedText) {
        if (PARTNER_VOICE.matcher(normalisedText).find()) {
            return Optional.of(AudienceHint.PARTNER);
        }
        if (SELF_VOICE.matcher(normalisedText).find()) {
            return Optional.of(AudienceHint.SELF);
        }
        return Optional.empty();
    }
}
