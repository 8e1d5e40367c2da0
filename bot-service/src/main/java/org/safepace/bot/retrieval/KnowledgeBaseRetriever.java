package org.safepace.bot.retrieval;

import java.util.List;
import java.util.Optional;
import org.safepace.knowledge.Article;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.KnowledgeBase;
import org.safepace.knowledge.PassageHit;
import org.safepace.knowledge.PreviousTopic;
import org.safepace.knowledge.SearchResult;

/** The guidance retriever backed by the Lucene knowledge base. */
final class KnowledgeBaseRetriever implements GuidanceRetriever {

    private final KnowledgeBase knowledgeBase;

    KnowledgeBaseRetriever(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public SearchResult search(String query, Audience audience, int k) {
        return knowledgeBase.search(query, audience, k);
    }

    @Override
    public SearchResult search(String query, float[] queryVector, Audience audience, int k, PreviousTopic previous) {
        return knowledgeBase.search(query, queryVector, audience, k, previous);
    }

    @Override
    public SearchResult search(String query, float[] queryVector, Audience audience, int k, PreviousTopic previous,
                               String saidBefore) {
        return knowledgeBase.search(query, queryVector, audience, k, previous, saidBefore);
    }

    @Override
    public float[] queryVector(String text) {
        return knowledgeBase.embedQuery(text);
    }

    @Override
    public String spellingCorrected(String text) {
        return knowledgeBase.spellingCorrected(text);
    }

    @Override
    public List<float[]> exampleVectors(String bankName, List<String> texts) {
        return knowledgeBase.embedQueries(bankName, texts);
    }

    @Override
    public Optional<PassageHit> passage(String passageId) {
        return knowledgeBase.passage(passageId);
    }

    @Override
    public List<String> coveredTopics() {
        return knowledgeBase.articles().stream().limit(4).map(Article::title).toList();
    }
}
