package org.safepace.bot.dialogue;

import java.util.regex.Pattern;
import org.safepace.bot.answer.ExtractiveAnswerComposer;
import org.safepace.bot.answer.PracticeGuidance;

/**
 * Whether "pause your practice until you've been checked", said after a red flag, still holds for a later turn whose
 * own words raise nothing ("so can i still do my session tonight?"). The screen reads one message; this carries its
 * advice across the conversation until the writer says the red flag has been seen to. A turn about the time after
 * care ("once it's cleared up, how do i get back into it?") is answered as asked: it already accepts the pause.
 * Only ever adds care: it never lowers a turn's level, and the level of a turn is still its own screen's.
 */
final class CarePause {

    /** "once it's been looked at", "after she's been seen", "when it clears up": asking about the time after care. */
    private static final Pattern LOOKS_AHEAD = Pattern.compile(
            "\\b(?:once|after|when|until|till)\\b[^.!?]{0,40}?\\b(?:checked|cleared|clears|looked at|seen|examined"
                    + "|treated|healed|heals|gone|better|sorted|all clear|over)\\b");
    /** "i've been checked", "the gp said it's fine", "all clear", "it's cleared up now": seen to, in the past. */
    private static final Pattern SEEN_TO = Pattern.compile(
            "\\b(?:(?:i've|i have|ive|she's|she has|shes|we've|we have|weve|it's|it has|its) been (?:checked|seen|examined"
                    + "|looked at|treated)|(?:gp|doctor|dr|nurse|physio|clinic|gyno|midwife|pharmacist) (?:said|says|told|checked"
                    + "|found|gave)|all clear|(?:it's|it has|its|has|have) (?:all )?(?:cleared|gone)(?: up| away)?(?: now)?\\b"
                    + "|antibiotics (?:worked|cleared|helped))");
    /** "hasn't been checked", "doctor said to wait": not seen to after all. */
    private static final Pattern NOT_YET = Pattern.compile(
            "\\b(?:not|n't|never|haven't|hasn't|havent|hasnt|yet to|still waiting|can't get|cant get|couldn't get)\\b"
                    + "[^.!?]{0,20}\\b(?:checked|seen|cleared|gone|appointment)");

    /**
     * "she says she's fine now, should we just leave it?", "do i really need to go?", "can we wait and see?": the
     * red flag played down or the check put off. The answer is the same as for practice: get it checked first.
     */
    private static final Pattern PUTS_OFF_CARE = Pattern.compile(
            "\\b(?:(?:just )?leave it|wait and see|wait it out|see if it (?:goes|clears|stops|settles)|make a fuss"
                    + "|(?:not|isn't|isnt) worth (?:it|going|bothering)|(?:no|don't|dont|do not|not) (?:need|have) to (?:go|see|get|call|bother)"
                    + "|(?:really|still) (?:need|have) to (?:go|see|get|call)|skip (?:the (?:gp|doctor|appointment|check)|going|seeing)"
                    + "|ignore it|(?:it's|its|she's|shes|i'm|im|it has|it's) (?:fine|ok|okay|better|stopped) now)\\b");

    /**
     * "intimate without penetration", "close instead of intercourse", "anything other than sex": what a couple can do
     * meanwhile names practice only to set it aside, so those words alone do not make it a question about practice
     * ("can we still use the dilator without penetration?" still is one, by its other words).
     */
    private static final Pattern INSTEAD_OF_PRACTICE = Pattern.compile(
            "\\b(?:without|instead of|other than|apart from|besides|rather than|that (?:isn't|isnt|is not|doesn't"
                    + "|doesnt|does not) (?:involve|include|mean)?)\\s*(?:any |the |full |actual |a |an )?"
                    + "(?:penetrat\\w*|intercourse|sex|insertion|inserting)");

    private CarePause() {
    }

    /** The writer says the red flag has been seen to: the pause no longer holds. */
    static boolean seenTo(String normalised) {
        return SEEN_TO.matcher(normalised).find() && !NOT_YET.matcher(normalised).find()
                && !LOOKS_AHEAD.matcher(normalised).find();
    }

    /**
     * The pause holds for this turn: an earlier turn paused practice, this one's screen did not, and the message
     * neither asks about the time after care nor says it has been seen to.
     */
    static boolean holds(Session session, boolean pausedByThisTurn, String normalised) {
        return session.practicePaused() && !pausedByThisTurn && !LOOKS_AHEAD.matcher(normalised).find()
                && !seenTo(normalised);
    }

    /**
     * Whether the pause is the reply: the message asks about practice ("can i still do my session tonight?") or plays
     * the red flag down ("she's fine now, should we just leave it?"). Any other question is answered as usual (what a
     * couple can do meanwhile is not practice).
     */
    static boolean isTheAnswer(String normalised) {
        return PracticeGuidance.encouragesPractice(INSTEAD_OF_PRACTICE.matcher(normalised).replaceAll(" "))
                || PUTS_OFF_CARE.matcher(normalised).find();
    }

    /**
     * Whether the question itself (the last clause of the last question) is about practice ("...since yesterday.
     * should we try adding movement next?"): with this turn's own red flag, the safety message's "pause your practice"
     * answers it. Not what the story around it mentions ("...since my last dilator session, is that normal?"), and not
     * a question that looks past the check ("once it's cleared up, how do i get back into it?"): those are answered.
     */
    static boolean asksAboutPractice(String normalised) {
        return !LOOKS_AHEAD.matcher(normalised).find() && PracticeGuidance.encouragesPractice(
                INSTEAD_OF_PRACTICE.matcher(ExtractiveAnswerComposer.lastClause(normalised)).replaceAll(" "));
    }

    /** What the session remembers after a turn: a red flag pauses; seen to lifts the pause; otherwise it stays. */
    static void remember(Session session, boolean pausedByThisTurn, String normalised) {
        if (pausedByThisTurn) {
            session.practicePaused(true);
        } else if (seenTo(normalised)) {
            session.practicePaused(false);
        }
    }
}
