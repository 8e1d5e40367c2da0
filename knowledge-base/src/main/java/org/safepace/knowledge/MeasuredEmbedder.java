package org.safepace.knowledge;

import java.util.List;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the model: tells a listener how long each query embedding took (the service turns that into a metric), and
 * knows whether the model has warmed up, which the service's readiness waits for.
 */
final class MeasuredEmbedder implements Embedder {

    private static final Logger log = LoggerFactory.getLogger(MeasuredEmbedder.class);

    private final Embedder model;
    private volatile LongConsumer queryNanos = nanos -> { };
    private volatile boolean warm;
    private volatile String warmUpFailure;

    MeasuredEmbedder(Embedder model) {
        this.model = model;
    }

    void onQueryEmbedded(LongConsumer listener) {
        this.queryNanos = listener;
    }

    /** True once one query has been embedded (by the warm-up or by a search). */
    boolean warm() {
        return warm;
    }

    /** Why the warm-up failed (the exception type), or null. */
    String warmUpFailure() {
        return warmUpFailure;
    }

    @Override
    public String modelId() {
        return model.modelId();
    }

    @Override
    public String queryKey(String text) {
        return model.queryKey(text);
    }

    @Override
    public float[] embedQuery(String text) {
        long start = System.nanoTime();
        float[] vector = model.embedQuery(text);
        queryNanos.accept(System.nanoTime() - start);
        warm = true;
        return vector;
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        return model.embedPassages(texts);
    }

    @Override
    public String asQuery(String text) {
        return model.asQuery(text);
    }

    /** Loads the model on a daemon thread and embeds one query, so the first real question pays for neither. */
    @Override
    public void warmUpInBackground() {
        Thread loader = new Thread(() -> {
            try {
                model.embedQuery("warm up");
                warm = true;
            } catch (RuntimeException | LinkageError e) {
                warmUpFailure = e.getClass().getName();
                log.error("embedding model failed to warm up: {}", warmUpFailure);
            }
        }, "embedding-model-warm-up");
        loader.setDaemon(true);
        loader.start();
    }
}
