package org.safepace.bot.retrieval;

import java.util.List;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.SearchResult;

/** Finds the guidance passages that answer a question, best first, with a confidence signal. */
public interface GuidanceRetriever {

    SearchResult search(String query, Audience audience, int k);

    /** A few article titles to name when the guidance does not cover a question. */
    List<String> coveredTopics();
}
