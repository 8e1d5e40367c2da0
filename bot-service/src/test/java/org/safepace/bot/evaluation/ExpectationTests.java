package org.safepace.bot.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.safepace.bot.evaluation.Expectation.LevelExpectation;
import org.safepace.bot.safety.TriageLevel;

class ExpectationTests {

    @Test
    void aPlainLevelMeansExactlyThatLevel() {
        LevelExpectation none = LevelExpectation.parse("NONE", "case");
        assertThat(none.accepts(TriageLevel.NONE)).isTrue();
        assertThat(none.accepts(TriageLevel.ROUTINE)).isFalse();
    }

    @Test
    void aPlusMeansAtLeastAndAMinusMeansAtMost() {
        LevelExpectation atLeast = LevelExpectation.parse("SEEK_CARE+", "case");
        assertThat(atLeast.accepts(TriageLevel.EMERGENCY)).isTrue();
        assertThat(atLeast.accepts(TriageLevel.ROUTINE)).isFalse();
        LevelExpectation atMost = LevelExpectation.parse("ROUTINE-", "case");
        assertThat(atMost.accepts(TriageLevel.NONE)).isTrue();
        assertThat(atMost.accepts(TriageLevel.SEEK_CARE)).isFalse();
        assertThat(atMost.redFlag()).isFalse();
        assertThat(atLeast.redFlag()).isTrue();
    }

    @Test
    void aDashOrBlankIsNotCheckedAndAnUnknownLevelNamesTheCase() {
        assertThat(LevelExpectation.parse("-", "case")).isNull();
        assertThat(LevelExpectation.parse(" ", "case")).isNull();
        assertThatThrownBy(() -> LevelExpectation.parse("URGENT", "dev-q007")).hasMessageContaining("dev-q007");
    }

    @Test
    void phrasesMatchWhateverTheQuotesSpacingOrBoldOfTheReply() {
        assertThat(ReplyCheck.normalise("You **don\u2019t** have  to\nkeep going"))
                .contains(ReplyCheck.normalise("don't have to keep going"));
    }

    @Test
    void aKeyFactAboutThePartnerMatchesWhicheverPronounsTheReplyUses() {
        assertThat(ReplyCheck.normalise("Follow his lead: he decides.")).contains(ReplyCheck.normalise("her lead"))
                .contains(ReplyCheck.normalise("she decides"));
        assertThat(ReplyCheck.normalise("the theme")).isEqualTo("the theme");
    }
}
