package org.safepace.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * An in-process ONNX embedding model from LangChain4j (no network). Loading one costs about a second and a few
 * hundred megabytes, so each model is one JVM-wide instance created on first use; its ONNX session is thread-safe.
 */
final class OnnxEmbedder implements Embedder {

    static final String BGE_SMALL_ID = "bge-small-en-v1.5-q/langchain4j-1.20.0-beta30";
    static final String BGE_QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * bge-small-en-v1.5, quantised: 384 dimensions, 12 layers; trained for asymmetric retrieval, so queries
     * (not passages) carry the instruction prefix the model was trained with. On the evaluation set it recalls
     * clearly more than all-MiniLM-L6-v2 (see RetrievalTuningExperiment) for about twice the query time. The weights
     * and tokenizer come from LangChain4j's model jar; the session is our own, one thread per inference.
     */
    static final OnnxEmbedder BGE_SMALL = new OnnxEmbedder(OnnxEmbedder.BGE_SMALL_ID, OnnxEmbedder.BGE_QUERY_PREFIX,
            () -> SingleThreadedOnnxModel.fromClasspath(
                    "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS));

    private final String modelId;
    private final String queryPrefix;
    private final Supplier<EmbeddingModel> factory;
    private volatile EmbeddingModel model;

    OnnxEmbedder(String modelId, String queryPrefix, Supplier<EmbeddingModel> factory) {
        this.modelId = modelId;
        this.queryPrefix = queryPrefix;
        this.factory = factory;
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    ensureWritableDjlCache();
                    loaded = factory.get();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    /** The tokenizer unpacks a native library into the DJL cache; fall back to the temp dir when home is read-only. */
    private static void ensureWritableDjlCache() {
        if (System.getProperty("DJL_CACHE_DIR") != null || System.getenv("DJL_CACHE_DIR") != null) {
            return;
        }
        Path home = Path.of(System.getProperty("user.home"), ".djl.ai");
        boolean writable = Files.isDirectory(home) ? Files.isWritable(home)
                : home.getParent() != null && Files.isWritable(home.getParent());
        if (!writable) {
            System.setProperty("DJL_CACHE_DIR", Path.of(System.getProperty("java.io.tmpdir"), "safepace-djl").toString());
        }
    }

    /**
     * Loading the model takes about a second; with cached passage vectors nothing else needs it at start-up, so it
     * loads on a daemon thread while the service finishes starting, and the first query waits only for the rest.
     */
    @Override
    public void warmUpInBackground() {
        if (model == null) {
            Thread loader = new Thread(() -> model().embed("warm up"), "embedding-model-warm-up");
            loader.setDaemon(true);
            loader.start();
        }
    }

    @Override
    public String modelId() {
        return modelId;
    }

    /**
     * bge-small's tokenizer lowercases and splits on whitespace, so case and runs of spaces never change the vector:
     * "What is vaginismus?" and "what is  vaginismus?" share one cache entry.
     */
    @Override
    public String queryKey(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    @Override
    public float[] embedQuery(String text) {
        return unit(model().embed(asQuery(text)).content().vector());
    }

    @Override
    public String asQuery(String text) {
        return queryPrefix + text;
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Embedding> embeddings = model().embedAll(texts.stream().map(TextSegment::from).toList()).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        embeddings.forEach(e -> vectors.add(unit(e.vector())));
        return vectors;
    }

    /** The index uses dot-product similarity, which is only the cosine for unit vectors. */
    static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return vector.clone();
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }
}
