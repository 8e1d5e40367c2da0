package org.safepace.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safepace.knowledge.PassageHit;

/**
 * Which units (sentences, list items) of a passage a reply showed, by index into {@link PassageHit#units()}: the
 * session remembers them (ids and numbers, never text) so that answering from the same passage again shows what
 * was left out instead of repeating it.
 */
public final class ShownUnits {

    private ShownUnits() {
    }

    /** For each passage used, the indices of its units that appear in the reply's text (a stripped "Yes." too). */
    public static Map<String, List<Integer>> in(String text, List<PassageHit> used) {
        Map<String, List<Integer>> shown = new HashMap<>();
        for (PassageHit hit : used) {
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < hit.units().size(); i++) {
                if (appears(text, hit.units().get(i))) {
                    indices.add(i);
                }
            }
            if (!indices.isEmpty()) {
                shown.put(hit.passageId(), List.copyOf(indices));
            }
        }
        return shown;
    }

    /**
     * Whether the passage holds a unit not yet shown that shares a word of substance with the message ("what if it
     * burns?" and a sentence on burning the reply left out). A passage never shown is not known to hold any: the
     * caller's earlier rule stands for it.
     */
    public static boolean holdsUnshownMatch(PassageHit hit, Set<Integer> shown, String message) {
        if (shown.isEmpty() || message == null) {
            return false;
        }
        Set<String> asked = ExtractiveAnswerComposer.keywords(message);
        asked.removeAll(ExtractiveAnswerComposer.GENERIC);
        if (asked.isEmpty()) {
            return false;
        }
        for (int i = 0; i < hit.units().size(); i++) {
            if (!shown.contains(i)) {
                Set<String> words = ExtractiveAnswerComposer.keywords(hit.units().get(i));
                words.retainAll(asked);
                if (!words.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The units of a passage an answer may still show: those not yet shown, in order, or all of them when every one
     * has been (repeating is better than saying nothing).
     */
    static List<Integer> unshown(int size, Set<Integer> shown) {
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (!shown.contains(i)) {
                left.add(i);
            }
        }
        if (left.isEmpty()) {
            for (int i = 0; i < size; i++) {
                left.add(i);
            }
        }
        return left;
    }

    private static boolean appears(String text, String unit) {
        if (text.contains(unit)) {
            return true;
        }
        String rest = ExtractiveAnswerComposer.LEADING_YES_NO.matcher(unit).replaceFirst("");
        return !rest.isBlank() && !rest.equals(unit)
                && text.contains(Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
    }
}
