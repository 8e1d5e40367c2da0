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
 * @param stillToShow of {@code passageIds}, those that still hold sentences the conversation has not shown and that
 *                    match the message (the dialogue remembers which were shown): they are not pushed last, since a
 *                    short follow-up's answer is often among the sentences the previous reply left out
 */
public record PreviousTopic(String articleId, List<String> passageIds, float[] vector, Lean lean,
                            List<String> stillToShow) {

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
        stillToShow = stillToShow == null ? List.of() : List.copyOf(stillToShow);
    }

    /** A topic whose passages' sentences are not known to the caller: every passage given counts as shown. */
    public PreviousTopic(String articleId, List<String> passageIds, float[] vector, Lean lean) {
        this(articleId, passageIds, vector, lean, List.of());
    }

    /** The same topic, with the passages just given that still hold unshown sentences matching the message. */
    public PreviousTopic withStillToShow(List<String> passages) {
        return new PreviousTopic(articleId, passageIds, vector, lean, passages);
    }

    /** A follow-up that means little alone. */
    public PreviousTopic(String articleId, List<String> passageIds, float[] vector) {
        this(articleId, passageIds, vector, Lean.ELLIPTICAL);
    }
}
