package org.safepace.bot.retrieval;

import java.util.List;
import java.util.Optional;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.PassageHit;
import org.safepace.knowledge.PreviousTopic;
import org.safepace.knowledge.SearchResult;

/** Finds the guidance passages that answer a question, best first, with a confidence signal. */
public interface GuidanceRetriever {

    /**
     * @param audience SELF or PARTNER when known (passages written only for the other are never returned);
     *                 {@code null} when not known (every passage is searched)
     */
    SearchResult search(String query, Audience audience, int k);

    /**
     * The same search with the turn's {@link #queryVector} (nothing is embedded again); for a follow-up,
     * {@code previous} (or {@code null}) is the earlier topic that steers it.
     */
    SearchResult search(String query, float[] queryVector, Audience audience, int k, PreviousTopic previous);

    /**
     * The same search in a conversation: {@code saidBefore} is what the person said in earlier turns, which with the
     * message decides whether a passage written for one situation (its article's {@code Only when:} line) may answer.
     * A retriever without such passages may ignore it.
     */
    default SearchResult search(String query, float[] queryVector, Audience audience, int k, PreviousTopic previous,
                                String saidBefore) {
        return search(query, queryVector, audience, k, previous);
    }

    /**
     * The message's query vector: computed once per turn and shared by every step (safety backstop, understanding,
     * retrieval); a search for the same text reuses it from the query-vector cache instead of embedding again.
     */
    float[] queryVector(String text);

    /**
     * The text as {@link #queryVector} embeds it and the search reads it: misspellings corrected to the guidance's
     * words. The message as typed where nothing corrects it.
     */
    default String spellingCorrected(String text) {
        return text;
    }

    /**
     * The query vectors of an example bank's texts, the same as {@link #queryVector} gives, embedded at start-up and
     * cached on disk by content hash under {@code bankName}, so an unchanged bank costs nothing at the next start.
     */
    List<float[]> exampleVectors(String bankName, List<String> texts);

    /** The passage with this id ({@code article#heading-slug}), if the guidance has it. */
    Optional<PassageHit> passage(String passageId);

    /** A few article titles to name when the guidance does not cover a question. */
    List<String> coveredTopics();
}
