package org.safepace.bot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepace.bot.text.NegationCues;
import org.safepace.bot.text.TextNormaliser;

/**
 * Screens every outgoing reply, an LLM's included, before it is sent: no advice to push through pain, no medicine
 * doses, no diagnosis. Advice against those ("never push through pain", "only a clinician can tell whether you have
 * an infection") passes. The caller replaces a rejected reply (with the reply-replaced wording in prompts/replies.yml).
 */
public final class OutboundCheck {

    /** Negated framing just before a phrase: the reply warns against it rather than advising it. */
    private static final Pattern NEGATED_BEFORE = NegationCues.endsWithCue(4);

    /**
     * Negated, conditional or reported framing before a condition's name: "if you have vaginismus" and "if you have
     * been told you have endometriosis" are not a diagnosis.
     */
    private static final Pattern NEGATED_OR_CONDITIONAL_BEFORE = Pattern.compile(
            "(?:\\b(?:" + NegationCues.WORDS_REGEX + "|if|whether|when|because|people who|anyone who|those who"
                    + "|can't tell|told||cannot tell|can't say|only a \\w+ can (?:say|tell)|in case|even if|unless)\\W+(?:[\\w'-]+\\W+){0,4})$");

    private static final Pattern PUSH_THROUGH = Pattern.compile(
            "\\b(?:push(?:ing)? (?:through|past) (?:the |your |her )?(?:pain|discomfort|it|hurt)|push through"
                    + "|ignor(?:e|ing) (?:the |your |her )?(?:pain|discomfort|hurt)|no pain,? no gain|force (?:it|the dilator|yourself"
                    + "|her|it in)|grit your teeth|tough it out|power through|keep going (?:even )?(?:if|when|though) it hurts"
                    + "|just relax and (?:push|let him)|(?:pain|bleeding) is (?:normal|expected),? (?:so )?(?:just )?keep going"
                    + "|it(?:'s| is) supposed to hurt)\\b");

    private static final String MEDICINE = "(?:ibuprofen|paracetamol|acetaminophen|naproxen|aspirin|codeine|tramadol"
            + "|lidocaine|lignocaine|diazepam|valium|amitriptyline|gabapentin|pregabalin|botox|oestrogen|estrogen"
            + "|antibiotics?|antifungals?|fluconazole|clotrimazole|painkillers?|medicines?|medications?|tablets?|pills?"
            + "|capsules?|drugs?|cream|pessar(?:y|ies)|dose|dosage|muscle relaxants?)";

    private static final String DOSE = "(?:\\d+(?:\\.\\d+)? ?(?:(?:mg|mcg|µg|ug|g|ml|iu|units?|milligrams?|grams?)\\b|%)"
            + "|(?:once|twice|three times|four times|\\d+ times) (?:a|per) day|every \\d+(?:-\\d+)? hours"
            + "|(?:take|use|apply|insert) (?:\\d+|one|two|three|four) (?:tablets?|pills?|capsules?|doses?|drops?|pessar(?:y|ies)))";

    /** A medicine word near a dose (either order), or a bare "take 2 tablets". */
    private static final Pattern MEDICINE_DOSE = Pattern.compile(
            "\\b(?:" + MEDICINE + "\\b(?:\\W+[\\w'-]+){0,6}?\\W+" + DOSE + "|" + DOSE + "(?:\\W+[\\w'-]+){0,6}?\\W+" + MEDICINE
                    + "\\b|(?:take|use|apply|insert) (?:\\d+|one|two|three|four) (?:tablets?|pills?|capsules?|pessar(?:y|ies)))");

    private static final String CONDITIONS = "(?:vaginismus|vulvodynia|vestibulodynia|endometriosis|thrush|a yeast infection"
            + "|an infection|a uti|a urinary tract infection|bv|bacterial vaginosis|cystitis|lichen sclerosus|a prolapse"
            + "|herpes|an sti|pelvic inflammatory disease|a tear|a fissure|dyspareunia|pcos|fibroids|trauma|ptsd)";

    private static final Pattern DIAGNOSIS = Pattern.compile(
            "\\b(?:you(?:'ve| have)? (?:definitely |probably |clearly |likely |certainly |must |might |may |obviously )?"
                    + "(?:have|got|are suffering from|suffer from) " + CONDITIONS
                    + "|(?:she|your partner|your wife|your girlfriend) (?:definitely |probably |clearly |likely )?(?:has|have) "
                    + CONDITIONS + "|(?:this|that|it) (?:is|sounds like|looks like) (?:definitely|clearly|certainly|almost "
                    + "certainly|probably|obviously)\\b|(?:this|that|it) (?:is|'s) definitely"
                    + "|(?:it|this|that) (?:sounds|looks) like (?:you have )?" + CONDITIONS
                    + "|i (?:can )?diagnose|my diagnosis|the diagnosis is|you are diagnosed)\\b");

    public OutboundCheck() {
    }

    /** Allowed, or rejected with the ids of the rules it broke (never the text). Never throws. */
    public OutboundVerdict check(String replyText) {
        if (replyText == null || replyText.isBlank()) {
            return new OutboundVerdict(true, List.of());
        }
        String text = TextNormaliser.forMatching(replyText).replace('\n', ' ');
        List<String> reasons = new ArrayList<>(2);
        if (advised(PUSH_THROUGH, text, NEGATED_BEFORE)) {
            reasons.add("outbound.push_through_pain");
        }
        // A dose is a dose even in "don't take more than 400 mg": no negation exempts it.
        if (advised(MEDICINE_DOSE, text, null)) {
            reasons.add("outbound.medicine_dose");
        }
        if (advised(DIAGNOSIS, text, NEGATED_OR_CONDITIONAL_BEFORE)) {
            reasons.add("outbound.diagnosis");
        }
        return new OutboundVerdict(reasons.isEmpty(), reasons);
    }

    /** A match that is not preceded (in its sentence) by a negation or a conditional, when those exempt it. */
    private static boolean advised(Pattern pattern, String text, Pattern exemptBefore) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (exemptBefore == null) {
                return true;
            }
            int sentenceStart = Math.max(Math.max(text.lastIndexOf(". ", m.start()), text.lastIndexOf("? ", m.start())),
                    Math.max(text.lastIndexOf("! ", m.start()), text.lastIndexOf(": ", m.start())));
            String before = text.substring(Math.max(0, Math.max(sentenceStart + 1, m.start() - 80)), m.start());
            if (!exemptBefore.matcher(before.toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }
}
