package org.safepace.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the previous turn's topic steers the search for a message that leans on it ({@link PreviousTopic.Lean}), in
 * two steps. First the topic finds the neighbourhood: its vector blended into the message's own before the KNN
 * search, a bonus for its article, for "and then what?" a bonus for the section after the one just given, and the
 * passages just given last unless the message asks about them or for one detail of the topic ("how long for?").
 * Then the message's own vector chooses within it ({@link #choose}): among the first new passages and the one just
 * given, so a follow-up can move on or stay. Weights chosen on the dev conversations
 * (bot-service/src/test/resources/evaluation/dev), see {@link RetrievalTuning#DEFAULT}.
 */
final class FollowUpSteering {

    /** Larger than any fused score, so a follow-up's repeated passages rank after every new one. */
    static final double REPEAT_PENALTY = 1.0;
    /**
     * A question of its own that only refers back keeps most of its own meaning: this share of the follow-up blend.
     * On the dev conversations 0.4 (a blend of 0.3) kept "breathe in or out when i let go?" with the reverse Kegel it
     * followed without pulling a new question ("different question, do i need a smear test...") off its topic.
     */
    static final double REFERS_BACK_SHARE = 0.4;
    /** Added for the section after the one just given when the message asks what comes next: more than a top rank. */
    static final double NEXT_SECTION_BONUS = 0.03;
    /**
     * Added for the one section of the topic's article whose heading a word of the message names ("and the hip bit?"
     * after the circuit's breathing: "How do I do the hip openers and reverse Kegels?"): the message names the part of
     * the topic it asks about, which outweighs a top rank, as the next section does for "and then what?".
     */
    static final double NAMED_SECTION_BONUS = 0.03;
    /** Added for the passage just given when the message asks about it ("why that one?"). */
    static final double SAME_ANSWER_BONUS = 0.01;

    /**
     * How many new passages of the steered ranking (its first ones, not given last turn) are the topic's neighbourhood
     * for a message that means little alone ("how deep?", "and then what?", "how long for?"); with the passage just
     * given they are the choices, so "and then what?" can move on and "how long for?" can stay.
     */
    static final int NEW_CHOICES = 2;
    /**
     * How much nearer (on the KNN scale, (1 + cos) / 2, so 0.02 of cosine) the message's own vector must be to another
     * choice than to the steered first for that choice to answer instead. On the dev conversations 0.01 gave 110 of
     * 172 conversations right, 0.005 and 0.015 109, 0.025 107; choosing by the own vector alone, 108: a short
     * message's own vector sits close to any passage whose questions share its one detail ("how long for?" and "how
     * long does treatment take?"), so it only overrides the topic when it is clearly nearer.
     */
    static final double CHOICE_MARGIN = 0.01;
    /** Added to the next section's nearness for "and then what?": more than any two passages' nearness differ. */
    static final double NEXT_STEP_CHOICE = 1.0;
    /** Between consecutive choices' scores, so they rank above the rest of the steered passages in the order chosen. */
    private static final double CHOICE_STEP = 1e-3;

    private final String[] passageIdByOrdinal;
    private final String[] articleIdByOrdinal;
    private final RetrievalTuning tuning;
    private final Map<String, Integer> ordinalById = new HashMap<>();
    /** Each section's heading words, from its id ("how-do-i-do-the-hip-openers-and-reverse-kegels"). */
    private final List<Set<String>> headingWords = new ArrayList<>();

    FollowUpSteering(String[] passageIdByOrdinal, String[] articleIdByOrdinal, RetrievalTuning tuning) {
        this.passageIdByOrdinal = passageIdByOrdinal;
        this.articleIdByOrdinal = articleIdByOrdinal;
        this.tuning = tuning;
        for (int i = 0; i < passageIdByOrdinal.length; i++) {
            ordinalById.put(passageIdByOrdinal[i], i);
            String id = passageIdByOrdinal[i];
            headingWords.add(Set.copyOf(List.of(id.substring(id.indexOf('#') + 1).split("-"))));
        }
    }

    /**
     * Whether a message from someone not yet recognised stays with the audience of what was just answered: a
     * follow-up does; a question of its own that only refers back may be for either.
     */
    static boolean keepsAudience(PreviousTopic previous) {
        return previous != null && previous.lean() != PreviousTopic.Lean.REFERS_BACK;
    }

    /** The vector the KNN search uses: the message's own, leaned towards the topic's when there is one. */
    float[] target(float[] own, PreviousTopic previous) {
        if (previous == null || previous.vector() == null || previous.vector().length != own.length) {
            return own;
        }
        double weight = previous.lean() == PreviousTopic.Lean.REFERS_BACK
                ? tuning.followUpBlend() * REFERS_BACK_SHARE : tuning.followUpBlend();
        return HybridSearcher.blend(own, previous.vector(), weight);
    }

    /** What the topic adds to (or takes from) one passage's fused score; 0 without a topic. */
    double adjustment(PreviousTopic previous, int ordinal) {
        if (previous == null) {
            return 0;
        }
        double adjustment = 0;
        if (previous.lean() != PreviousTopic.Lean.REFERS_BACK && previous.articleId() != null
                && previous.articleId().equals(articleIdByOrdinal[ordinal])) {
            adjustment += tuning.followUpBonus();
        }
        boolean given = previous.passageIds().contains(passageIdByOrdinal[ordinal]);
        if (given && previous.lean() == PreviousTopic.Lean.ABOUT_THE_ANSWER) {
            adjustment += SAME_ANSWER_BONUS;
        } else if (given && previous.lean() != PreviousTopic.Lean.DETAIL) {
            // "tell me more" wants something new: the passages just given go last, kept as a fallback. A detail
            // ("how long for?") may be in the passage just given, among the sentences the answer left out.
            adjustment -= REPEAT_PENALTY;
        }
        if (previous.lean() == PreviousTopic.Lean.NEXT_STEP && isNextSection(previous, ordinal)) {
            adjustment += NEXT_SECTION_BONUS;
        }
        if (isNamedSection(previous, ordinal)) {
            adjustment += NAMED_SECTION_BONUS;
        }
        return adjustment;
    }

    /**
     * Whether the message's own vector chooses within the topic's neighbourhood ({@link #choose}): for every lean but
     * a question of its own that only refers back, which is searched on its own meaning.
     */
    static boolean choosesWithinTheTopic(PreviousTopic previous) {
        return previous != null && previous.lean() != PreviousTopic.Lean.REFERS_BACK;
    }

    /**
     * The topic defines the neighbourhood, the message's own vector chooses within it. {@code steered} is the ranking
     * the topic steered (best first). The choices are its first {@value #NEW_CHOICES} new passages and the passage
     * just given (for a message about the answer, "why does that help?", only the passage just given, which then
     * answers); another choice answers instead of the steered first only when the own vector is nearer to it by
     * {@value #CHOICE_MARGIN} (for "and then what?" the section after the one given counts as nearest; for a message that
     * says only the detail it asks, {@link PreviousTopic#detailOnly}, only a choice in the topic's article). Everything
     * else keeps its steered place, the passage just given too when it is not chosen.
     *
     * @param ownScores each passage's score against the message's own vector, as the KNN ranking scores it (by
     *                  ordinal); a passage without one is the least near
     */
    List<HybridSearcher.Ranked> choose(List<HybridSearcher.Ranked> steered, PreviousTopic previous,
                                       Map<Integer, Double> ownScores) {
        if (!choosesWithinTheTopic(previous) || steered.isEmpty()) {
            return steered;
        }
        Integer given = previous.passageIds().isEmpty() ? null : ordinalById.get(previous.passageIds().get(0));
        int givenRank = given == null ? -1 : rankOf(steered, given);
        List<Integer> choices = new ArrayList<>();
        if (previous.lean() == PreviousTopic.Lean.ABOUT_THE_ANSWER && givenRank >= 0) {
            choices.add(given);
        } else {
            steered.stream().map(HybridSearcher.Ranked::ordinal)
                    .filter(o -> !previous.passageIds().contains(passageIdByOrdinal[o]))
                    .limit(NEW_CHOICES).forEach(choices::add);
            if (givenRank >= 0) {
                choices.add(given);
            }
            choices.sort(Comparator.comparingInt(o -> rankOf(steered, o)));
            Integer first = choices.get(0);
            // "How long for?" says only the detail it asks: its own vector is near every passage about durations, in
            // any article ("how long does treatment take?"), so it may move the answer only within the topic's article.
            Integer nearest = choices.stream()
                    .filter(o -> !previous.detailOnly() || o.equals(first) || inTheTopicsArticle(previous, o))
                    .max(Comparator.comparingDouble((Integer o) -> ownScore(ownScores, previous, o))
                            .thenComparingInt(o -> -rankOf(steered, o)))
                    .orElseThrow();
            if (!nearest.equals(first) && !isNamedSection(previous, first)
                    && ownScore(ownScores, previous, nearest) > ownScore(ownScores, previous, first) + CHOICE_MARGIN) {
                choices.remove(nearest);
                choices.add(0, nearest);
            }
            if (givenRank >= 0 && !choices.get(0).equals(given)) {
                // Not chosen: the passage just given keeps its steered place (last, for "tell me more").
                choices.remove(given);
            }
        }
        // Scores stay in order: the choices just above the best steered score, the rest as they were.
        double top = steered.get(0).score();
        List<HybridSearcher.Ranked> out = new ArrayList<>(steered.size());
        for (int i = 0; i < choices.size(); i++) {
            out.add(new HybridSearcher.Ranked(choices.get(i), top + CHOICE_STEP * (choices.size() - i)));
        }
        for (HybridSearcher.Ranked r : steered) {
            if (!choices.contains(r.ordinal())) {
                out.add(r);
            }
        }
        return out;
    }

    private static int rankOf(List<HybridSearcher.Ranked> steered, int ordinal) {
        for (int i = 0; i < steered.size(); i++) {
            if (steered.get(i).ordinal() == ordinal) {
                return i;
            }
        }
        return -1;
    }

    /** How near a passage is to the message's own vector; for "and then what?" the next section is the nearest. */
    private double ownScore(Map<Integer, Double> ownScores, PreviousTopic previous, int ordinal) {
        double score = ownScores.getOrDefault(ordinal, 0.0);
        if (previous.lean() == PreviousTopic.Lean.NEXT_STEP && isNextSection(previous, ordinal)) {
            score += NEXT_STEP_CHOICE;
        }
        return score;
    }

    private boolean inTheTopicsArticle(PreviousTopic previous, int ordinal) {
        return articleIdByOrdinal[ordinal].equals(previous.articleId());
    }

    /**
     * Whether a word of the message names this section of the topic's article and no other section of it ("hip" in
     * "...-the-hip-openers-and-reverse-kegels"). Not for "and then what?" ("and after the kegels bit?" names where
     * the next step starts, not the answer). A word names a heading word it equals (three letters or more) or differs
     * from by an ending of at most two letters (four letters or more: "kegel", "kegels"; not "part", "partner").
     */
    boolean isNamedSection(PreviousTopic previous, int ordinal) {
        if (previous == null || previous.ownWords().isEmpty() || previous.lean() == PreviousTopic.Lean.NEXT_STEP
                || previous.articleId() == null || !previous.articleId().equals(articleIdByOrdinal[ordinal])) {
            return false;
        }
        for (String word : previous.ownWords()) {
            if (names(word, headingWords.get(ordinal))) {
                boolean elsewhere = false;
                for (int other = 0; other < articleIdByOrdinal.length && !elsewhere; other++) {
                    elsewhere = other != ordinal && articleIdByOrdinal[other].equals(articleIdByOrdinal[ordinal])
                            && names(word, headingWords.get(other));
                }
                if (!elsewhere) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean names(String word, Set<String> heading) {
        for (String h : heading) {
            String shorter = word.length() <= h.length() ? word : h;
            String longer = shorter == word ? h : word;
            if (shorter.length() >= 3 && longer.equals(shorter)
                    || shorter.length() >= 4 && longer.startsWith(shorter) && longer.length() - shorter.length() <= 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether the passage is the section right after the one the previous answer opened with, in the same article. */
    private boolean isNextSection(PreviousTopic previous, int ordinal) {
        if (previous.passageIds().isEmpty() || ordinal == 0) {
            return false;
        }
        Integer given = ordinalById.get(previous.passageIds().get(0));
        return given != null && given == ordinal - 1 && articleIdByOrdinal[ordinal].equals(articleIdByOrdinal[given]);
    }
}
