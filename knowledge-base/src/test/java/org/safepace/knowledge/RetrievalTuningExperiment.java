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
 * {@code -Dmisses} to print every hybrid miss with what BM25 and the dense ranking returned. {@code -Ddev} scores the
 * questions of the conversation evaluation's dev split instead (bot-service/src/test/resources/evaluation/dev, never
 * the held-out one), on the raw message and the labelled audience, for a quicker loop than the whole-application IT;
 * add {@code -Dmisses} there too (or {@code -Dmisses=first} for every question whose first passage is wrong), or
 * {@code -Ddev.kind=story} for one kind of question only, {@code -Dstory} for the penalty for what a long message's
 * story rules out, or
 * {@code -Dgrid} for recall@1, recall@3 and MRR over the fusion and questions weights.
 */
class RetrievalTuningExperiment {

    /**
     * The smaller model, for comparison (-Dmodel=minilm), on a single-threaded session like the shipped model so
     * latency and CPU compare like for like.
     */
    static final OnnxEmbedder MINILM = new OnnxEmbedder("all-minilm-l6-v2-q/langchain4j-1.20.0-beta30", "",
            () -> SingleThreadedOnnxModel.fromClasspath("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
                    dev.langchain4j.model.embedding.onnx.PoolingMode.MEAN));

    /** The conversation evaluation's dev split only: the held-out split is never read while tuning. */
    static final Path DEV_QUESTIONS = Path.of("../bot-service/src/test/resources/evaluation/dev/questions.tsv");

