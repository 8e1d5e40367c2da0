package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnnxEmbedderTests {

    @Test
    void queriesDifferingOnlyInCaseAndSpacingShareAKey() {
        assertThat(OnnxEmbedder.BGE_SMALL.queryKey("  What is\tVaginismus? "))
                .isEqualTo(OnnxEmbedder.BGE_SMALL.queryKey("what is vaginismus?"))
                .isEqualTo("what is vaginismus?");
        assertThat(OnnxEmbedder.BGE_SMALL.queryKey("what is vaginismus"))
                .as("punctuation changes the tokens, so it stays part of the key")
                .isNotEqualTo(OnnxEmbedder.BGE_SMALL.queryKey("what is vaginismus?"));
    }

    @Test
    void theModelReallyGivesQueriesWithTheSameKeyTheSameVector() {
        float[] asTyped = OnnxEmbedder.BGE_SMALL.embedQuery("  How do I use a DILATOR\n safely? ");
        float[] normalised = OnnxEmbedder.BGE_SMALL.embedQuery("how do i use a dilator safely?");

        assertThat(asTyped).containsExactly(normalised);
    }
}
