package org.safepace.knowledge;

import java.util.List;

/**
 * What the previous turn was about, kept by the dialogue so it can steer retrieval for a message that leans on it:
 * its vector is blended into the message's own, its article's passages are preferred, and the passages just given
 * rank last unless the message asks about them. How strongly depends on {@link Lean}.
 *
 * @param articleId  the article the previous answer came from
 * @param passageIds the passages that answer drew on, the one it opened with first
 * @param vector     the previous topic's query vector ({@link KnowledgeBase#embedQuery}); may be {@code null}
 * @param lean       how the message leans on the topic
 * @param detailOnly the message says nothing but the detail it asks ("how long for?", "what if it hurts?"): its own
 *                   vector is that question's frame alone, near every passage about the same detail in any article,
 *                   so it may choose only within the topic's article (see {@link FollowUpSteering})
 * @param ownWords   the words with which the message names a part of its topic ("and the hip bit?": "hip"); one
 *                   that names a single section of the topic's article asks for that section
 */
public record PreviousTopic(String articleId, List<String> passageIds, float[] vector, Lean lean, boolean detailOnly,
                            List<String> ownWords) {

    /** How a message leans on the topic before it. */
    public enum Lean {
        /** Means little alone ("how deep?", "what if it hurts?"): the topic carries most of the meaning. */
        ELLIPTICAL,
        /** A question of its own that refers back ("is it curable?"): the topic only breaks close calls. */
        REFERS_BACK,
        /** "And then what?": the section after the one just given, in its article's order of steps. */
        NEXT_STEP,
        /** "Why that one?": asks about the answer just given, so that passage may answer again. */
        ABOUT_THE_ANSWER,
        /**
         * "How long for?", "how often?": one detail of the topic, as {@link #ELLIPTICAL}, but the passage just given
         * may hold it (an answer shows only a few of a passage's sentences), so it is not pushed last.
         */
        DETAIL
    }

    public PreviousTopic {
        passageIds = List.copyOf(passageIds);
        vector = vector == null ? null : vector.clone();
        lean = lean == null ? Lean.ELLIPTICAL : lean;
        ownWords = ownWords == null ? List.of() : List.copyOf(ownWords);
    }

    /** Without the message's own words. */
    public PreviousTopic(String articleId, List<String> passageIds, float[] vector, Lean lean, boolean detailOnly) {
        this(articleId, passageIds, vector, lean, detailOnly, List.of());
    }

    /** A message with words of its own beside the detail it asks, if any. */
    public PreviousTopic(String articleId, List<String> passageIds, float[] vector, Lean lean) {
        this(articleId, passageIds, vector, lean, false);
    }

    /** A follow-up that means little alone. */
    public PreviousTopic(String articleId, List<String> passageIds, float[] vector) {
        this(articleId, passageIds, vector, Lean.ELLIPTICAL);
    }
}