    /** Dev questions that are not red flags, with their acceptable passages (renamed ids are not followed here). */
    static List<RetrievalEvaluationTests.Question> devQuestions() throws java.io.IOException {
        List<RetrievalEvaluationTests.Question> all = new java.util.ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(DEV_QUESTIONS)) {
            String[] c = line.split("\t", -1);
            if (line.startsWith("#") || c.length < 8 || c[1].equals("redflag") || c[6].isBlank() || c[6].equals("-")
                    || !c[1].equals(System.getProperty("dev.kind", c[1]))) {
                continue;
            }
            Audience audience = switch (c[4]) {
                case "SELF" -> Audience.SELF;
                case "PARTNER" -> Audience.PARTNER;
                default -> null;
            };
            all.add(new RetrievalEvaluationTests.Question(c[2], audience, List.of(c[6].split(",")), c[0]));
        }
        return all;
    }

    /** Recall@1, recall@3 and MRR of {@code questions} searched with {@code tuning} (the first ten hits). */
    private static double[] recall(KnowledgeBase kb, List<RetrievalEvaluationTests.Question> questions, RetrievalTuning tuning) {
        int first = 0, top3 = 0;
        double rr = 0;
        for (var q : questions) {
            List<String> ids = kb.search(q.text(), q.audience(), 10, SearchMode.HYBRID, tuning).hits().stream()
                    .map(PassageHit::passageId).toList();
            for (int i = 0; i < ids.size(); i++) {
                if (q.expected().contains(ids.get(i))) {
                    first += i == 0 ? 1 : 0;
                    top3 += i < 3 ? 1 : 0;
                    rr += 1.0 / (i + 1);
                    break;
                }
            }
        }
        int n = questions.size();
        return new double[] {(double) first / n, (double) top3 / n, rr / n};
    }

    private static double[] values(String property, String defaults) {
        return java.util.Arrays.stream(System.getProperty(property, defaults).split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void compareVariants() throws Exception {
        List<RetrievalEvaluationTests.Question> questions = System.getProperty("dev") != null ? devQuestions()
                : RetrievalEvaluationTests.readQuestions();
        OnnxEmbedder model = "minilm".equals(System.getProperty("model")) ? MINILM : OnnxEmbedder.BGE_SMALL;
        try (KnowledgeBase kb = KnowledgeBase.load(new KnowledgeBaseSettings(RetrievalEvaluationTests.ARTICLES,
                Path.of("target/embedding-cache-" + System.getProperty("model", "bge"))), new QueryVectorCache(model, 1024))) {
            for (SearchMode mode : SearchMode.values()) {
                int recalled = 0;
                int first = 0;
                for (var q : questions) {
                    List<String> ids = kb.search(q.text(), q.audience(), 3, mode).hits().stream().map(PassageHit::passageId).toList();
                    recalled += ids.stream().anyMatch(q.expected()::contains) ? 1 : 0;
                    first += !ids.isEmpty() && q.expected().contains(ids.get(0)) ? 1 : 0;
                }
                System.out.printf(Locale.ROOT, "recall %s %s n %d @1 %.3f @3 %.3f%n", model.modelId(), mode, questions.size(),
                        (double) first / questions.size(), (double) recalled / questions.size());
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
                    boolean firstOnly = "first".equals(System.getProperty("misses"));
                    if (firstOnly ? ids.isEmpty() || !q.expected().contains(ids.get(0)) : ids.stream().noneMatch(q.expected()::contains)) {
                        System.out.println("MISS " + q.file() + " " + q.audience() + " [" + q.text() + "]\n   focus [" + QuestionFocus.of(q.text()) + "] rules out " + QuestionFocus.ruledOut(q.text()) + "\n   expected " + q.expected()
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
            if (System.getProperty("story") != null) {
                // The penalty for what a long message's story rules out ("no abuse, nothing like that"):
                // recall@1, recall@3 and MRR on these questions and on the writers' set.
                {
                    for (double penalty : values("story.penalty", "0,0.005,0.01,0.02")) {
                        RetrievalTuning t = base.withRuledOutPenalty(penalty);
                        for (var set : java.util.Map.of("these", questions, "writers", RetrievalEvaluationTests.readQuestions()).entrySet()) {
                            double[] r = recall(kb, set.getValue(), t);
                            System.out.printf(Locale.ROOT, "STORY %s penalty %.3f n %d r@1 %.3f r@3 %.3f MRR %.3f%n",
                                    set.getKey(), penalty, set.getValue().size(), r[0], r[1], r[2]);
                        }
                    }
                }
                return;
            }
            if (System.getProperty("qtype") != null) {
                // The question-type bonus (RetrievalTuning.questionTypeBonus): dev by kind without the story9 cases'
                // half B (dev-qstory919 to 936, never looked at while tuning), half A alone, and the writers' set.
                java.util.function.Predicate<String> halfB = id -> id.matches("dev-qstory9(19|2[0-9]|3[0-6])");
                var kinds = new java.util.HashMap<String, String>();
                for (String line : java.nio.file.Files.readAllLines(DEV_QUESTIONS)) {
                    String[] c = line.split("\t", -1);
                    if (c.length > 1) {
                        kinds.put(c[0], c[1]);
                    }
                }
                var tuned = questions.stream().filter(q -> !halfB.test(q.file())).toList();
                var sets = new java.util.LinkedHashMap<String, List<RetrievalEvaluationTests.Question>>();
                sets.put("all", tuned);
                for (String kind : new String[] {"story", "nonnative", "partner"}) {
                    sets.put(kind, tuned.stream().filter(q -> kind.equals(kinds.get(q.file()))).toList());
                }
                sets.put("story9A", tuned.stream().filter(q -> q.file().startsWith("dev-qstory")).toList());
                if (System.getProperty("qtype.b") != null) {
                    sets.put("story9B", questions.stream().filter(q -> halfB.test(q.file())).toList());
                }
                sets.put("writers", RetrievalEvaluationTests.readQuestions());
                for (double bonus : values("qtype.bonus", "0,0.0005,0.001,0.002")) {
                    RetrievalTuning t = base.withQuestionTypeBonus(bonus);
                    for (var set : sets.entrySet()) {
                        double[] r = recall(kb, set.getValue(), t);
                        System.out.printf(Locale.ROOT, "QTYPE %s bonus %.4f n %d r@1 %.3f r@3 %.3f MRR %.3f%n",
                                set.getKey(), bonus, set.getValue().size(), r[0], r[1], r[2]);
                    }
                }
                if (System.getProperty("qtype.moves") != null) {
                    RetrievalTuning t = base.withQuestionTypeBonus(Double.parseDouble(System.getProperty("qtype.moves")));
                    for (var q : tuned) {
                        List<String> a = kb.search(q.text(), q.audience(), 3, SearchMode.HYBRID, base).hits().stream().map(PassageHit::passageId).toList();
                        List<String> b = kb.search(q.text(), q.audience(), 3, SearchMode.HYBRID, t).hits().stream().map(PassageHit::passageId).toList();
                        if (!a.isEmpty() && !b.isEmpty() && !a.get(0).equals(b.get(0))) {
                            System.out.println("MOVE " + q.file() + " " + (q.expected().contains(a.get(0)) ? "right" : "wrong") + " -> "
                                    + (q.expected().contains(b.get(0)) ? "right" : "wrong") + " type " + QuestionType.of(QuestionFocus.lastAsked(q.text()))
                                    + " [" + QuestionFocus.lastAsked(q.text()) + "] " + a.get(0) + " -> " + b.get(0));
                        }
                    }
                }
                return;
            }
            if (System.getProperty("focus") != null) {
                // A long message's question: its weight in the fusion and whether its own best passage leads when it
                // is among the first few fused (RetrievalTuning.focusWeight / focusLead); dev by kind, writers' set.
                var sets = new java.util.LinkedHashMap<String, List<RetrievalEvaluationTests.Question>>();
                sets.put("all", questions);
                if (System.getProperty("dev") != null) {
                    for (String kind : new String[] {"story", "partner"}) {
                        java.util.Set<String> ids = new java.util.HashSet<>();
                        for (String line : java.nio.file.Files.readAllLines(DEV_QUESTIONS)) {
                            String[] c = line.split("\t", -1);
                            if (c.length > 1 && c[1].equals(kind)) {
                                ids.add(c[0]);
                            }
                        }
                        sets.put(kind, questions.stream().filter(q -> ids.contains(q.file())).toList());
                    }
                    sets.put("writers", RetrievalEvaluationTests.readQuestions());
                }
                for (double lead : values("focus.second", "0,0.1,0.25")) {
                    RetrievalTuning t = base.withSecondVectorShare(lead);
                    for (var set : sets.entrySet()) {
                        double[] r = recall(kb, set.getValue(), t);
                        System.out.printf(Locale.ROOT, "FOCUS %s second %.2f n %d r@1 %.3f r@3 %.3f MRR %.3f%n",
                                set.getKey(), lead, set.getValue().size(), r[0], r[1], r[2]);
                    }
                }
                return;
            }
            if (System.getProperty("grid") != null) {
                // The fusion weights and the questions' weight and margin, scored by recall@1, recall@3 and MRR.
                // Both sets side by side when tuning on dev: the knowledge base's own questions guard against fitting dev.
                var sets = new java.util.LinkedHashMap<String, List<RetrievalEvaluationTests.Question>>();
                sets.put(System.getProperty("dev") != null ? "dev" : "kb", questions);
                if (System.getProperty("dev") != null) {
                    sets.put("kb", RetrievalEvaluationTests.readQuestions());
                }
                for (double bm25 : values("grid.bm25", "0.2,0.3,0.5,0.7")) {
                    for (double questionsBoost : values("grid.questions", "0.5,1,2")) {
                        for (double margin : values("grid.margin", "0.05,0.1,0.15")) {
                          for (var set : sets.entrySet()) {
                            RetrievalTuning t = new RetrievalTuning(base.titleBoost(), base.headingBoost(), (float) questionsBoost,
                                    base.bodyBoost(), bm25, base.denseWeight(), base.audienceBonus(), base.candidates(),
                                    base.followUpBlend(), base.followUpBonus(), margin, base.unknownAskerLean(), base.ruledOutPenalty(),
                                    base.secondVectorShare(), base.questionTypeBonus());
                            double[] r = recall(kb, set.getValue(), t);
                            System.out.printf(Locale.ROOT, "GRID %s bm25 %.2f questions %.1f margin %.3f r@1 %.3f r@3 %.3f MRR %.3f%n",
                                    set.getKey(), bm25, questionsBoost, margin, r[0], r[1], r[2]);
                          }
                        }
                    }
                }
                return;
            }
            List<RetrievalTuning> variants = new java.util.ArrayList<>();
            for (float questionsBoost : new float[] {1f, 2f, 3f}) {
                for (double bm25 : new double[] {0.2, 0.3, 0.5}) {
                    for (double bonus : new double[] {0.002, 0.004}) {
                        variants.add(new RetrievalTuning(base.titleBoost(), base.headingBoost(), questionsBoost, base.bodyBoost(),
                                bm25, 1, bonus, 50, base.followUpBlend(), base.followUpBonus(), base.questionMargin(), 0,
                                base.ruledOutPenalty(), base.secondVectorShare(), base.questionTypeBonus()));
                    }
                }
            }
            for (RetrievalTuning tuning : variants) {
                double[] r = recall(kb, questions, tuning);
                System.out.printf(Locale.ROOT, "%s recall@3 %.3f MRR %.3f%n", tuning, r[1], r[2]);
            }
        }
    }
}
