package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void theLeastRecentlyUsedQueryIsEvictedBeyondCapacity() {
        EmbeddingCacheTests.CountingEmbedder model = new EmbeddingCacheTests.CountingEmbedder("fake");
        QueryVectorCache cache = new QueryVectorCache(model, 2);
        cache.embedQuery("a");
        cache.embedQuery("b");
        cache.embedQuery("a"); // "b" is now the least recently used
        cache.embedQuery("c");

        cache.embedQuery("a");
        assertThat(model.embedded).hasValue(3);
        cache.embedQuery("b");
        assertThat(model.embedded).hasValue(4);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void rejectsANonPositiveCapacity() {
        assertThatThrownBy(() -> new QueryVectorCache(new EmbeddingCacheTests.CountingEmbedder("fake"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
}
