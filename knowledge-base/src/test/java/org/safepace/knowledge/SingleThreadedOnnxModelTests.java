package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

class SingleThreadedOnnxModelTests {

    @Test
    void embedsExactlyLikeLangChain4jsOwnWrapperOfTheSameModel() {
        SingleThreadedOnnxModel ours = SingleThreadedOnnxModel.fromClasspath(
                "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS);
        BgeSmallEnV15QuantizedEmbeddingModel theirs = new BgeSmallEnV15QuantizedEmbeddingModel();

        for (String text : new String[] {"how long should I hold the dilator?", "my wife is scared of sex"}) {
            float[] a = OnnxEmbedder.unit(ours.embed(text).content().vector());
            float[] b = OnnxEmbedder.unit(theirs.embed(text).content().vector());
            assertThat(a).hasSize(384);
            // Only the thread count differs, so the vectors agree up to float rounding (a wrong pooling would not).
            assertThat(dot(a, b)).isGreaterThan(0.9999);
        }
    }

    @Test
    void aMissingModelResourceIsNamedInTheError() {
        assertThatThrownBy(() -> SingleThreadedOnnxModel.fromClasspath(
                "no-such-model.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-model.onnx");
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
