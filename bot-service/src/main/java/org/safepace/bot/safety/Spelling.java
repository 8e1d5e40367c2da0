package org.safepace.bot.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Corrects misspellings of red-flag words ("bleedng", "fevar", "temprature") to the word the rules know.
 * Bounded on purpose: only words of 5+ letters, edit distance 1 (2 from 8 letters), the same first letter, and never
 * a real word that merely looks alike ("breeding", "fewer", "meditation"): those are in the stop-list.
 */
final class Spelling {

    /** The words worth correcting towards: the vocabulary the rules match on. */
    private static final List<String> KEY_WORDS = List.of(
            "bleeding", "bleed", "bleeds", "blood", "spotting", "fever", "feverish", "temperature", "chills",
            "shivery", "shivering", "infection", "infected", "discharge", "swelling", "swollen", "excruciating",
            "stabbing", "severe", "agony", "agonising", "agonizing", "unbearable", "fainted", "fainting", "dizzy",
            "dizziness", "lightheaded", "prolapse", "prolapsed", "bulge", "bulging", "heaviness", "suicide",
            "suicidal", "assault", "assaulted", "vomiting", "soaking", "endometriosis", "vestibulodynia",
            "vulvodynia", "sclerosus", "medication", "medicine", "diagnosis", "diagnose", "threatens", "threatened",
            "worsening", "painful", "hemorrhage", "haemorrhage", "itching", "thrush", "unstoppable", "clotting",
            "molested", "consent", "trauma", "traumatic", "escalating", "increasing");

    /** Real words within reach of a key word; never "corrected". Extend when a look-alike shows up. */
    private static final Set<String> STOP_LIST = Set.of(
            "breeding", "bleeping", "blending", "bleating", "blessing", "blooded", "bloods", "bloom", "blond",
            "blonde", "brood", "flood", "fewer", "never", "lever", "sever", "seven", "fevers", "feather", "fetter",
            "chill", "chilly", "chiles", "shills", "skills", "silvery", "shiver", "slivers", "spitting", "sporting",
            "slotting", "stopping", "shopping", "swotting", "shouting", "spotted", "spotlight", "several", "severs",
            "spelling", "smelling", "dwelling", "selling", "shelling", "swilling", "swallow", "swallowed", "swallen",
            "injection", "injections", "inflection", "infections", "injected", "inflected", "infested", "temperate",
            "temperament", "stubbing", "scabbing", "slabbing", "stabling", "starring", "stabbed", "painted",
            "tainted", "fainter", "feinted", "painting", "feinting", "fizzy", "ditzy", "relapse", "collapse",
            "collapsed", "budge", "bilge", "bulged", "bugle", "bulges", "voting", "vomited", "smoking", "socking",
            "medications", "meditation", "meditating", "dedication", "medicines", "medicinal", "diagnoses",
            "diagnosed", "threatening", "theatres", "etching", "inching", "itchy", "pitching", "hitching",
            "ditching", "witching", "bitching", "thrust", "thrusting", "thrash", "thrushes", "lighthearted",
            "quivering", "assaults", "assaulter", "assorted", "suicides", "agent", "agents", "constant", "content",
            "contest", "consents", "consented", "increased", "increases", "tramas", "clothing", "clotted", "dizzier",
            "plotting", "potting", "spotty", "scolding", "bleak", "bleach", "blocks", "bloat", "bloated", "bloody",
            "bludge", "bonding", "banding", "blinding", "blinking", "bleaker", "bruising", "pained", "paintful",
            "shouted", "soaring", "sobbing", "fearing", "feeling", "fevered", "forever", "freezer", "severely",
            "discharged", "dischargeable",
            "breed", "breeds", "bleep", "bleeps", "blend", "blends", "fiver", "chilli", "severed", "staffing",
            "stalling", "stacking", "stamping", "standing", "sweating", "swirling", "sweeping", "inspection",
            "intention", "invested", "unbeatable", "heaviest", "visiting", "convent", "bending");

    private static final Map<Character, List<String>> BY_FIRST_LETTER = new HashMap<>();
    private static final Set<String> KNOWN;

    static {
        for (String word : KEY_WORDS) {
            BY_FIRST_LETTER.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
        }
        java.util.HashSet<String> known = new java.util.HashSet<>(STOP_LIST);
        known.addAll(KEY_WORDS);
        KNOWN = Set.copyOf(known);
    }

    private Spelling() {
    }

    /** The key word this token is a misspelling of, or the token itself. */
    static String correct(String token) {
        int length = token.length();
        if (length < 5 || KNOWN.contains(token)) {
            return token;
        }
        List<String> candidates = BY_FIRST_LETTER.get(token.charAt(0));
        if (candidates == null) {
            return token;
        }
        for (int i = 0; i < length; i++) {
            char c = token.charAt(i);
            if (c < 'a' || c > 'z') {
                return token; // digits, hyphens, apostrophes: not a plain misspelling
            }
        }
        String best = token;
        int bestDistance = Integer.MAX_VALUE;
        for (String word : candidates) {
            int allowed = Math.min(length, word.length()) >= 8 ? 2 : 1;
            if (Math.abs(word.length() - length) > allowed) {
                continue;
            }
            int distance = distance(token, word, allowed);
            if (distance <= allowed && distance < bestDistance) {
                best = word;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Optimal-string-alignment distance (a swap of neighbours counts 1), or {@code limit + 1} once it exceeds limit. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int value = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    value = Math.min(value, prev2[j - 2] + 1);
                }
                cur[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], limit + 1);
    }
}
