package org.safepace.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (its name does not end in Tests): compares tuning variants on the evaluation set.
 * Run with {@code mvn -o -q -pl knowledge-base test -Dtest=RetrievalTuningExperiment}.
 */
class RetrievalTuningExperiment {

    @Test
    void compareVariants() throws Exception {
        List<RetrievalEvaluationTests.Question> questions = RetrievalEvaluationTests.readQuestions();
        OnnxEmbedder model = "bge".equals(System.getProperty("model")) ? OnnxEmbedder.BGE_SMALL : OnnxEmbedder.MINILM;
        try (KnowledgeBase kb = KnowledgeBase.load(new KnowledgeBaseSettings(RetrievalEvaluationTests.ARTICLES,
                Path.of("target/embedding-cache-" + System.getProperty("model", "minilm"))), new QueryVectorCache(model, 1024))) {
            for (SearchMode mode : SearchMode.values()) {
                int recalled = 0;
                for (var q : questions) {
                    List<String> ids = kb.search(q.text(), q.audience(), 3, mode).hits().stream().map(PassageHit::passageId).toList();
                    recalled += ids.stream().anyMatch(q.expected()::contains) ? 1 : 0;
                }
                System.out.printf(Locale.ROOT, "recall %s %s %.3f%n", model.modelId(), mode, (double) recalled / questions.size());
            }
            RetrievalTuning base = RetrievalTuning.DEFAULT;
            List<RetrievalTuning> variants = List.of(
                    base,
                    base.withWeights(1, 1, 0),
                    base.withWeights(0, 0, 1),
                    base.withWeights(0, 1, 1),
                    base.withWeights(1, 1, 2),
                    base.withWeights(0.5, 1, 1),
                    base.withWeights(0.7, 1, 1.3),
                    base.withWeights(1, 0.5, 1),
                    base.withWeights(1, 1.5, 1),
                    new RetrievalTuning(1.5f, 3f, 1f, 1, 1, 1, 0.002, 50),
                    new RetrievalTuning(1f, 1f, 1f, 1, 1, 1, 0.002, 50),
                    new RetrievalTuning(1.5f, 2f, 1f, 1, 1, 1, 0.0, 50),
                    new RetrievalTuning(1.5f, 2f, 1f, 1, 1, 1, 0.004, 50),
                    new RetrievalTuning(1.5f, 2f, 1f, 1, 1, 1, 0.002, 20));
            for (RetrievalTuning tuning : variants) {
                int recalled = 0;
                double rr = 0;
                for (var q : questions) {
                    List<String> ids = kb.search(q.text(), q.audience(), 10, SearchMode.HYBRID, tuning).hits().stream()
                            .map(PassageHit::passageId).toList();
                    for (int i = 0; i < ids.size(); i++) {
                        if (q.expected().contains(ids.get(i))) {
                            recalled += i < 3 ? 1 : 0;
                            rr += 1.0 / (i + 1);
                            break;
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%s recall@3 %.3f MRR %.3f%n", tuning, (double) recalled / questions.size(), rr / questions.size());
            }
        }
    }
}
