package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People rarely type the articles' anatomy: the shipped synonyms let BM25 hear lay words as the articles' words
 * (query side only), and leave other words alone.
 */
class LayVocabularyTests {

    private static final Analyzer QUERY = Analyzers.englishWithSynonyms(KnowledgeSource.read(null).synonyms());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "it stings down there | vulva",
            "it stings down there | vagina",
            "like theres no hole | entranc",
            "he cant get it in at all | insert",
            "does being turned on help | arous",
            "we want a safe word | stop",
            "her gyno called it a vicious circle | cycl",
            "sex hurts every time | dyspareunia",
            "my smear is next week | screen",
            "can we get pregnant without it | conceiv",
    })
    void aLayPhraseAlsoSearchesTheArticlesWord(String message, String stem) throws IOException {
        assertThat(terms(message)).contains(stem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "down the road there | vulva",
            "can we go there on holiday | vagina",
            "i turned the light on | arous",
    })
    void theSameWordsInOtherPhrasesAreNotExpanded(String message, String stem) throws IOException {
        assertThat(terms(message)).doesNotContain(stem);
    }

    private static List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = QUERY.tokenStream(PassageIndex.BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }
}
