package org.safepace.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The in-process, quantised all-MiniLM-L6-v2 model (384 dimensions, no network). It costs about a second and
 * 240 MB to load, so one instance is shared by the whole JVM and created on first use; its ONNX session is
 * thread-safe.
 */
final class MiniLmEmbedder implements Embedder {

    static final MiniLmEmbedder INSTANCE = new MiniLmEmbedder();
    static final String MODEL_ID = "all-minilm-l6-v2-q/langchain4j-1.20.0-beta30";

    private MiniLmEmbedder() {
    }

    private static final class Holder {
        static final EmbeddingModel MODEL = create();

        private static EmbeddingModel create() {
            ensureWritableDjlCache();
            return new AllMiniLmL6V2QuantizedEmbeddingModel();
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
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public float[] embed(String text) {
        return unit(Holder.MODEL.embed(text).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Embedding> embeddings = Holder.MODEL.embedAll(texts.stream().map(TextSegment::from).toList()).content();
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
