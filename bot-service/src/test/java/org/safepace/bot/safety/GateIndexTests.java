package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safepace.bot.safety.AnalysedText.Term;

/** The one-walk token index behind every term's candidate positions: which tokens a gate opens. */
class GateIndexTests {

    @Test
    void aGateOfThreeOrMoreCharactersOpensEveryTokenItStarts() {
        Term term = Term.of("\\bbleed\\w*", "bleed");
        AnalysedText text = TextAnalyser.analyse("bleeding and bled, then it bleeds");
        assertThat(text.candidates(term)).containsExactly(offset(text, "bleeding"), offset(text, "bleeds"));
    }

    @Test
    void aShorterGateOpensOnlyTheTokenItEquals() {
        Term term = Term.of("\\bin\\b", "in");
        AnalysedText text = TextAnalyser.analyse("in the inside, in");
        assertThat(text.candidates(term)).containsExactly(0, text.text.lastIndexOf("in ."));
    }

    @Test
    void theDigitGateOpensTokensStartingWithADigit() {
        Term term = Term.of("\\d+", Term.DIGIT);
        AnalysedText text = TextAnalyser.analyse("pain 7 out of 10, day2");
        assertThat(text.candidates(term)).containsExactly(offset(text, "7"), offset(text, "10"));
    }

    @Test
    void aTermMadeAfterAMessageWasIndexedIsStillFound() {
        AnalysedText text = TextAnalyser.analyse("a zebra crossing");
        text.candidates(ContextCues.CURRENT); // indexes the message with the terms known so far
        Term later = Term.of("\\bzebra\\b", "zebra");
        assertThat(text.candidates(later)).containsExactly(offset(text, "zebra"));
        assertThat(text.occurs(later)).isTrue();
    }

    @Test
    void aLexiconPhraseIsTriedOnlyWhereItsRequiredWordsOccur() {
        // "after my surgery" needs a procedure word in the same sentence: without one the gate word is no candidate.
        AnalysedText with = TextAnalyser.analyse("after my surgery it hurts");
        AnalysedText without = TextAnalyser.analyse("after my walk it hurts");
        assertThat(with.candidates(PathwayRules.PROCEDURE_RECENT)).contains(0);
        assertThat(without.candidates(PathwayRules.PROCEDURE_RECENT)).doesNotContain(0);
    }

    private static int offset(AnalysedText text, String token) {
        int at = (" " + text.text + " ").indexOf(" " + token + " ");
        assertThat(at).as("token %s in %s", token, text.text).isGreaterThanOrEqualTo(0);
        return at;
    }
}
