package org.safepace.knowledge;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers the vectors of recent queries, bounded by Caffeine's size-based eviction. Embedding the query
 * dominates search latency, and people and suggestion buttons repeat the same questions.
 */
final class QueryVectorCache implements Embedder {

    static final int DEFAULT_CAPACITY = 1024;

    private final Embedder delegate;
    private final Cache<String, float[]> recent;

    QueryVectorCache(Embedder delegate, int capacity) {
        this(delegate, Caffeine.newBuilder().maximumSize(checked(capacity)).build());
    }

    /** Test seam: a cache built by the caller (e.g. with a same-thread executor so eviction is immediate). */
    QueryVectorCache(Embedder delegate, Cache<String, float[]> recent) {
        this.delegate = delegate;
        this.recent = recent;
    }

    private static int checked(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("query vector cache capacity must be positive, not " + capacity);
        }
        return capacity;
    }

    @Override
    public String modelId() {
        return delegate.modelId();
    }

    @Override
    public String queryKey(String text) {
        return delegate.queryKey(text);
    }

    @Override
    public float[] embedQuery(String text) {
        String key = delegate.queryKey(text);
        float[] cached = recent.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        // Embedded outside the cache's compute so concurrent searches never wait on one another's embedding;
        // two threads with the same new question may both embed it once, which is harmless.
        float[] vector = delegate.embedQuery(text);
        recent.put(key, vector);
        return vector;
    }

    @Override
    public float[] embedQueryUncached(String text) {
        return delegate.embedQueryUncached(text);
    }

    @Override
    public String asQuery(String text) {
        return delegate.asQuery(text);
    }

    @Override
    public void warmUpInBackground() {
        delegate.warmUpInBackground();
    }

    /** Passage batches are not cached here: they are cached on disk by {@link EmbeddingCache}. */
    @Override
    public List<float[]> embedPassages(List<String> texts) {
        return delegate.embedPassages(texts);
    }

    long size() {
        recent.cleanUp();
        return recent.estimatedSize();
    }
}
