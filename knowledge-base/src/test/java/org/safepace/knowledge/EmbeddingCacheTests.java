package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTests {

    /** A deterministic stand-in for the model that counts how many texts it embedded. */
    static class CountingEmbedder implements Embedder {
        final AtomicInteger embedded = new AtomicInteger();
        private final String modelId;

        CountingEmbedder(String modelId) {
            this.modelId = modelId;
        }

        @Override
        public String modelId() {
            return modelId;
        }

        @Override
        public float[] embedQuery(String text) {
            embedded.incrementAndGet();
            float[] vector = new float[8];
            for (int i = 0; i < text.length(); i++) {
                vector[text.charAt(i) % 8] += 1;
            }
            return OnnxEmbedder.unit(vector);
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            List<float[]> vectors = new ArrayList<>();
            texts.forEach(t -> vectors.add(embedQuery(t)));
            return vectors;
        }
    }

    @Test
    void aSecondLoadWithTheSameTextsEmbedsNothing(@TempDir Path dir) {
        CountingEmbedder embedder = new CountingEmbedder("fake-1");
        List<String> texts = List.of("first passage", "second passage", "third passage");

        EmbeddingCache.Vectors first = EmbeddingCache.vectors(texts, embedder, dir);
        EmbeddingCache.Vectors second = EmbeddingCache.vectors(texts, embedder, dir);

        assertThat(first.embedded()).isEqualTo(3);
        assertThat(second.embedded()).isZero();
        assertThat(second.cached()).isEqualTo(3);
        assertThat(embedder.embedded).hasValue(3);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(second.vectors().get(i)).containsExactly(first.vectors().get(i));
        }
        assertThat(dir.resolve(EmbeddingCache.FILE_NAME)).isRegularFile();
    }

    @Test
    void onlyChangedTextsAreEmbeddedAgain(@TempDir Path dir) {
        CountingEmbedder embedder = new CountingEmbedder("fake-1");
        EmbeddingCache.vectors(List.of("kept passage", "old passage"), embedder, dir);

        EmbeddingCache.Vectors reloaded = EmbeddingCache.vectors(List.of("kept passage", "edited passage"), embedder, dir);

        assertThat(reloaded.embedded()).isEqualTo(1);
        assertThat(reloaded.cached()).isEqualTo(1);
        assertThat(EmbeddingCache.readFile(dir.resolve(EmbeddingCache.FILE_NAME))).hasSize(2)
                .containsKey(EmbeddingCache.key("fake-1", "edited passage"))
                .doesNotContainKey(EmbeddingCache.key("fake-1", "old passage"));
    }

    @Test
    void anotherModelNeverReusesTheCachedVectors(@TempDir Path dir) {
        EmbeddingCache.vectors(List.of("a passage"), new CountingEmbedder("model-a"), dir);
        CountingEmbedder other = new CountingEmbedder("model-b");

        assertThat(EmbeddingCache.vectors(List.of("a passage"), other, dir).embedded()).isEqualTo(1);
    }

    @Test
    void aCorruptCacheFileIsIgnoredAndRewritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(EmbeddingCache.FILE_NAME);
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17});
        CountingEmbedder embedder = new CountingEmbedder("fake-1");

        EmbeddingCache.Vectors vectors = EmbeddingCache.vectors(List.of("a passage"), embedder, dir);

        assertThat(vectors.embedded()).isEqualTo(1);
        assertThat(EmbeddingCache.readFile(file)).containsOnlyKeys(EmbeddingCache.key("fake-1", "a passage"));
    }

    @Test
    void keysDependOnModelAndText() {
        assertThat(EmbeddingCache.key("m", "text")).hasSize(64).isEqualTo(EmbeddingCache.key("m", "text"))
                .isNotEqualTo(EmbeddingCache.key("m", "text "))
                .isNotEqualTo(EmbeddingCache.key("m2", "text"));
    }

    @Test
    void writeAndReadRoundTrip(@TempDir Path dir) {
        Path file = dir.resolve("sub").resolve(EmbeddingCache.FILE_NAME);
        float[] vector = {0.5f, -0.25f, 1f};

        EmbeddingCache.write(file, Map.of(EmbeddingCache.key("m", "t"), vector));

        assertThat(EmbeddingCache.readFile(file).get(EmbeddingCache.key("m", "t"))).containsExactly(vector);
    }
}
