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
        // Each line's words once (stemming is most of the cost: about 0.1 ms for three passages).
        List<Lines> candidates = hits.subList(0, Math.min(hits.size(), CANDIDATES)).stream().map(Lines::of).toList();
        Map<String, Double> weight = weights(words, candidates);
        double first = candidates.get(0).score(weight);
        int chosen = 0;
        double chosenScore = first + margin;
        for (int i = 1; i < candidates.size(); i++) {
            double score = candidates.get(i).score(weight);
            if (score >= chosenScore && (chosen == 0 || score > chosenScore)) {
                chosen = i;
                chosenScore = score;
            }
        }
        return chosen;
    }

    /** ln(n / df) over the candidates: a word in one of three counts 1.1, in two 0.4, in all three nothing. */
    static Map<String, Double> weights(Set<String> words, List<Lines> candidates) {
        Map<String, Integer> df = new HashMap<>();
        for (Lines lines : candidates) {
            Set<String> held = lines.all();
            held.retainAll(words);
            held.forEach(word -> df.merge(word, 1, Integer::sum));
        }
        Map<String, Double> weight = new HashMap<>();
        df.forEach((word, n) -> weight.put(word, Math.log((double) candidates.size() / n)));
        return weight;
    }

    /**
     * A passage's words, line by line: what it says it answers (its heading and {@code Questions:} lines) and what it
     * says (its sentences).
     */
    record Lines(List<Set<String>> asks, List<Set<String>> says) {

        static Lines of(PassageHit hit) {
            List<Set<String>> asks = new ArrayList<>();
            asks.add(ExtractiveAnswerComposer.keywords(hit.section()));
            hit.questions().forEach(question -> asks.add(ExtractiveAnswerComposer.keywords(question)));
            return new Lines(asks, hit.units().stream().map(ExtractiveAnswerComposer::keywords).toList());
        }

        Set<String> all() {
            Set<String> all = new HashSet<>();
            asks.forEach(all::addAll);
            says.forEach(all::addAll);
            return all;
        }

        /** Its best asked line plus half its best sentence. */
        double score(Map<String, Double> weight) {
            return best(asks, weight) + SAYS_SHARE * best(says, weight);
        }
    }

    private static double best(List<Set<String>> lines, Map<String, Double> weight) {
        double best = 0;
        for (Set<String> line : lines) {
            double total = 0;
            for (String word : line) {
                total += weight.getOrDefault(word, 0.0);
            }
            best = Math.max(best, total);
        }
        return best;
    }
}
