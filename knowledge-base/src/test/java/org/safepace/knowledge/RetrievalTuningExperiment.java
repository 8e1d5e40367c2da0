package org.safepace.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (its name does not end in Tests): the tool the retrieval defaults were chosen with.
 * {@code mvn -o -q -pl knowledge-base test -Dtest=RetrievalTuningExperiment} prints recall@3 per mode and a grid of
 * {@link RetrievalTuning} variants; add {@code -Dmodel=minilm} to compare the smaller model, {@code -Dcalibrate}
 * to print the confidence signals of the evaluation and off-topic questions (and the spelling corrections), or
 * {@code -Dmisses} to print every hybrid miss with what BM25 and the dense ranking returned.
 */
class RetrievalTuningExperiment {

    /**
     * The smaller model, for comparison (-Dmodel=minilm), on a single-threaded session like the shipped model so
     * latency and CPU compare like for like.
     */
    static final OnnxEmbedder MINILM = new OnnxEmbedder("all-minilm-l6-v2-q/langchain4j-1.20.0-beta30", "",
            () -> SingleThreadedOnnxModel.fromClasspath("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
                    dev.langchain4j.model.embedding.onnx.PoolingMode.MEAN));

    @Test
    void compareVariants() throws Exception {
        List<RetrievalEvaluationTests.Question> questions = RetrievalEvaluationTests.readQuestions();
        OnnxEmbedder model = "minilm".equals(System.getProperty("model")) ? MINILM : OnnxEmbedder.BGE_SMALL;
        try (KnowledgeBase kb = KnowledgeBase.load(new KnowledgeBaseSettings(RetrievalEvaluationTests.ARTICLES,
                Path.of("target/embedding-cache-" + System.getProperty("model", "bge"))), new QueryVectorCache(model, 1024))) {
            for (SearchMode mode : SearchMode.values()) {
                int recalled = 0;
                for (var q : questions) {
                    List<String> ids = kb.search(q.text(), q.audience(), 3, mode).hits().stream().map(PassageHit::passageId).toList();
                    recalled += ids.stream().anyMatch(q.expected()::contains) ? 1 : 0;
                }
                System.out.printf(Locale.ROOT, "recall %s %s %.3f%n", model.modelId(), mode, (double) recalled / questions.size());
            }
            RetrievalTuning base = RetrievalTuning.DEFAULT;
            if (System.getProperty("calibrate") != null) {
                for (var q : questions) {
                    var o = kb.explain(q.text(), q.audience(), 3, SearchMode.HYBRID);
                    System.out.printf(Locale.ROOT, "CAL eval %.3f %.2f %s%n", o.topCosine(), o.topBm25(), q.text());
                    if (!o.searchedText().equals(q.text())) {
                        System.out.println("CAL corrected [" + q.text() + "] -> [" + o.searchedText() + "]");
                    }
                }
                for (String line : java.nio.file.Files.readAllLines(RetrievalEvaluationTests.OFF_TOPIC)) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    var o = kb.explain(line, null, 3, SearchMode.HYBRID);
                    System.out.printf(Locale.ROOT, "CAL off %.3f %.2f %s%n", o.topCosine(), o.topBm25(), line);
                }
                return;
            }
            if (System.getProperty("misses") != null) {
                RetrievalTuning t = RetrievalTuning.DEFAULT;
                for (var q : questions) {
                    List<String> ids = kb.search(q.text(), q.audience(), 3, SearchMode.HYBRID, t).hits().stream().map(PassageHit::passageId).toList();
                    List<String> b = kb.search(q.text(), q.audience(), 3, SearchMode.BM25, t).hits().stream().map(PassageHit::passageId).toList();
                    List<String> d = kb.search(q.text(), q.audience(), 3, SearchMode.DENSE, t).hits().stream().map(PassageHit::passageId).toList();
                    if (ids.stream().noneMatch(q.expected()::contains)) {
                        System.out.println("MISS " + q.file() + " " + q.audience() + " [" + q.text() + "]\n   expected " + q.expected()
                                + "\n   hybrid " + ids + "\n   bm25 " + b + "\n   dense " + d);
                    }
                }
                return;
            }
            if (System.getProperty("audience") != null) {
                // The asker's-own bonus (a "both" passage gets half): recall by the asker's audience, per value.
                for (double bonus : new double[] {0, 0.0005, 0.001, 0.002, 0.004}) {
                    RetrievalTuning t = base.withAudience(bonus, 0);
                    for (Audience asker : new Audience[] {null, Audience.SELF, Audience.PARTNER}) {
                        int n = 0, first = 0, top3 = 0;
                        for (var q : questions) {
                            if (q.audience() != asker) continue;
                            List<String> ids = kb.search(q.text(), q.audience(), 3, SearchMode.HYBRID, t).hits().stream()
                                    .map(PassageHit::passageId).toList();
                            n++;
                            first += !ids.isEmpty() && q.expected().contains(ids.get(0)) ? 1 : 0;
                            top3 += ids.stream().anyMatch(q.expected()::contains) ? 1 : 0;
                        }
                        System.out.printf(Locale.ROOT, "AUD bonus %.4f asker %s n %d r@1 %d r@3 %d%n", bonus, asker, n, first, top3);
                    }
                }
                // Every question as if its asker were not recognised yet: what a lean away from partner-only passages
                // gains for the person and costs a partner not yet heard, by the labelled audience.
                for (double lean : new double[] {0, 0.0005, 0.001, 0.002, 0.004}) {
                    RetrievalTuning t = base.withAudience(base.audienceBonus(), lean);
                    for (Audience labelled : new Audience[] {null, Audience.SELF, Audience.PARTNER}) {
                        int n = 0, first = 0, top3 = 0;
                        for (var q : questions) {
                            if (q.audience() != labelled) continue;
                            List<String> ids = kb.search(q.text(), null, 3, SearchMode.HYBRID, t).hits().stream()
                                    .map(PassageHit::passageId).toList();
                            n++;
                            first += !ids.isEmpty() && q.expected().contains(ids.get(0)) ? 1 : 0;
                            top3 += ids.stream().anyMatch(q.expected()::contains) ? 1 : 0;
                        }
                        System.out.printf(Locale.ROOT, "LEAN %.4f labelled %s unheard n %d r@1 %d r@3 %d%n", lean, labelled, n, first, top3);
                    }
                }
                return;
            }
            List<RetrievalTuning> variants = new java.util.ArrayList<>();
            for (float questionsBoost : new float[] {1f, 2f, 3f}) {
                for (double bm25 : new double[] {0.2, 0.3, 0.5}) {
                    for (double bonus : new double[] {0.002, 0.004}) {
                        variants.add(new RetrievalTuning(base.titleBoost(), base.headingBoost(), questionsBoost, base.bodyBoost(),
                                bm25, 1, bonus, 50, base.followUpBlend(), base.followUpBonus(), base.questionMargin(), 0));
                    }
                }
            }
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
