package org.safepace.bot.dialogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.safepace.bot.safety.SafetyDecision;
import org.safepace.bot.safety.SafetyScreen;
import org.safepace.bot.safety.TriageLevel;

/**
 * A red flag said over two messages: "i bled after last time" (SEEK_CARE), then "it's a lot and it's still going",
 * which names no symptom and so raises nothing on its own. The screen reads one message; this reads the latest
 * SEEK_CARE message of the conversation (kept while its pause holds) together with the new one, and takes that reading
 * only when it is an emergency, which neither message said alone. It can only raise a turn's level, never lower it,
 * and the screen's own reading of each message is untouched.
 */
final class RedFlagThread {

    private RedFlagThread() {
    }

    /**
     * @param earlier the latest SEEK_CARE message while its pause holds, or {@code null}
     * @param own     the screen's reading of this message alone
     */
    static SafetyDecision read(SafetyScreen screen, String earlier, String text, SafetyDecision own) {
        if (earlier == null || own.level() == TriageLevel.EMERGENCY) {
            return own;
        }
        // Its own sentence, so that "it" in the new message can reach the symptom of the earlier one.
        SafetyDecision together = screen.screen(earlier.strip() + ".\n" + text);
        if (together.level() != TriageLevel.EMERGENCY) {
            return own;
        }
        return new SafetyDecision(TriageLevel.EMERGENCY, union(together.categories(), own.categories()),
                union(together.ruleIds(), own.ruleIds()));
    }

    /** One turn's reading with the conversation's earlier red flag, and what the session keeps after it. */
    static SafetyDecision carry(SafetyScreen screen, Session session, String text, SafetyDecision own) {
        SafetyDecision safety = read(screen, session.redFlagText(), text, own);
        remember(session, safety, text);
        return safety;
    }

    /** What the session keeps after a turn: the SEEK_CARE message itself; an emergency has been said, so nothing. */
    static void remember(Session session, SafetyDecision safety, String text) {
        if (safety.level() == TriageLevel.EMERGENCY) {
            session.redFlagText(null);
        } else if (safety.level() == TriageLevel.SEEK_CARE) {
            session.redFlagText(text);
        }
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> out = new LinkedHashSet<>(first);
        out.addAll(second);
        return List.copyOf(out);
    }
}
