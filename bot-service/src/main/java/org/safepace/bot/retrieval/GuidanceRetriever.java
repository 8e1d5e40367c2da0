package org.safepace.bot.retrieval;

import java.util.List;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.PreviousTopic;
import org.safepace.knowledge.SearchResult;

/** Finds the guidance passages that answer a question, best first, with a confidence signal. */
public interface GuidanceRetriever {

    /**
     * The one query vector of a message, computed once per turn and shared by every step that needs it.
     */
    float[] queryVector(String text);

    /**
     * @param audience SELF or PARTNER when known (passages written only for the other are never returned);
     *                 {@code null} when not known (every passage is searched)
     */
    SearchResult search(String query, Audience audience, int k);

    /**
     * The same search with the turn's {@link #queryVector query vector} (so the message is embedded once) and, for
     * a follow-up, the previous turn's topic, which steers it; {@code previous} is {@code null} otherwise.
     */
    SearchResult search(String query, float[] queryVector, Audience audience, int k, PreviousTopic previous);

    /** A few article titles to name when the guidance does not cover a question. */
    List<String> coveredTopics();
}
