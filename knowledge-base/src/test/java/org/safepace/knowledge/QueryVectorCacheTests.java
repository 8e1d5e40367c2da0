package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

class QueryVectorCacheTests {

    @Test
    void aRepeatedQueryIsEmbeddedOnce() {
        EmbeddingCacheTests.CountingEmbedder model = new EmbeddingCacheTests.CountingEmbedder("fake");
        QueryVectorCache cache = new QueryVectorCache(model, 4);

        float[] first = cache.embedQuery("how do I use a dilator");
        float[] second = cache.embedQuery("how do I use a dilator");

        assertThat(second).isSameAs(first);
        assertThat(model.embedded).hasValue(1);
    }

    @Test
    void queriesTheModelEmbedsAlikeShareOneEntry() {
        EmbeddingCacheTests.CountingEmbedder model = new EmbeddingCacheTests.CountingEmbedder("fake") {
            @Override
            public String queryKey(String text) {
                return text.toLowerCase(java.util.Locale.ROOT);
            }
        };
        QueryVectorCache cache = new QueryVectorCache(model, 4);

        float[] first = cache.embedQuery("What is vaginismus?");
        float[] second = cache.embedQuery("what is VAGINISMUS?");

        assertThat(second).isSameAs(first);
        assertThat(model.embedded).hasValue(1);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void theCacheHoldsAtMostItsCapacityAndAnEvictedQueryIsEmbeddedAgain() {
        EmbeddingCacheTests.CountingEmbedder model = new EmbeddingCacheTests.CountingEmbedder("fake");
        // Same-thread eviction, so the bound holds as soon as put returns.
        QueryVectorCache cache = new QueryVectorCache(model,
                Caffeine.newBuilder().maximumSize(2).executor(Runnable::run).<String, float[]>build());
        for (String query : List.of("a", "b", "c", "d", "e")) {
            cache.embedQuery(query);
        }
        assertThat(cache.size()).isEqualTo(2);
        assertThat(model.embedded).hasValue(5);

        int before = model.embedded.get();
        for (String query : List.of("a", "b", "c", "d", "e")) {
            cache.embedQuery(query);
        }
        assertThat(model.embedded.get() - before).as("queries evicted and embedded again").isGreaterThanOrEqualTo(3);
        assertThat(cache.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void theModelWrappersEmbedQuestionsAsTheModelEmbedsQueries() {
        // A wrapper that forgot asQuery would silently embed a section's questions without bge's query instruction.
        EmbeddingCacheTests.CountingEmbedder model = new EmbeddingCacheTests.CountingEmbedder("fake") {
            @Override
            public String asQuery(String text) {
                return "query: " + text;
            }
        };

        assertThat(new QueryVectorCache(model, 4).asQuery("why?")).isEqualTo("query: why?");
        assertThat(new MeasuredEmbedder(model).asQuery("why?")).isEqualTo("query: why?");
        assertThat(OnnxEmbedder.BGE_SMALL.asQuery("why?")).isEqualTo(OnnxEmbedder.BGE_QUERY_PREFIX + "why?");
    }

    @Test
    void rejectsANonPositiveCapacity() {
        assertThatThrownBy(() -> new QueryVectorCache(new EmbeddingCacheTests.CountingEmbedder("fake"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
}
