package org.safepace.bot.dialogue;

import org.safepace.knowledge.PreviousTopic;

/**
 * What the dialogue made of one message.
 *
 * @param retrievalQuery the text to search the guidance with (a follow-up carries its previous topic)
 * @param outside        nearest to what is outside the service: off-topic unless the guidance is close after all
 * @param previous       for a message that leans on the earlier topic, that topic (it steers retrieval); else {@code null}
 * @param topicQuery     the question this turn's topic is anchored to, remembered for the next turn: a follow-up
 *                       keeps its topic's, so a chain of follow-ups does not pile up its own words
 * @param elliptical     a follow-up with nothing before it ("why?" opening a chat): it means little on its own, so
 *                       only a confident match answers it, never a near miss
 * @param followUp       the message's own words when it means little without its topic ("how long for?"), searched as
 *                       the topic's question plus these; {@code null} for a message that stands on its own
 * @param leansOutside   nearer to what is outside the service than to any other act, not clearly: off-topic when
 *                       the guidance is far from it too
 * @param partnerUnnamed the person herself, known from an earlier turn, speaks of her partner only as "he" or "she"
 *                       ("can he help me with it?"): her guidance says "your partner", which a pronoun never finds, so
 *                       the word is searched with the message (not composed with: sentences are chosen for what she said)
 */
record Understanding(Intent intent, AudienceHint audience, Feeling feeling, String retrievalQuery, boolean outside,
                     PreviousTopic previous, String topicQuery, boolean elliptical, String followUp,
                     boolean leansOutside, boolean partnerUnnamed, boolean aside) {

    /** The word searched with a message that names its partner only by a pronoun. */
    static final String PARTNER_WORD = " partner";

    /** The text the guidance is searched with: the retrieval query, with "partner" for a pronoun-only partner. */
    String searchQuery() {
        return partnerUnnamed ? retrievalQuery + PARTNER_WORD : retrievalQuery;
    }

    /**
     * The question the composer matches sentences to: as it was searched (misspellings corrected), without the
     * partner word added for the search.
     */
    String composedQuestion(String searchedText) {
        String searched = searchedText != null ? searchedText : retrievalQuery;
        return partnerUnnamed && searched.endsWith(PARTNER_WORD)
                ? searched.substring(0, searched.length() - PARTNER_WORD.length()) : searched;
    }

    /** The topic's vector to remember: a follow-up keeps its topic's, anything else starts a topic of its own. */
    float[] topicVector(float[] own) {
        boolean follows = previous != null && previous.vector() != null
                && previous.lean() != PreviousTopic.Lean.REFERS_BACK;
        return follows ? previous.vector() : own;
    }

    /**
     * Whether a question of its own that points back ("can i boil them?") and was answered from its topic's article
     * carries that topic on: its own words often lack what they point to ("them"), so the next follow-up ("and where do
     * i keep them") is anchored to the topic's question and vector, not to this one's.
     */
    boolean carriesTheTopicOn(String answeredArticleId) {
        return previous != null && previous.lean() == PreviousTopic.Lean.REFERS_BACK && previous.vector() != null
                && answeredArticleId != null && answeredArticleId.equals(previous.articleId());
    }

    /** Whether this message is answered from the guidance. */
    boolean needsRetrieval() {
        return switch (intent) {
            case QUESTION, FOLLOW_UP, FEELINGS -> true;
            default -> false;
        };
    }
}
