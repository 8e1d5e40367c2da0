package org.safepace.bot.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.safepace.knowledge.PassageHit;

/**
 * Recognises guidance that invites practice (inserting, dilators, exercises, moving up a size, positions for
 * penetration), so that a reply which has just said "pause your practice and get checked" never goes on to
 * encourage it. Text that itself says to pause, stop or get checked is not counted as inviting practice.
 */
public final class PracticeGuidance {

    /** Word stems of doing practice, matched at the start of a word. */
    private static final Pattern PRACTICE = Pattern.compile(
            "\\b(dilat|trainer|insert|practi[cs]|exercis|kegel|stretch|finger|tampon|penetrat|intercourse|session"
                    + "|warm-up|move up|next size|go up a size|size up|slide|position|containment|thrust|movement)");
    /** What a seek-care reply asks for; a sentence saying it supports the safety message. */
    private static final Pattern PAUSE = Pattern.compile(
            "\\b(pause|stop|rest|break from|get checked|checked by|see a|see your|seek|clinician|doctor|gp\\b|physio"
                    + "|sexual health clinic|urgent|emergency)");

    private PracticeGuidance() {
    }

    public static boolean encouragesPractice(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return PRACTICE.matcher(lower).find() && !PAUSE.matcher(lower).find();
    }

    /** Half or more of the passage's sentences (its {@link PassageHit#units()}) invite practice. */
    public static boolean isMostlyPractice(List<String> units) {
        long practice = units.stream().filter(PracticeGuidance::encouragesPractice).count();
        return !units.isEmpty() && practice * 2 >= units.size();
    }
}
