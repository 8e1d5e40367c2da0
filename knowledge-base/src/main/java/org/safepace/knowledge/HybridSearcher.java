package org.safepace.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Lexical (BM25 with synonyms and spelling correction) and dense (KNN over passage embeddings) retrieval, fused
 * by reciprocal-rank fusion. Rank fusion needs no score normalisation between two incomparable scales; the
 * audience preference is a small additive bonus on the fused score, so it reorders close calls but never hides
 * a clearly better passage written for the other audience. Thread-safe.
 */
final class HybridSearcher {

    /** Standard RRF constant: damps the influence of the very top ranks of either list. */
    static final int RRF_K = 60;
    /**
     * Confidence, calibrated with bge-small on the evaluation questions (top cosine 0.60-0.85) and on the off-topic
     * questions in src/test/resources/offtopic (0.45-0.64): a top cosine of {@value #CONFIDENT_COSINE} is on-topic
     * on its own; in the grey zone from {@value #GREY_ZONE_COSINE} a clear lexical match (BM25 of the best passage
     * at least {@value #SUPPORTING_BM25}) must vouch for it. Below the grey zone nothing is confident.
     */
    static final double CONFIDENT_COSINE = 0.65;
    static final double GREY_ZONE_COSINE = 0.59;
    static final double SUPPORTING_BM25 = 7.5;
    /** A question's vector counts this much less than the text's for confidence (the margin of the calibration). */
    static final double CONFIDENCE_QUESTION_MARGIN = 0.1;
    /** One ranked passage: its ordinal in the knowledge base's passage list and its fused score. */
    record Ranked(int ordinal, double score) {
    }

    /**
     * The ranking and the signals the confidence was decided from ({@code topBm25} NaN when the cosine alone decided
     * and the search was not asked for every signal).
     */
    record Outcome(List<Ranked> ranked, boolean confident, double topBm25, double topCosine, String searchedText) {
        /** Close in meaning (the grey zone), though without the word match that would make it confident. */
        boolean plausible() {
            return confident || (!ranked.isEmpty() && topCosine >= GREY_ZONE_COSINE);
        }
    }

