package org.safepace.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.safepace.knowledge.PassageHit;

/**
 * Answers without any model: picks the 2-5 sentences (or list items) of the best passage that share most words
 * with the question, kept in their original order so the answer reads as the guidance wrote it.
 */
public final class ExtractiveAnswerComposer implements AnswerComposer {

    static final int MAX_UNITS = 5;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'(*])");
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "if", "to", "of", "in", "on",
            "at", "for", "with", "is", "are", "was", "be", "it", "its", "it's", "i", "me", "my", "you", "your", "we",
            "do", "does", "can", "how", "what", "when", "why", "should", "would", "could", "this", "that", "there",
            "so", "as", "about", "from", "have", "has", "im", "i'm", "she", "her", "he", "his", "they", "them", "not");

    @Override
    public ComposedAnswer compose(AnswerRequest request) {
        PassageHit best = request.passages().get(0);
        List<String> units = units(best.text());
        List<String> chosen = units.size() <= MAX_UNITS ? units : choose(units, keywords(request.question()));
        // The section's heading comes first: passages answer it, and their first sentence often leans on it.
        return new ComposedAnswer("**" + best.section() + "**\n" + join(chosen), List.of(best), "extractive");
    }

    /** Paragraph sentences and list items, in order; a list item stays whole. */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            for (String line : block.split("\\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (isItem(trimmed)) {
                    units.add(trimmed);
                } else {
                    for (String sentence : SENTENCE_END.split(trimmed)) {
                        if (!sentence.isBlank()) {
                            units.add(sentence.strip());
                        }
                    }
                }
            }
        }
        return units;
    }

    /** The best-matching window of consecutive units, so the chosen sentences still follow on from each other. */
    private static List<String> choose(List<String> units, Set<String> keywords) {
        int bestStart = 0;
        double bestScore = -1;
        for (int start = 0; start + MAX_UNITS <= units.size(); start++) {
            double score = 0;
            for (int i = start; i < start + MAX_UNITS; i++) {
                score += overlap(units.get(i), keywords);
            }
            // Prefer the opening of a passage on ties: it usually states the point.
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
            }
        }
        // A list is introduced by the sentence before it ("Try these:"); keep that lead-in with its items.
        if (bestStart > 0 && isItem(units.get(bestStart)) && !isItem(units.get(bestStart - 1))) {
            return units.subList(bestStart - 1, bestStart + MAX_UNITS);
        }
        return units.subList(bestStart, bestStart + MAX_UNITS);
    }

    private static boolean isItem(String unit) {
        return unit.startsWith("- ") || unit.startsWith("* ") || unit.matches("\\d+[.)] .*");
    }

    private static double overlap(String unit, Set<String> keywords) {
        Set<String> words = keywords(unit);
        words.retainAll(keywords);
        return words.size();
    }

    static Set<String> keywords(String text) {
        Set<String> words = new HashSet<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!STOP.contains(w) && w.length() > 2) {
                words.add(stem(w));
            }
        }
        return words;
    }

    /** A crude suffix strip: enough to match "dilators" with "dilator" and "relaxing" with "relax". */
    private static String stem(String word) {
        for (String suffix : List.of("ing", "ed", "es", "s")) {
            if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    private static String join(List<String> units) {
        StringBuilder out = new StringBuilder();
        boolean previousWasItem = false;
        for (String unit : units) {
            boolean item = isItem(unit);
            if (!out.isEmpty()) {
                out.append(item || previousWasItem ? "\n" : " ");
            }
            out.append(unit);
            previousWasItem = item;
        }
        return out.toString();
    }
}
