package org.safepace.bot.dialogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepace.bot.text.Regex;

/**
 * What the writer's aim does to the partner's way of holding back, read as structure rather than as phrases: one
 * small list of ways to hold back (back out, stop, say no, wait, put it off, freeze, a way out) crossed with the
 * operator that governs it. The same "how do i make sure" or "what do i say" frames a supportive question and a push;
 * what tells them apart is whether the holding back ends up ruled out or kept open:
 * <ul>
 *   <li><b>overridden</b>: "make sure she doesn't back out", "stop him putting it off", "past the point where she
 *       stops", "without leaving her a way out";</li>
 *   <li><b>kept open</b>: "she doesn't need a reason to say no", "she can stop whenever", "unless she wants it";</li>
 *   <li><b>a necessity laid on the partner</b> in the writer's own voice: "she needs to just accept it", "he has to
 *       meet me where i am" (not "she keeps telling herself she has to", not "she doesn't have to").</li>
 * </ul>
 */
final class HoldBackAim {

    enum Aim { OVERRIDES, KEEPS_OPEN, NONE }

    private static final String THEM = "(?:she|he|they|her|him|them)";
    private static final String OBJ = "(?:her|him|them)";

    /** Ways of holding back, in any form: the one list the operators below govern. */
    private static final String HOLDS_BACK = "(?:back(?:s|ed|ing)? out|pull(?:s|ed|ing)? (?:away|back|out)|stop(?:s|ped|ping)?"
            + "|say(?:s|ing)? no|said no|wait(?:s|ed|ing)?|paus\\w*|put(?:s|ting)? (?:it |things )?off|push(?:es|ed|ing)? (?:it|things) back"
            + "|delay\\w*|postpon\\w*|chang\\w* (?:her|his|their) mind|freez\\w*|froze|bail\\w*|chicken\\w* out|stall\\w*"
            + "|tap(?:s|ped|ping)? out|refus\\w*|(?:a|any|the) way out|(?:an |any )?excuses?|(?:a |any )?reasons? not to)";

    /** An operator that rules the holding back out, then (a few words on) the holding back itself. */
    private static final Pattern OVERRIDES = Regex.compile(String.join("|",
            "\\bmake sure " + THEM + " (?:doesn't|doesnt|does not|don't|dont|won't|wont|can't|cant|never|isn't|is not)(?: \\w+){0,2}? " + HOLDS_BACK + "\\b",
            "\\b(?:stop|keep|prevent) " + OBJ + " (?:from )?(?!wait)" + HOLDS_BACK + "\\b",
            "\\b(?:past|beyond) (?:the point|that point|the moment|the bit)?.{0,30}\\b" + THEM + " (?:\\w+ )?" + HOLDS_BACK + "\\b",
            "\\b(?:doesn't|doesnt|does not|won't|wont|without|not) (?:leave|leaving|give|giving) " + OBJ + " (?:a|any|an)? ?" + HOLDS_BACK,
            // a result or purpose clause that rules it out: "relaxed enough that she doesn't back out", "so he won't say no"
            "\\b(?:so|enough|enough so|enough that)(?: that)? " + THEM + " (?:doesn't|doesnt|does not|don't|dont|won't|wont|can't|cant|never|wouldn't|wouldnt)(?: \\w+)?? "
                    + "(?:back(?:s|ed|ing)? out|pull(?:s|ed|ing)? (?:away|back|out)|stop(?:s)? (?:me|us|halfway|half way|partway|midway|in the middle)|say(?:s)? no|chang\\w* (?:her|his|their) mind"
                    + "|bail\\w*|chicken\\w* out|put(?:s)? (?:it |things )?off|refus\\w*|tap(?:s)? out)\\b"));

    /** An operator that keeps the holding back open: permission, no reason needed, "unless she wants". */
    private static final Pattern KEEPS_OPEN = Regex.compile(String.join("|",
            "\\b" + THEM + " (?:can|could|is free to|are free to|is allowed to|may)\\b(?!'t| not| never)(?: always)?(?: \\w+)? " + HOLDS_BACK + "\\b",
            "\\b(?:doesn't|doesnt|does not|don't|dont|do not|never) (?:need|have|has) (?:a reason |an excuse |any reason |to explain |to justify )?(?:to )?" + HOLDS_BACK + "\\b",
            "\\bunless " + THEM + " (?:really )?(?:wants?|is ready|feels? ready|asks? for|says? so)\\b",
            // the time left to the partner: "whenever she decides she is ready", "if and when he wants to"
            "\\b(?:whenever|if and when) " + THEM + " (?:decides?|chooses?|feels? ready|is ready|'s ready|wants? to|says? so)\\b",
            "\\b(?:it's|its|it is|that's|thats|that is|is) (?:totally |completely |always )?(?:fine|ok|okay|allowed) (?:to|if " + THEM + ") " + HOLDS_BACK + "\\b"));

    /** A duty or necessity laid on the partner towards sex or past their holding back. */
    private static final Pattern NECESSITY = Regex.compile("\\b(?:she|he|they|my (?:" + PartnerWords.ALTERNATION + "))(?: just)? (?:needs? to|has to|have to|must|ought to|gotta)(?: just)?"
            + " (?:accept|go through|get through|get over|push through|get used to|meet me|do it|have sex|try (?:it|sex|again|now|properly|harder|once)"
            + "|be (?:ready|sorted|fixed|done))\\b");
    /** What keeps a necessity the partner's own thought or someone else's report: "she keeps telling herself she needs to". */
    private static final Pattern REPORTED = Regex.compile("\\b(?:tell(?:s|ing)?|told|thinks?|thought|feels?|felt|believes?|worries|worried|says?|said|scared|afraid|fears?)"
            + "(?: (?:herself|himself|themselves|me))?(?: that)? $");

    Aim aim(String normalised) {
        if (OVERRIDES.matcher(normalised).find()) {
            return Aim.OVERRIDES;
        }
        return KEEPS_OPEN.matcher(normalised).find() ? Aim.KEEPS_OPEN : Aim.NONE;
    }

    /** Whether the writer, in their own voice, says the partner has to accept, try or get through it. */
    boolean laysNecessity(String normalised) {
        Matcher m = NECESSITY.matcher(normalised);
        while (m.find()) {
            String before = normalised.substring(Math.max(0, m.start() - 30), m.start());
            if (!REPORTED.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }
}
