package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishWordsTests {

    @Test
    void theWordListShipsWithTheEmbeddingLibrary() {
        // If a LangChain4j upgrade drops the vocabulary file, the corrector would start "fixing" real words.
        assertThat(EnglishWords.size()).isGreaterThan(15_000);
    }

    @Test
    void knowsOrdinaryWordsButNotTyposOrWordPieces() {
        assertThat(EnglishWords.contains("swear")).isTrue();
        assertThat(EnglishWords.contains("scary")).isTrue();
        assertThat(EnglishWords.contains("dialator")).isFalse();
        assertThat(EnglishWords.contains("vaginsmus")).isFalse();
        assertThat(EnglishWords.contains("##ing")).isFalse();
    }
}
