package org.safepace.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * A LangChain4j in-process embedding model whose ONNX session runs each inference on the calling thread.
 *
 * <p>LangChain4j's ready-made models open their session with ONNX Runtime's defaults: one intra-op thread per core
 * for every inference. In a web service the parallelism already comes from concurrent requests, so on two cores
 * four requests would run eight busy threads that spin and contend; one thread per inference costs less CPU per
 * query and gives lower latency under load (measured in the README's performance section). Embedding many passages
 * still runs in parallel, one passage per task on LangChain4j's executor.
 */
final class SingleThreadedOnnxModel extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    private SingleThreadedOnnxModel(OnnxBertBiEncoder encoder) {
        super(null); // null selects LangChain4j's own executor (one thread per core) for embedAll
        this.encoder = encoder;
    }

    /** Loads a model and its tokenizer from resources on the class path, as the LangChain4j model jars ship them. */
    static SingleThreadedOnnxModel fromClasspath(String modelResource, String tokenizerResource, PoolingMode pooling) {
        try (InputStream model = resource(modelResource); InputStream tokenizer = resource(tokenizerResource)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new SingleThreadedOnnxModel(new OnnxBertBiEncoder(environment, session, tokenizer, pooling));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the embedding model " + modelResource, e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load the embedding model " + modelResource, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = SingleThreadedOnnxModel.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("The embedding model resource " + name + " is not on the class path");
        }
        return stream;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }
}
