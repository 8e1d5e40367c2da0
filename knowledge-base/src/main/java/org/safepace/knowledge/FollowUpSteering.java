package org.safepace.knowledge;

import java.util.HashMap;
import java.util.Map;

/**
 * How the previous turn's topic steers the search for a message that leans on it ({@link PreviousTopic.Lean}):
 * the topic's vector blended into the message's own before the KNN search, a bonus for its article, for "and then
 * what?" a bonus for the section after the one just given, and the passages just given last unless the message asks
 * about them or for one detail of the topic ("how long for?"). Weights chosen on the dev conversations (bot-service/src/test/resources/evaluation/dev), see
 * {@link RetrievalTuning#DEFAULT}.
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
    /** Added for the passage just given when the message asks about it ("why that one?"). */
    static final double SAME_ANSWER_BONUS = 0.01;

    private final String[] passageIdByOrdinal;
    private final String[] articleIdByOrdinal;
    private final RetrievalTuning tuning;
    private final Map<String, Integer> ordinalById = new HashMap<>();

    FollowUpSteering(String[] passageIdByOrdinal, String[] articleIdByOrdinal, RetrievalTuning tuning) {
        this.passageIdByOrdinal = passageIdByOrdinal;
        this.articleIdByOrdinal = articleIdByOrdinal;
        this.tuning = tuning;
        for (int i = 0; i < passageIdByOrdinal.length; i++) {
            ordinalById.put(passageIdByOrdinal[i], i);
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
        return adjustment;
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
