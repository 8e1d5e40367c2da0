package org.safepace.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of recent queries (least recently used out first). Embedding the query dominates search
 * latency, and people and suggestion buttons repeat the same questions.
 */
final class QueryVectorCache implements Embedder {

    static final int DEFAULT_CAPACITY = 1024;

    private final Embedder delegate;
    private final Map<String, float[]> recent;

    QueryVectorCache(Embedder delegate, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("query vector cache capacity must be positive, not " + capacity);
        }
        this.delegate = delegate;
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
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
        synchronized (recent) {
            float[] cached = recent.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Embed outside the lock so concurrent searches do not queue behind one another.
        float[] vector = delegate.embedQuery(text);
        synchronized (recent) {
            recent.put(key, vector);
        }
        return vector;
    }

    @Override
    public float[] embedQueryUncached(String text) {
        return delegate.embedQueryUncached(text);
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

    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