    private final PassageIndex index;
    private final Audience[] audienceByOrdinal;
    private final String[] passageIdByOrdinal;
    private final String[] articleIdByOrdinal;
    /** The stems of each passage's article title words (from its id), for what a story rules out. */
    private final List<Set<String>> titleStemsByOrdinal;
    /**
     * The stems of each passage's "Only when" words (empty: unconditional). A passage written for one situation (a
     * partner's support after abuse) is searched like any other but dropped from the ranking unless the conversation
     * says one of them: its words are near every partner's "how do i support her without pushing".
     */
    private final List<Set<String>> onlyWhenStemsByOrdinal;
    private final Embedder embedder;
    /**
     * Every vector, when the index is small enough to score them all ({@code null} otherwise): exact scores of
     * {@value #EXACT_SEARCH_MAX_VECTORS} vectors cost less than walking the HNSW graph for a couple of hundred
     * neighbours, and miss none.
     */
    private final ExactVectorScan exactScan;
    static final int EXACT_SEARCH_MAX_VECTORS = 4_096;
    private final RetrievalTuning tuning;
    /** What kinds of question each passage answers, by ordinal ({@link QuestionType#profile}); empty for none. */
    private final List<Map<QuestionType, Double>> typesByOrdinal;
    /** How many of the first fused passages the question-type bonus may reorder: it chooses among close siblings. */
    static final int QUESTION_TYPE_TOP = 3;
    private final FollowUpSteering steering;
    private final Analyzer queryAnalyzer;
    private final Analyzer plainAnalyzer = Analyzers.plain();
    private final Analyzer englishAnalyzer = Analyzers.english();
    private final FieldQueryBuilder queryBuilder;
    private final Set<String> protectedWords;
    private final KnownMisspellings misspellings;
    private final DirectSpellChecker tinyWordSpeller = speller(1, TINY_WORD);
    private final DirectSpellChecker shortWordSpeller = speller(1, SHORT_WORD);
    private final DirectSpellChecker longWordSpeller = speller(2, SHORT_WORD);
    /** Words this short are corrected only by adding a letter ("hed" - "head"), never by changing one. */
    private static final int TINY_WORD = 3;
    private static final int SHORT_WORD = 5;
    /**
     * Corrections already looked up for this index ("" = none found). A suggestion walks a Levenshtein automaton
     * over the vocabulary, which costs more than the rest of the lexical search; unknown words recur.
     */
    private final Cache<String, String> corrections = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED_CORRECTIONS).build();
    private static final int MAX_REMEMBERED_CORRECTIONS = 10_000;
    /**
     * Just under Lucene's default limit of 1,024 clauses per query (and per BooleanQuery): {@link #clauses} counts
     * at least what Lucene counts, so a query within this bound never throws TooManyClauses.
     */
    static final int MAX_LEXICAL_CLAUSES = 1_000;
    private static final int LEXICAL_FIELDS = 4;

    /** @param passageIdByOrdinal {@code articleId#section} of each passage, in ordinal order */
    HybridSearcher(PassageIndex index, Audience[] audienceByOrdinal, String[] passageIdByOrdinal,
                   KnowledgeSource.SourceFile synonyms, Set<String> synonymWords, Embedder embedder, RetrievalTuning tuning) {
        this(index, audienceByOrdinal, passageIdByOrdinal, List.of(), synonyms, synonymWords, embedder, tuning);
    }

    /**
     * @param onlyWhenByOrdinal each passage's {@link Passage#onlyWhen} words, in ordinal order (or an empty list:
     *                          every passage answers in any conversation)
     */
    HybridSearcher(PassageIndex index, Audience[] audienceByOrdinal, String[] passageIdByOrdinal,
                   List<List<String>> onlyWhenByOrdinal, KnowledgeSource.SourceFile synonyms, Set<String> synonymWords,
                   Embedder embedder, RetrievalTuning tuning) {
        this(index, audienceByOrdinal, passageIdByOrdinal, onlyWhenByOrdinal, List.of(), synonyms, synonymWords,
                embedder, tuning);
    }

    /**
     * @param typesByOrdinal each passage's {@link QuestionType#profile} (or an empty list: no passage says what kinds
     *                       of question it answers)
     */
    HybridSearcher(PassageIndex index, Audience[] audienceByOrdinal, String[] passageIdByOrdinal,
                   List<List<String>> onlyWhenByOrdinal, List<Map<QuestionType, Double>> typesByOrdinal,
                   KnowledgeSource.SourceFile synonyms, Set<String> synonymWords, Embedder embedder,
                   RetrievalTuning tuning) {
        if (!typesByOrdinal.isEmpty() && typesByOrdinal.size() != passageIdByOrdinal.length) {
            throw new IllegalArgumentException("one question-type profile per passage is needed: " + typesByOrdinal.size()
                    + " for " + passageIdByOrdinal.length);
        }
        this.typesByOrdinal = List.copyOf(typesByOrdinal);
        if (!onlyWhenByOrdinal.isEmpty() && onlyWhenByOrdinal.size() != passageIdByOrdinal.length) {
            throw new IllegalArgumentException("one 'Only when' list per passage is needed: " + onlyWhenByOrdinal.size()
                    + " for " + passageIdByOrdinal.length);
        }
        if (audienceByOrdinal.length != index.size() || passageIdByOrdinal.length != index.size()) {
            throw new IllegalArgumentException("one audience and passage id per passage is needed: " + audienceByOrdinal.length
                    + " and " + passageIdByOrdinal.length + " for " + index.size());
        }
        this.index = index;
        this.audienceByOrdinal = audienceByOrdinal.clone();
        this.passageIdByOrdinal = passageIdByOrdinal.clone();
        this.articleIdByOrdinal = new String[passageIdByOrdinal.length];
        for (int i = 0; i < passageIdByOrdinal.length; i++) {
            int hash = passageIdByOrdinal[i].indexOf('#');
            articleIdByOrdinal[i] = hash < 0 ? passageIdByOrdinal[i] : passageIdByOrdinal[i].substring(0, hash);
        }
        this.embedder = embedder;
        this.exactScan = index.vectorCount() <= EXACT_SEARCH_MAX_VECTORS ? new ExactVectorScan(vectorsByDoc(index)) : null;
        this.tuning = tuning;
        this.steering = new FollowUpSteering(this.passageIdByOrdinal, articleIdByOrdinal, tuning);
        this.queryAnalyzer = Analyzers.englishWithSynonyms(synonyms);
        this.queryBuilder = new FieldQueryBuilder(queryAnalyzer);
        this.protectedWords = Set.copyOf(synonymWords);
        this.misspellings = KnownMisspellings.of(synonyms);
        this.titleStemsByOrdinal = new ArrayList<>(articleIdByOrdinal.length);
        for (String articleId : articleIdByOrdinal) {
            titleStemsByOrdinal.add(stems(articleId.replace('-', ' ')));
        }
        this.onlyWhenStemsByOrdinal = new ArrayList<>(articleIdByOrdinal.length);
        for (int i = 0; i < articleIdByOrdinal.length; i++) {
            onlyWhenStemsByOrdinal.add(onlyWhenByOrdinal.isEmpty() ? Set.of()
                    : Set.copyOf(stems(String.join(" ", onlyWhenByOrdinal.get(i)))));
        }
    }

    private static DirectSpellChecker speller(int maxEdits, int minLength) {
        DirectSpellChecker speller = new DirectSpellChecker();
        speller.setMaxEdits(maxEdits);
        speller.setMinPrefix(1);
        speller.setMinQueryLength(minLength);
        // One edit in a three-letter word scores 0.67 (edits over the shorter length): below the usual 0.7.
        speller.setAccuracy(minLength == TINY_WORD ? 0.6f : 0.7f);
        return speller;
    }

    /**
     * One search. The text is spelling-corrected for BM25; {@code vector} is the caller's embedding of the same
     * corrected text ({@link #queryVector}), so a turn embeds its message once.
     *
     * @param audience SELF or PARTNER: passages written only for the other audience are never returned;
     *                 BOTH or {@code null} (not known) searches every passage
     * @param previous the previous turn's topic when this is a follow-up, else {@code null}
     */
    Outcome search(String query, float[] vector, Audience asker, int k, SearchMode mode, PreviousTopic previous) {
        return search(query, vector, asker, k, mode, previous, false);
    }

    /**
     * @param allSignals also the top BM25 score when the cosine alone decides the confidence (calibration); otherwise
     *                   that one-hit search runs only in the grey zone, and {@link Outcome#topBm25} is NaN without it
     */
    Outcome search(String query, float[] vector, Audience asker, int k, SearchMode mode, PreviousTopic previous,
                   boolean allSignals) {
        return search(query, vector, asker, k, mode, previous, allSignals, "");
    }

    /**
     * @param conversation what the person said earlier in the conversation ("" for none): with the message, it
     *                     decides which "Only when" passages may answer
     */
    Outcome search(String query, float[] vector, Audience asker, int k, SearchMode mode, PreviousTopic previous,
                   boolean allSignals, String conversation) {
        IndexSearcher searcher = index.acquire();
        try {
            String text = correctSpelling(query, searcher.getIndexReader());
            // Not yet known who is asking: a follow-up stays with the audience of what was just answered.
            Audience audience = (asker == null || asker == Audience.BOTH) && FollowUpSteering.keepsAudience(previous)
                    ? audienceOfArticle(previous.articleId()) : asker;
            Query audienceFilter = audienceFilter(audience);
            Map<Integer, Double> fused = new HashMap<>();
            double topBm25 = 0;
            double topCosine = -1;
            int candidates = Math.min(tuning.candidates(), index.size());
            Query vouching = null;
            float[] own = null;
            if (mode != SearchMode.DENSE) {
                LexicalQueries queries = lexicalQueries(text);
                Query lexical = queries.ranking();
                if (lexical != null) {
                    TopDocs docs = searcher.search(filtered(lexical, audienceFilter), candidates);
                    addRanks(fused, docs.scoreDocs, tuning.bm25Weight());
                    // A long message's question ranks again on its own: its story must not outvote what it asks.
                    // A question that names nothing ("is this normal?") does not: its words only match headings.
                    String focus = QuestionFocus.isGeneric(text) ? "" : QuestionFocus.of(text);
                    Query asked = focus.isEmpty() ? null : lexicalQuery(focus);
                    if (asked != null) {
                        addRanks(fused, searcher.search(filtered(asked, audienceFilter), candidates).scoreDocs,
                                tuning.bm25Weight());
                    }
                    // Confidence was calibrated on title, heading and body: the questions help rank, not vouch.
                    vouching = queries.vouching();
                }
            }
            if (mode != SearchMode.BM25) {
                // A follow-up ("what if it hurts?") means little alone: lean it towards what was just discussed.
                own = vector != null ? vector : embedder.embedQuery(QuestionFocus.forEmbedding(text));
                float[] target = steering.target(own, previous);
                ScoreDoc[] vectors = nearestVectors(searcher, target, knnDepth(candidates), audience, audienceFilter);
                ScoreDoc[] best = bestPerPassage(vectors, candidates);
                addRanks(fused, best, tuning.denseWeight());
                topCosine = confidenceCosine(vectors);
            }
            if (vouching != null && (allSignals || mode == SearchMode.BM25 || vouches(topCosine))) {
                TopDocs top = searcher.search(filtered(vouching, audienceFilter), 1);
                topBm25 = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
            } else if (vouching != null) {
                topBm25 = Double.NaN;
            }
            Set<String> ruledOut = stems(String.join(" ", QuestionFocus.ruledOut(text)));
            Set<String> said = saidInConversation(text, conversation, ruledOut);
            List<Ranked> ranked = new ArrayList<>(fused.size());
            fused.forEach((ordinal, score) -> {
                if (answersHere(ordinal, said, previous)) {
                    ranked.add(new Ranked(ordinal, score + audienceBonus(audience, ordinal)
                            + steering.adjustment(previous, ordinal) - ruledOutPenalty(ruledOut, ordinal)));
                }
            });
            ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparingInt(Ranked::ordinal));
            if (previous == null && !QuestionFocus.isGeneric(text)) {
                byQuestionType(ranked, QuestionType.of(QuestionFocus.lastAsked(text)), typesByOrdinal,
                        tuning.questionTypeBonus());
            }
            // A follow-up: the topic found the neighbourhood, the message's own vector chooses within it.
            List<Ranked> chosen = own != null && FollowUpSteering.choosesWithinTheTopic(previous)
                    ? steering.choose(ranked, previous, ownScores(searcher, own, candidates, audience, audienceFilter))
                    : ranked;
            boolean confident = !chosen.isEmpty() && confident(mode, topBm25, topCosine);
            return new Outcome(List.copyOf(chosen.subList(0, Math.min(k, chosen.size()))), confident, topBm25, topCosine, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed on the passage index", e);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * The query vector for a message: the embedding of its spelling-corrected text (what {@link #search} searches),
     * a long story's question said once more at its end ({@link QuestionFocus#forEmbedding}).
     */
    float[] queryVector(String query) {
        return embedder.embedQuery(QuestionFocus.forEmbedding(spellingCorrected(query)));
    }

    /** The text {@link #queryVector} embeds: unknown words replaced by the closest indexed word. */
    String spellingCorrected(String query) {
        IndexSearcher searcher = index.acquire();
        try {
            return correctSpelling(query, searcher.getIndexReader());
        } catch (IOException e) {
            throw new UncheckedIOException("Spelling correction failed on the passage index", e);
        } finally {
            index.release(searcher);
        }
    }

    /** Each passage's score against {@code own} as the KNN ranking scores it (its best vector), by ordinal. */
    private Map<Integer, Double> ownScores(IndexSearcher searcher, float[] own, int candidates, Audience audience,
                                           Query audienceFilter) throws IOException {
        Map<Integer, Double> scores = new HashMap<>();
        for (ScoreDoc doc : bestPerPassage(nearestVectors(searcher, own, knnDepth(candidates), audience, audienceFilter),
                candidates)) {
            scores.put(index.ordinal(doc.doc), (double) doc.score);
        }
        return scores;
    }

    /** The {@code k} vectors nearest {@code target} among those of the audience (passages for it or for both). */
    ScoreDoc[] nearestVectors(IndexSearcher searcher, float[] target, int k, Audience audience,
                              Query audienceFilter) throws IOException {
        if (exactScan == null) {
            return searcher.search(new KnnFloatVectorQuery(PassageIndex.VECTOR, target, k, audienceFilter), k).scoreDocs;
        }
        return exactNearest(target, k, audienceFilter == null ? null : audience);
    }

    /**
     * Every vector scored at once as Lucene scores a dot-product field ((1 + dot) / 2, the same floats), the best
     * {@code k} of the audience kept in a heap, returned best first with ties in doc id order, as Lucene orders its hits.
     */
    private ScoreDoc[] exactNearest(float[] target, int k, Audience audience) {
        float[] heapScore = new float[k];
        int[] heapDoc = new int[k];
        int size = 0;
        float[] scores = exactScan.scores(target);
        for (int slot = 0; slot < scores.length; slot++) {
            int doc = exactScan.doc(slot);
            if (audience != null && !forAudience(index.ordinal(doc), audience)) {
                continue;
            }
            float score = scores[slot];
            if (size < k) {
                heapScore[size] = score;
                heapDoc[size] = doc;
                siftUp(heapScore, heapDoc, size++);
            } else if (score > heapScore[0]) { // a later doc ties lose to the earlier one, as in Lucene's queue
                heapScore[0] = score;
                heapDoc[0] = doc;
                siftDown(heapScore, heapDoc, size);
            }
        }
        ScoreDoc[] best = new ScoreDoc[size];
        for (int i = size - 1; i >= 0; i--) {
            best[i] = new ScoreDoc(heapDoc[0], heapScore[0]);
            heapScore[0] = heapScore[i];
            heapDoc[0] = heapDoc[i];
            siftDown(heapScore, heapDoc, i);
        }
        return best;
    }

    /** Heap order: the worst hit on top (lower score, or the same score and a later doc). */
    private static boolean worse(float[] score, int[] doc, int a, int b) {
        return score[a] < score[b] || (score[a] == score[b] && doc[a] > doc[b]);
    }

    private static void siftUp(float[] score, int[] doc, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(score, doc, i, parent)) {
                return;
            }
            swap(score, doc, i, parent);
            i = parent;
        }
    }

    private static void siftDown(float[] score, int[] doc, int size) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && worse(score, doc, child + 1, child)) {
                child++;
            }
            if (!worse(score, doc, child, i)) {
                return;
            }
            swap(score, doc, i, child);
            i = child;
        }
    }

    private static void swap(float[] score, int[] doc, int a, int b) {
        float s = score[a];
        score[a] = score[b];
        score[b] = s;
        int d = doc[a];
        doc[a] = doc[b];
        doc[b] = d;
    }

    /** What {@link #audienceFilter} lets through: a passage for that audience or for both. */
    private boolean forAudience(int ordinal, Audience audience) {
        return audienceByOrdinal[ordinal] == audience || audienceByOrdinal[ordinal] == Audience.BOTH;
    }

    /** The index's vectors copied out by top-level doc id (null for a document without one). */
    private static float[][] vectorsByDoc(PassageIndex index) {
        IndexSearcher searcher = index.acquire();
        try {
            float[][] vectors = new float[searcher.getIndexReader().maxDoc()][];
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(PassageIndex.VECTOR);
                if (values == null) {
                    continue;
                }
                for (int doc = values.nextDoc(); doc != FloatVectorValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    vectors[leaf.docBase + doc] = values.vectorValue().clone();
                }
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the passage vectors", e);
        } finally {
            index.release(searcher);
        }
    }

    /** Passages and their questions are separate vectors: ask for enough of them to leave {@code candidates} passages. */
    private int knnDepth(int candidates) {
        int perPassage = (index.vectorCount() + index.size() - 1) / Math.max(1, index.size());
        return Math.min(index.vectorCount(), candidates * Math.min(4, Math.max(1, perPassage)));
    }

    /**
     * A passage scores by its best vector: its text's, or one of its questions' less {@code questionMargin} (a short
     * question sits close to many phrasings, so it must be clearly nearer than the text to lead). Best first.
     */
    private ScoreDoc[] bestPerPassage(ScoreDoc[] hits, int limit) {
        Map<Integer, ScoreDoc> best = new HashMap<>();
        Map<Integer, Float> second = new HashMap<>();
        // Lucene's KNN score is (1 + cos) / 2, so a cosine margin is half as large on this scale.
        float margin = (float) (tuning.questionMargin() / 2);
        for (ScoreDoc hit : hits) {
            int ordinal = index.ordinal(hit.doc);
            float score = index.isPassageText(hit.doc) ? hit.score : hit.score - margin;
            ScoreDoc current = best.get(ordinal);
            if (current == null || score > current.score) {
                if (current != null) {
                    second.merge(ordinal, current.score, Math::max);
                }
                best.put(ordinal, new ScoreDoc(hit.doc, score));
            } else {
                second.merge(ordinal, score, Math::max);
            }
        }
        double share = tuning.secondVectorShare();
        List<ScoreDoc> ranked = new ArrayList<>(best.size());
        best.forEach((ordinal, doc) -> ranked.add(share == 0 ? doc
                : new ScoreDoc(doc.doc, (float) (doc.score + share * second.getOrDefault(ordinal, 0.5f)))));
        ranked.sort(Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed().thenComparingInt(d -> d.doc));
        return ranked.subList(0, Math.min(limit, ranked.size())).toArray(ScoreDoc[]::new);
    }

    /**
     * The cosine the confidence thresholds judge: the best text's, or a question's less
     * {@value #CONFIDENCE_QUESTION_MARGIN}, the margin they were calibrated with. Ranking may trust a question more
     * ({@code questionMargin}); confidence may not, or a generic question ("how do i train my pelvic floor to relax?")
     * would make an off-topic message ("how do I train my puppy to sit") look answered. Lucene scores a dot product
     * as (1 + dot) / 2; this undoes that to give the cosine of unit vectors.
     */
    private double confidenceCosine(ScoreDoc[] hits) {
        double top = -1;
        for (ScoreDoc hit : hits) {
            double cosine = 2.0 * hit.score - 1.0;
            top = Math.max(top, index.isPassageText(hit.doc) ? cosine : cosine - CONFIDENCE_QUESTION_MARGIN);
        }
        return top;
    }

    static float[] blend(float[] current, float[] previous, double previousWeight) {
        float[] mixed = new float[current.length];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (float) (current[i] + previousWeight * previous[i]);
        }
        return OnnxEmbedder.unit(mixed);
    }

    /** Known audience: passages for that audience or for both. Unknown: no filter. */
    static Query audienceFilter(Audience audience) {
        if (audience == null || audience == Audience.BOTH) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PassageIndex.AUDIENCE, PassageIndex.audienceTerm(audience))), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(PassageIndex.AUDIENCE, PassageIndex.audienceTerm(Audience.BOTH))), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query filtered(Query query, Query filter) {
        if (filter == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
    }

    private Audience audienceOfArticle(String articleId) {
        for (int ordinal = 0; ordinal < articleIdByOrdinal.length; ordinal++) {
            if (articleIdByOrdinal[ordinal].equals(articleId)) {
                return audienceByOrdinal[ordinal];
            }
        }
        return null;
    }

    /** Whether the top BM25 score can change a hybrid search's confidence: only in the grey zone of the cosine. */
    private static boolean vouches(double topCosine) {
        return topCosine >= GREY_ZONE_COSINE && topCosine < CONFIDENT_COSINE;
    }

    static boolean confident(SearchMode mode, double topBm25, double topCosine) {
        return switch (mode) {
            case BM25 -> topBm25 >= SUPPORTING_BM25;
            case DENSE -> topCosine >= CONFIDENT_COSINE;
            case HYBRID -> topCosine >= CONFIDENT_COSINE || (topCosine >= GREY_ZONE_COSINE && topBm25 >= SUPPORTING_BM25);
        };
    }

    /**
     * A long message's last question asks for a kind of answer ("how long", "is it normal", "why"): among the first
     * {@value #QUESTION_TYPE_TOP} fused passages, each gains in proportion to the share of its own questions asked
     * that way, and they are re-sorted. Only the first few, so a passage that merely shares the wording of the
     * question ("how long" in an unrelated article) cannot climb from far down; only long messages, whose many
     * topics leave close siblings at the top (a short question's words already say what it asks); not a question
     * that names nothing of its own ("what should I do?", "is this normal?": {@link QuestionFocus#isGeneric}), which
     * any section could answer. On the dev questions (RetrievalTuningExperiment -Ddev -Dqtype) a generic question's
     * type and a yes/no question's moved as many right first passages away as towards them.
     */
    static void byQuestionType(List<Ranked> ranked, QuestionType asked, List<Map<QuestionType, Double>> typesByOrdinal,
                               double bonus) {
        if (asked == null || !asked.saysTheAnswer() || bonus == 0 || typesByOrdinal.isEmpty() || ranked.size() < 2) {
            return;
        }
        int top = Math.min(QUESTION_TYPE_TOP, ranked.size());
        for (int i = 0; i < top; i++) {
            Ranked r = ranked.get(i);
            double share = typesByOrdinal.get(r.ordinal()).getOrDefault(asked, 0.0);
            ranked.set(i, new Ranked(r.ordinal(), r.score() + bonus * share));
        }
        ranked.subList(0, top).sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparingInt(Ranked::ordinal));
    }

    private void addRanks(Map<Integer, Double> fused, ScoreDoc[] hits, double weight) {
        for (int rank = 0; rank < hits.length; rank++) {
            fused.merge(index.ordinal(hits[rank].doc), weight / (RRF_K + rank + 1), Double::sum);
        }
    }

    /** "No abuse, nothing like that": the article whose title names what the story rules out steps back. */
    private double ruledOutPenalty(Set<String> ruledOut, int ordinal) {
        if (ruledOut.isEmpty()) {
            return 0;
        }
        for (String stem : titleStemsByOrdinal.get(ordinal)) {
            if (ruledOut.contains(stem)) {
                return tuning.ruledOutPenalty();
            }
        }
        return 0;
    }

    /** The stems of the message and the conversation before it, less what the message rules out ("no abuse"). */
    private Set<String> saidInConversation(String text, String conversation, Set<String> ruledOut) {
        Set<String> said = stems(conversation == null || conversation.isBlank() ? text : text + "\n" + conversation);
        said.removeAll(ruledOut);
        return said;
    }

    /**
     * Whether a passage may answer in this conversation: it has no "Only when" words, the conversation says one, or
     * the turn follows up on its own article (the situation was already the topic).
     */
    private boolean answersHere(int ordinal, Set<String> said, PreviousTopic previous) {
        Set<String> onlyWhen = onlyWhenStemsByOrdinal.get(ordinal);
        if (onlyWhen.isEmpty() || (previous != null && articleIdByOrdinal[ordinal].equals(previous.articleId()))) {
            return true;
        }
        for (String stem : onlyWhen) {
            if (said.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The English analyzer's stems of {@code text} (stop words left out). */
    private Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        try (TokenStream tokens = englishAnalyzer.tokenStream(PassageIndex.BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    private double audienceBonus(Audience asker, int ordinal) {
        Audience passage = audienceByOrdinal[ordinal];
        if (asker == null || asker == Audience.BOTH) {
            return passage == Audience.PARTNER ? -tuning.unknownAskerLean() : 0;
        }
        if (passage == asker) {
            return tuning.audienceBonus();
        }
        return passage == Audience.BOTH ? tuning.audienceBonus() / 2 : 0;
    }

    /**
     * Title, heading, questions and body, each through the synonym-expanding analyzer. Bounded however the text
     * tokenises: each ideograph, kana or emoji is a token of its own, so a long message in those scripts would
     * pass Lucene's 1,024-clause limit. Over {@value #MAX_LEXICAL_CLAUSES} clauses, the message's distinct words
     * are kept, and of those only the last ones (a long message usually ends with its question), until it fits.
     */
    Query lexicalQuery(String text) {
        return lexicalQuery(text, true);
    }

    /** The ranking query (with the questions field) and the vouching one (without), from one analysis of the text. */
    private record LexicalQueries(Query ranking, Query vouching) {
    }

    private LexicalQueries lexicalQueries(String text) {
        if (words(text).size() > MAX_LEXICAL_CLAUSES) {
            return new LexicalQueries(lexicalQuery(text, true), lexicalQuery(text, false));
        }
        Map<String, Query> perField = fieldQueries(text);
        Query ranking = combined(perField, true);
        Query vouching = combined(perField, false);
        return new LexicalQueries(
                ranking == null || clauses(ranking) <= MAX_LEXICAL_CLAUSES ? ranking : lexicalQuery(text, true),
                vouching == null || clauses(vouching) <= MAX_LEXICAL_CLAUSES ? vouching : lexicalQuery(text, false));
    }

    private Query lexicalQuery(String text, boolean withQuestions) {
        List<String> words = words(text);
        if (words.size() <= MAX_LEXICAL_CLAUSES) {
            Query query = fieldQueries(text, withQuestions);
            if (query == null || clauses(query) <= MAX_LEXICAL_CLAUSES) {
                return query;
            }
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(words));
        int keep = Math.min(distinct.size(), MAX_LEXICAL_CLAUSES / LEXICAL_FIELDS);
        while (true) {
            Query query = fieldQueries(String.join(" ", distinct.subList(distinct.size() - keep, distinct.size())),
                    withQuestions);
            if (query == null || clauses(query) <= MAX_LEXICAL_CLAUSES) {
                return query;
            }
            if (keep == 1) {
                return null;
            }
            keep = Math.max(1, keep / 2);
        }
    }

    private Query fieldQueries(String text, boolean withQuestions) {
        return combined(fieldQueries(text), withQuestions);
    }

    /** Each searched field's boosted query for {@code text}, in field order; fields without terms are left out. */
    private Map<String, Query> fieldQueries(String text) {
        List<Map.Entry<String, Float>> boosted = new ArrayList<>();
        for (var field : List.of(Map.entry(PassageIndex.TITLE, tuning.titleBoost()),
                Map.entry(PassageIndex.HEADING, tuning.headingBoost()),
                Map.entry(PassageIndex.QUESTIONS, tuning.questionsBoost()),
                Map.entry(PassageIndex.BODY, tuning.bodyBoost()))) {
            if (field.getValue() != 0f) {
                boosted.add(field);
            }
        }
        List<Query> queries = queryBuilder.shouldQueries(boosted.stream().map(Map.Entry::getKey).toList(), text);
        Map<String, Query> perField = new java.util.LinkedHashMap<>();
        for (int i = 0; i < boosted.size(); i++) {
            if (queries.get(i) != null) {
                perField.put(boosted.get(i).getKey(), new BoostQuery(queries.get(i), boosted.get(i).getValue()));
            }
        }
        return perField;
    }

    /** The fields' queries as one BM25 query; without the questions field when {@code withQuestions} is false. */
    private static Query combined(Map<String, Query> perField, boolean withQuestions) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Query> field : perField.entrySet()) {
            if (withQuestions || !field.getKey().equals(PassageIndex.QUESTIONS)) {
                builder.add(field.getValue(), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : builder.build();
    }

    /** Counts leaf queries and terms as Lucene's own clause check does (each term at least once). */
    static int clauses(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query leaf) {
                count[0]++;
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count[0] += Math.max(1, terms.length);
            }
        });
        return count[0];
    }

    /** The message's words as the plain analyzer splits them, in order. */
    private List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = plainAnalyzer.tokenStream(PassageIndex.SPELL, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * Replaces words the knowledge base has never seen ("dialator", "vaginsmus") by the closest word it has, so
     * both BM25 and the embedding see the intended word. Left as typed: words the synonyms know ("gyno", "i/c"),
     * ordinary English words ("resent"), and other forms of indexed words ("motivate" for "motivated").
     */
    String correctSpelling(String query, IndexReader reader) throws IOException {
        StringBuilder corrected = new StringBuilder();
        int copied = 0;
        try (TokenStream tokens = plainAnalyzer.tokenStream(PassageIndex.SPELL, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                String correction = correction(word, reader);
                if (!correction.isEmpty()) {
                    corrected.append(query, copied, offset.startOffset()).append(correction);
                    copied = offset.endOffset();
                }
            }
            tokens.end();
        }
        return copied == 0 ? query : corrected.append(query.substring(copied)).toString();
    }

    /** The word to search instead of {@code word}, or "" to keep it as typed. */
    private String correction(String word, IndexReader reader) throws IOException {
        if (!isAlphabetic(word) || word.length() < TINY_WORD) {
            return "";
        }
        if (protectedWords.contains(word)) {
            // Deliberate vocabulary stays, but a misspelling the synonyms list ("vaginsmus") becomes the word it means,
            // so the embedding sees it too (BM25 would have expanded it anyway). Real words and other forms of
            // indexed words ("partners", "estrogen"... "partners" stems like "partner") are not misspellings.
            if (EnglishWords.contains(word) || stemIsIndexed(word, reader)) {
                return "";
            }
            String intended = misspellings.intended(word, w -> indexed(w, reader));
            return intended == null ? "" : intended;
        }
        if (indexed(word, reader) || EnglishWords.contains(word)) {
            return "";
        }
        // Another form of an indexed word ("motivate" for "motivated") stays; a typo that stems like one ("dilater")
        // becomes the indexed word of the same stem, so the embedding sees the real word too.
        boolean sameStemOnly = stemIsIndexed(word, reader);
        String correction = corrections.getIfPresent(word);
        if (correction == null) {
            DirectSpellChecker speller = word.length() >= 8 ? longWordSpeller
                    : word.length() >= SHORT_WORD ? shortWordSpeller : tinyWordSpeller;
            boolean tiny = word.length() < SHORT_WORD;
            SuggestWord[] suggestions = speller.suggestSimilar(new Term(PassageIndex.SPELL, word), tiny ? 5 : 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            correction = "";
            for (SuggestWord suggestion : suggestions) {
                // "dont" is not "done": a short word only gains the letter it lost ("hed" - "head", not "her").
                if (!tiny || suggestion.string.length() > word.length()) {
                    correction = suggestion.string;
                    break;
                }
            }
            corrections.put(word, correction);
        }
        return sameStemOnly && !correction.isEmpty() && !stem(correction).equals(stem(word)) ? "" : correction;
    }

    private static boolean indexed(String word, IndexReader reader) {
        try {
            return reader.docFreq(new Term(PassageIndex.SPELL, word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String stem(String word) throws IOException {
        try (TokenStream tokens = englishAnalyzer.tokenStream(PassageIndex.BODY, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String stem = tokens.incrementToken() ? term.toString() : word;
            tokens.end();
            return stem;
        }
    }

    /** "motivate" is not in the articles but "motivated" is: both stem to "motiv", so the word is not a typo. */
    private boolean stemIsIndexed(String word, IndexReader reader) throws IOException {
        try (TokenStream tokens = englishAnalyzer.tokenStream(PassageIndex.BODY, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            boolean indexed = false;
            while (tokens.incrementToken()) {
                String stem = term.toString();
                indexed |= reader.docFreq(new Term(PassageIndex.BODY, stem)) > 0
                        || reader.docFreq(new Term(PassageIndex.HEADING, stem)) > 0
                        || reader.docFreq(new Term(PassageIndex.TITLE, stem)) > 0
                        || reader.docFreq(new Term(PassageIndex.QUESTIONS, stem)) > 0;
            }
            tokens.end();
            return indexed;
        }
    }

    private static boolean isAlphabetic(String word) {
        return word.chars().allMatch(Character::isLetter);
    }
}
