package org.safepace.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safepace.knowledge.Article;
import org.safepace.knowledge.KnowledgeBase;
import org.safepace.knowledge.Passage;

/**
 * How close in meaning each sentence of the guidance is to a message: every sentence (and list item) of every passage
 * is embedded once, as passage text, when the service starts (and cached on disk with the passage vectors), so the
 * composer compares them with the message's one query vector and embeds nothing per turn. A sentence it does not know
 * (the articles were reloaded since) simply has no score, and the words alone choose.
 */
public final class GuidanceSentences {

    /** No sentence vectors: sentences are chosen by their words alone (unit tests, a knowledge base without them). */
    public static final GuidanceSentences NONE = new GuidanceSentences(Map.of());

    private final Map<String, float[]> vectors;

    private GuidanceSentences(Map<String, float[]> vectors) {
        this.vectors = vectors;
    }

    /** Embeds the units of every passage the knowledge base holds now (from the disk cache when unchanged). */
    public static GuidanceSentences of(KnowledgeBase knowledgeBase) {
        Set<String> units = new LinkedHashSet<>();
        for (Article article : knowledgeBase.articles()) {
            for (Passage passage : article.passages()) {
                units.addAll(ExtractiveAnswerComposer.units(passage.text()));
            }
        }
        List<String> texts = new ArrayList<>(units);
        List<float[]> embedded = knowledgeBase.embedPassageTexts("sentence", texts);
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            vectors.put(texts.get(i), embedded.get(i));
        }
        for (int i = 0; i < texts.size(); i++) {
            // The composer drops a passage's own "Yes."/"No." when it answers another question than the one asked.
            vectors.putIfAbsent(ExtractiveAnswerComposer.withoutLeadingYesNo(texts.get(i)), embedded.get(i));
        }
        return new GuidanceSentences(Map.copyOf(vectors));
    }

    /**
     * Each unit's cosine with the message's vector, or {@code null} when there is no vector or a unit is unknown (then
     * none is scored: a partial set would favour the known ones).
     */
    double[] similarities(List<String> units, float[] queryVector) {
        if (queryVector == null || vectors.isEmpty()) {
            return null;
        }
        double[] out = new double[units.size()];
        for (int i = 0; i < units.size(); i++) {
            float[] vector = vectors.get(units.get(i));
            if (vector == null || vector.length != queryVector.length) {
                return null;
            }
            double dot = 0;
            for (int d = 0; d < vector.length; d++) {
                dot += vector[d] * queryVector[d]; // both unit length: the dot product is the cosine
            }
            out[i] = dot;
        }
        return out;
    }

    int size() {
        return vectors.size();
    }
}
