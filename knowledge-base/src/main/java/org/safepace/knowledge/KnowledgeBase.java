package org.safepace.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's one entry point: loads the curated articles, indexes their passages for hybrid (BM25 + embedding)
 * search, and answers searches from any number of threads. {@link #reload()} rebuilds from the same source and
 * swaps the new index in atomically; a failed reload leaves the current one serving.
 */
public final class KnowledgeBase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

    private final KnowledgeBaseSettings settings;
    private final Embedder embedder;
    /** Searches share the read lock; a reload's swap and close take the write lock, so no search sees a closed index. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object reloading = new Object();
    private KnowledgeSnapshot current;
    private boolean closed;
    /** The model as loaded by {@link #load(KnowledgeBaseSettings)}; null behind the test seams. */
    private volatile MeasuredEmbedder measured;
    private volatile Instant loadedAt;
    private volatile Status.Failure lastFailure;

    private KnowledgeBase(KnowledgeBaseSettings settings, Embedder embedder) {
        this.settings = settings;
        this.embedder = embedder;
        this.current = build();
        this.loadedAt = Instant.now();
    }

    /**
     * Parses, validates, indexes and embeds the knowledge base.
     *
     * @throws IllegalStateException naming the file and the reason when an article or the synonyms are malformed
     */
    public static KnowledgeBase load(KnowledgeBaseSettings settings) {
        MeasuredEmbedder model = new MeasuredEmbedder(OnnxEmbedder.BGE_SMALL);
        KnowledgeBase kb = load(settings, new QueryVectorCache(model, QueryVectorCache.DEFAULT_CAPACITY));
        kb.measured = model;
        return kb;
    }

    /**
     * What an operator's health check shows: how much guidance is live, when it was (re)loaded, whether the model is
     * ready to embed questions, and the last reload that failed (its time and reason), if any.
     */
    public record Status(int articles, int passages, Instant loadedAt, boolean modelWarm, String modelFailure,
                         Failure lastFailure) {
        public record Failure(Instant at, String reason) {
        }
    }

    public Status status() {
        MeasuredEmbedder model = measured;
        return withSnapshot(snapshot -> new Status(snapshot.articles.size(), snapshot.passages.size(), loadedAt,
                model == null || model.warm(), model == null ? null : model.warmUpFailure(), lastFailure));
    }

    /** Receives the nanoseconds each query embedding took in the model (cache hits are not model calls). */
    public void onQueryEmbedded(LongConsumer listener) {
        MeasuredEmbedder model = measured;
        if (model != null) {
            model.onQueryEmbedded(listener);
        }
    }

    /** Test and benchmark seam: the same knowledge base with another (or an uncached) embedder. */
    static KnowledgeBase load(KnowledgeBaseSettings settings, Embedder embedder) {
        if (settings == null) {
            throw new IllegalArgumentException("knowledge-base settings are required (use KnowledgeBaseSettings.embedded())");
        }
        KnowledgeBase kb = new KnowledgeBase(settings, embedder);
        // After the build, not during it: on two cores the model load would slow parsing and indexing down, and
        // the rest of the service's start-up usually covers the second it takes.
        embedder.warmUpInBackground();
        return kb;
    }

    private KnowledgeSnapshot build() {
        long start = System.nanoTime();
        KnowledgeSnapshot snapshot = KnowledgeSnapshot.build(KnowledgeSource.read(settings.articlesDir()), embedder,
                settings.embeddingCacheDir(), RetrievalTuning.DEFAULT);
        log.info("Knowledge base loaded from {}: {} articles, {} passages ({} passage and question texts embedded, "
                        + "{} from cache) in {} ms (parse {} ms, embeddings {} ms, index {} ms)",
                settings.articlesDir() == null ? "the embedded articles" : settings.articlesDir(),
                snapshot.articles.size(), snapshot.passages.size(), snapshot.embedded, snapshot.cached,
                (System.nanoTime() - start) / 1_000_000, snapshot.timings.parse(), snapshot.timings.embeddings(),
                snapshot.timings.index());
        return snapshot;
    }

    /**
     * The one query vector of a message: the embedding of its spelling-corrected text (a long story's question said
     * once more at its end, {@link QuestionFocus#forEmbedding}), as {@link #search} uses it.
     * Compute it once per turn and pass it to every step that needs it (repeats come from a cache).
     */
    public float[] embedQuery(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a query to embed must not be blank");
        }
        return withSnapshot(snapshot -> snapshot.searcher.queryVector(text.strip()));
    }

    /**
     * The text as {@link #embedQuery} and {@link #search} read it: unknown words replaced by the closest indexed word
     * ("how i exlpain to her" - "how i explain to her"), the rest as typed. Corrections are cached, so reading a
     * message that was just embedded costs a lookup per word.
     */
    public String spellingCorrected(String text) {
        if (text == null || text.isBlank()) {
            return text == null ? "" : text;
        }
        return withSnapshot(snapshot -> snapshot.searcher.spellingCorrected(text.strip()));
    }

    /**
     * The passages that best answer {@code query}, best first (embeds the query; see the overload that takes it).
     *
     * @param audience SELF or PARTNER when known: passages written only for the other audience are never
     *                 returned, and the asker's own are preferred over those for both; BOTH or {@code null}
     *                 (not known) searches every passage without preference
     * @param k        how many passages at most
     */
    public SearchResult search(String query, Audience audience, int k) {
        return search(query, null, audience, k, null);
    }

    /** The same search with the message's precomputed {@link #embedQuery query vector}. */
    public SearchResult search(String query, float[] queryVector, Audience audience, int k) {
        return search(query, queryVector, audience, k, null);
    }

    /**
     * The same search for a follow-up: the previous turn's topic steers it (its vector is blended into this one and
     * its article's passages are preferred). {@code previous} may be {@code null} for a new question.
     */
    public SearchResult search(String query, float[] queryVector, Audience audience, int k, PreviousTopic previous) {
        return search(query, queryVector, audience, k, previous, "");
    }

    /**
     * The same search in a conversation: {@code conversation} is what the person said in earlier turns (or ""), which
     * with the message decides whether a passage with an {@code Only when:} line may answer ({@link Passage#onlyWhen}).
     */
    public SearchResult search(String query, float[] queryVector, Audience audience, int k, PreviousTopic previous,
                               String conversation) {
        return withSnapshot(snapshot -> {
            HybridSearcher.Outcome outcome = outcome(snapshot, snapshot.searcher, query, queryVector, audience, k,
                    SearchMode.HYBRID, previous, false, conversation == null ? "" : conversation);
            return outcome == null ? SearchResult.empty() : result(snapshot, outcome);
        });
    }

    /**
     * Query vectors for many texts at once (example banks embedded at start-up), made like {@link #embedQuery}'s
     * (spelling-corrected, then embedded as a query) so a bank row and a message compare like for like; cached on
     * disk by content hash like the passage vectors (in {@code <cacheName>-embeddings.bin} beside them), so a
     * restart with unchanged banks embeds nothing. Does not touch the recent-query cache.
     */
    public List<float[]> embedQueries(String cacheName, List<String> texts) {
        if (cacheName == null || !cacheName.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("cache name must be lower-case letters, digits and dashes: " + cacheName);
        }
        List<String> corrected = withSnapshot(snapshot -> texts.stream()
                .map(text -> QuestionFocus.forEmbedding(snapshot.searcher.spellingCorrected(text.strip()))).toList());
        return EmbeddingCache.vectors(corrected, embedder.modelId() + "/query",
                batch -> batch.stream().map(embedder::embedQueryUncached).toList(), settings.embeddingCacheDir(),
                cacheName + "-embeddings.bin").vectors();
    }

    /** Evaluation seam: the same search with only BM25, only the embeddings, or both. */
    SearchResult search(String query, Audience audience, int k, SearchMode mode) {
        return search(query, null, audience, k, mode, null);
    }

    private SearchResult search(String query, float[] queryVector, Audience audience, int k, SearchMode mode,
                                PreviousTopic previous) {
        return withSnapshot(snapshot -> {
            HybridSearcher.Outcome outcome = outcome(snapshot, snapshot.searcher, query, queryVector, audience, k, mode,
                    previous, false, "");
            return outcome == null ? SearchResult.empty() : result(snapshot, outcome);
        });
    }

    private static SearchResult result(KnowledgeSnapshot snapshot, HybridSearcher.Outcome outcome) {
        List<PassageHit> hits = new ArrayList<>(outcome.ranked().size());
        outcome.ranked().forEach(r -> hits.add(snapshot.hit(r.ordinal(), r.score())));
        return new SearchResult(List.copyOf(hits), outcome.confident(), outcome.plausible(), outcome.searchedText());
    }

    /** The raw signals behind a search (top BM25 score, top cosine, the spelling-corrected text), for calibration. */
    HybridSearcher.Outcome explain(String query, Audience audience, int k, SearchMode mode) {
        return withSnapshot(snapshot -> outcome(snapshot, snapshot.searcher, query, null, audience, k, mode, null, true,
                ""));
    }

    private static HybridSearcher.Outcome outcome(KnowledgeSnapshot snapshot, HybridSearcher searcher, String query,
                                                  float[] queryVector, Audience audience, int k, SearchMode mode,
                                                  PreviousTopic previous, boolean allSignals, String conversation) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        if (query == null || query.isBlank()) {
            return null;
        }
        if (queryVector != null && queryVector.length != snapshot.dimensions()) {
            throw new IllegalArgumentException("the query vector has " + queryVector.length + " dimensions, the index "
                    + snapshot.dimensions() + ": embed it with this knowledge base's embedQuery");
        }
        return searcher.search(query.strip(), queryVector, audience, k, mode, previous, allSignals, conversation);
    }

    /** Evaluation seam: the current articles and index searched with other tuning. */
    SearchResult search(String query, Audience audience, int k, SearchMode mode, RetrievalTuning tuning) {
        return withSnapshot(snapshot -> {
            HybridSearcher searcher = snapshot.searcher(tuning, KnowledgeSource.read(settings.articlesDir()), embedder);
            return result(snapshot, outcome(snapshot, searcher, query, null, audience, k, mode, null, false, ""));
        });
    }

    /** How long the current snapshot took to build, by phase (for the benchmark). */
    KnowledgeSnapshot.Timings loadTimings() {
        return withSnapshot(snapshot -> snapshot.timings);
    }

    public List<Article> articles() {
        return withSnapshot(snapshot -> snapshot.articles);
    }

    public Optional<PassageHit> passage(String passageId) {
        return withSnapshot(snapshot -> {
            Integer ordinal = passageId == null ? null : snapshot.ordinalById.get(passageId);
            return ordinal == null ? Optional.<PassageHit>empty() : Optional.of(snapshot.hit(ordinal, 1.0));
        });
    }

    public int passageCount() {
        return withSnapshot(snapshot -> snapshot.passages.size());
    }

    /**
     * Re-reads the articles (the external folder or the embedded ones), rebuilds the index and swaps it in.
     *
     * @throws IllegalStateException when the new articles are malformed; the previous knowledge base keeps serving
     */
    public void reload() {
        synchronized (reloading) {
            ensureOpen();
            KnowledgeSnapshot fresh;
            try {
                fresh = build();
            } catch (RuntimeException e) {
                lastFailure = new Status.Failure(Instant.now(), e.getMessage());
                throw e;
            }
            KnowledgeSnapshot old;
            lock.writeLock().lock();
            try {
                if (closed) {
                    fresh.close();
                    throw new IllegalStateException("The knowledge base is closed");
                }
                old = current;
                current = fresh;
                loadedAt = Instant.now();
                old.close();
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                current.close();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void ensureOpen() {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The knowledge base is closed");
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T withSnapshot(java.util.function.Function<KnowledgeSnapshot, T> action) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The knowledge base is closed");
            }
            return action.apply(current);
        } finally {
            lock.readLock().unlock();
        }
    }
}
