package org.safepace.bot.answer;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pronouns for the partner who has vaginismus, as the person writing to us uses them. The partner guidance is
 * written with "she" and "her"; a partner whose boyfriend is a trans man, or whose partner is non-binary, should not
 * read their partner misgendered in every sentence. {@link #rewrite} turns that guidance to "he" or "they".
 *
 * <p>A sentence that already speaks of a man ("he", "him") or of a woman by name ("one woman described...") is left
 * as written: it tells someone else's story, and swapping its pronouns would change whose story it is.
 */
public enum PartnerPronouns {
    SHE, HE, THEY;

    /**
     * Words after "her" that make it possessive ("her body", "her own pace"); after any other word or a punctuation
     * mark it is the object ("let her decide", "respect her every time", "ask her how"). Every "her" in the partner
     * guidance is followed by one of these or by an object word; {@code PartnerPronounsTests} checks the articles.
     */
    static final Set<String> POSSESSED = Set.of("body", "body's", "own", "hand", "hands", "fear", "fears",
            "experience", "decision", "decisions", "confidence", "choice", "choices", "wellbeing", "vaginismus",
            "vagina", "trust", "therapist", "physio", "physiotherapist", "doctor", "gp", "safety", "resilience",
            "questions", "progress", "plan", "partner", "pain", "needs", "muscles", "mind", "feelings", "fault",
            "expense", "exercises", "dilator", "dilators", "courage", "daily", "pace", "treatment", "side", "limits",
            "boundaries", "time", "way", "life", "history", "words", "no", "yes", "signals", "story", "worth",
            "struggles", "reaction", "readiness", "lead", "comfort", "practice", "sessions", "wishes", "say",
            "feeling", "worries", "self-esteem", "sense", "stop", "favourite", "legs", "breathing", "eyes", "jaw",
            "head", "heart", "face", "sexuality", "desire", "shame", "guilt", "relief", "part", "first", "best",
            "hopes", "goals", "goal", "steps", "consent", "ability", "care", "healing", "name", "room");

    /** Words between "she" and her verb that do not change it ("she still feels", "she really takes"). */
    private static final Set<String> ADVERBS = Set.of("also", "still", "really", "never", "always", "often", "only",
            "usually", "just", "sometimes", "even", "then", "already", "probably", "actually", "simply", "truly",
            "rarely", "finally", "clearly", "genuinely", "no", "longer");

    /** Irregular verbs after a singular "they". */
    private static final Map<String, String> AFTER_THEY = Map.ofEntries(Map.entry("is", "are"),
            Map.entry("was", "were"), Map.entry("has", "have"), Map.entry("does", "do"), Map.entry("isn't", "aren't"),
            Map.entry("wasn't", "weren't"), Map.entry("hasn't", "haven't"), Map.entry("doesn't", "don't"),
            Map.entry("goes", "go"));

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*[\"”’)]*\\s*|\\n");
    /** A sentence about a man, or about a woman other than the reader's partner: left as written. */
    private static final Pattern OTHER_STORY = Pattern.compile(
            "(?i)\\b(?:he|him|his|himself|woman|women|girl|girls|mother|mum|daughter|sister|lady)\\b");

    /** The text with the partner's "she" and "her" turned to these pronouns; unchanged for {@link #SHE}. */
    public String rewrite(String text) {
        if (this == SHE || text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher sentences = SENTENCE.matcher(text);
        int at = 0;
        while (sentences.find()) {
            out.append(text, at, sentences.start());
            String sentence = sentences.group();
            out.append(OTHER_STORY.matcher(sentence).find() ? sentence : rewriteSentence(sentence));
            at = sentences.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private String rewriteSentence(String sentence) {
        StringBuilder out = new StringBuilder(sentence.length() + 8);
        Matcher words = WORD.matcher(sentence);
        int at = 0;
        boolean afterSubject = false; // the previous word was a "she" turned to "they": its verb agrees with "they"
        while (words.find()) {
            out.append(sentence, at, words.start());
            String word = words.group();
            String lower = word.toLowerCase().replace('’', '\'');
            String replaced = switch (lower) {
                case "she" -> this == HE ? "he" : "they";
                case "she's" -> this == HE ? "he's" : "they're";
                case "she'd" -> this == HE ? "he'd" : "they'd";
                case "she'll" -> this == HE ? "he'll" : "they'll";
                case "herself" -> this == HE ? "himself" : "themselves";
                case "hers" -> this == HE ? "his" : "theirs";
                case "her" -> possessive(sentence, words.end())
                        ? (this == HE ? "his" : "their") : (this == HE ? "him" : "them");
                default -> null;
            };
            if (replaced != null) {
                out.append(sameCase(word, replaced));
                afterSubject = this == THEY && lower.equals("she");
            } else if (afterSubject && ADVERBS.contains(lower)) {
                out.append(word);
            } else {
                out.append(afterSubject ? sameCase(word, pluralVerb(lower)) : word);
                afterSubject = false;
            }
            at = words.end();
        }
        return out.append(sentence, at, sentence.length()).toString();
    }

    /** Whether the "her" ending at {@code end} owns the next word ("her body") rather than being its object. */
    private static boolean possessive(String sentence, int end) {
        Matcher next = WORD.matcher(sentence);
        if (end < sentence.length() && Character.isWhitespace(sentence.charAt(end)) && next.find(end)
                && sentence.substring(end, next.start()).isBlank()) {
            return POSSESSED.contains(next.group().toLowerCase().replace('’', '\''));
        }
        return false;
    }

    /** "feels" as a singular "they" says it: "feel"; a word that is no present-tense verb is kept. */
    static String pluralVerb(String verb) {
        String irregular = AFTER_THEY.get(verb);
        if (irregular != null) {
            return irregular;
        }
        if (verb.length() < 3 || !verb.endsWith("s") || verb.endsWith("ss") || verb.endsWith("'s")) {
            return verb;
        }
        if (verb.endsWith("ies") && verb.length() > 4) {
            return verb.substring(0, verb.length() - 3) + "y";
        }
        if (verb.endsWith("ches") || verb.endsWith("shes") || verb.endsWith("sses") || verb.endsWith("xes")
                || verb.endsWith("zes")) {
            return verb.substring(0, verb.length() - 2);
        }
        return verb.substring(0, verb.length() - 1);
    }

    private static String sameCase(String original, String replaced) {
        if (Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(replaced.charAt(0)) + replaced.substring(1);
        }
        return replaced;
    }
}
