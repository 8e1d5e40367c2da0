package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.safepace.bot.safety.AnalysedText.Term;

class LexiconBuilderTests {

    private static final Map<String, Term> TERMS = LexiconBuilder.load("test-syntax");

    private static boolean matches(String section, String message) {
        return TextAnalyser.analyse(message).affirmed(LexiconBuilder.term(TERMS, section), 0);
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "words|there is heavy bleeding|true",
            "words|heavyish bleeding|false", // whole words only
            "words|it can't stop|true", // "cannot" in the lexicon reads like "can't" and "cant" in a message
            "words|it cant stop|true",
            "stem|bleeding a lot|true",
            "stem|bled a lot|false",
            "choice|too much blood|true",
            "choice|much blood|false",
            "choice|it is very sore|true",
            "choice|it is sore|true",
            "gap|he forced me|true",
            "gap|he really just forced me|true",
            "gap|he never forced me|false", // a gap never holds a negation
            "gap|he one two three forced me|false",
            "list|greenish discharge|false", // "ish" is a word of its own in the lexicon
            "list|green ish discharge|true",
            "list|yellow discharge|true",
            "number|3 pads|true",
            "number|three pads|true", // number words read as digits
            "end|he didn't, and|true",
            "end|he didn't.|true",
            "end|he didn't stop|false"
    })
    void phrasesMatchWholeWordsInOneSentence(String section, String message, boolean expected) {
        assertThat(matches(section, message)).isEqualTo(expected);
    }

    @Test
    void aPhraseNeverCrossesASentence() {
        assertThat(matches("words", "it was heavy. bleeding now")).isFalse();
    }

    @Test
    void gatesComeFromTheFirstWordsOfEveryPhrase() {
        assertThat(LexiconBuilder.term(TERMS, "choice").gates()).containsExactlyInAnyOrder("so", "too", "very", "sore");
        assertThat(LexiconBuilder.term(TERMS, "stem").gates()).containsExactly("bleed");
        assertThat(LexiconBuilder.term(TERMS, "number").gates()).containsExactly(Term.DIGIT);
        assertThat(LexiconBuilder.term(TERMS, "list").gates()).containsExactlyInAnyOrder("green", "yellow");
    }

    @ParameterizedTest
    @ValueSource(strings = {"test-broken", "test-short-stem", "test-gap-first", "test-regex-mark", "no-such-lexicon"})
    void badLexiconsFailFastNamingTheFileAndLine(String file) {
        assertThatThrownBy(() -> LexiconBuilder.load(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file);
    }

    @Test
    void aMissingSectionIsNamed() {
        assertThatThrownBy(() -> LexiconBuilder.term(TERMS, "nothing")).hasMessageContaining("[nothing]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"crisis", "bleeding", "infection", "pathways", "context", "es", "pt", "fr"})
    void everyShippedLexiconCompiles(String file) {
        assertThat(LexiconBuilder.load(file)).isNotEmpty();
    }
}
