package org.safepace.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.safepace.knowledge.PassageHit;
import org.safepace.knowledge.QuestionFocus;

/**
 * Which of the first three passages answers a long message's question sentence. Retrieval ranks by the whole story
 * (one vector, BM25 with the question weighted up), so on messages nobody here wrote the right passage is often second
 * or third: a story that names a dilator, a partner and a smear test before asking one thing last. Here only the
 * question sentence ({@link QuestionFocus#lastAsked}) is read against each candidate's heading and {@code Questions:}
 * lines (what it says it answers) and its sentences (what it says), by the question's words that tell the three apart
 * (a word all three hold counts for nothing). A lower passage is chosen only when it answers clearly better, by
 * {@link #margin} or more; never one from further down than the third.
 */
final class QuestionSentenceChoice {

    /**
     * More than one word that only that passage holds (ln 3 = 1.1). Calibrated on dev without half B: a margin of one
     * such word (0.7 or 1.0) found 4 more right answers and lost 4 ("is there any way to get pregnant without
     * intercourse?" went to the myths section on a good sex life without intercourse); 1.25 and 1.5 lost none.
     */
    static final double MARGIN = 1.25;
    static final int CANDIDATES = 3;
    /**
     * Only a long story (the 40 words from which its question is also said again in its one vector): under it the
     * whole message is mostly the question the search already read, and on dev messages of 20-39 words the choice
     * lost more right answers than it found (8 against 4).
     */
    static final int LONG_STORY_WORDS = 40;
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** Sentences say more than the question needs; what a passage says it answers counts twice as much. */
    private static final double SAYS_SHARE = 0.5;

    private final double margin;

    QuestionSentenceChoice(double margin) {
        this.margin = margin;
    }

    QuestionSentenceChoice() {
        this(MARGIN);
    }

    /**
     * The index among {@code hits} of the passage to answer from: 0 (the retriever's first) unless one of the next two
     * answers the question sentence better by the margin. 0 for a short message (its whole text is the question the
     * search already read), a question that names nothing ("what should I do?") and a follow-up.
     */
    int choose(String message, List<PassageHit> hits, boolean followUp) {
        if (followUp || hits.size() < 2 || WORD.matcher(message).results().count() < LONG_STORY_WORDS
                || QuestionFocus.isGeneric(message)) {
            return 0;
        }
        String asked = QuestionFocus.lastAsked(message);
        if (asked.isEmpty()) {
            return 0;
        }
        Set<String> words = ExtractiveAnswerComposer.telling(asked);
        if (words.isEmpty()) {
            return 0;
        }
        List<PassageHit> candidates = hits.subList(0, Math.min(hits.size(), CANDIDATES));
        Map<String, Double> weight = weights(words, candidates);
        double first = score(candidates.get(0), weight);
        int chosen = 0;
        double chosenScore = first + margin;
        for (int i = 1; i < candidates.size(); i++) {
            double score = score(candidates.get(i), weight);
            if (score >= chosenScore && (chosen == 0 || score > chosenScore)) {
                chosen = i;
                chosenScore = score;
            }
        }
        return chosen;
    }

    /** ln(n / df) over the candidates: a word in one of three counts 1.1, in two 0.4, in all three nothing. */
    static Map<String, Double> weights(Set<String> words, List<PassageHit> candidates) {
        Map<String, Integer> df = new HashMap<>();
        for (PassageHit hit : candidates) {
            Set<String> held = new HashSet<>(ExtractiveAnswerComposer.keywords(everything(hit)));
            held.retainAll(words);
            held.forEach(word -> df.merge(word, 1, Integer::sum));
        }
        Map<String, Double> weight = new HashMap<>();
        df.forEach((word, n) -> weight.put(word, Math.log((double) candidates.size() / n)));
        return weight;
    }

    /** Its best asked line (heading or a {@code Questions:} line) plus half its best sentence. */
    static double score(PassageHit hit, Map<String, Double> weight) {
        List<String> asks = new ArrayList<>(hit.questions());
        asks.add(hit.section());
        return best(asks, weight) + SAYS_SHARE * best(hit.units(), weight);
    }

    private static double best(List<String> lines, Map<String, Double> weight) {
        double best = 0;
        for (String line : lines) {
            double total = 0;
            for (String word : ExtractiveAnswerComposer.keywords(line)) {
                total += weight.getOrDefault(word, 0.0);
            }
            best = Math.max(best, total);
        }
        return best;
    }

    private static String everything(PassageHit hit) {
        return hit.section() + " " + String.join(" ", hit.questions()) + " " + String.join(" ", hit.units());
    }
}
