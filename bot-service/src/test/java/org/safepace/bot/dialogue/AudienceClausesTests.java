package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The clause reader alone (no embedding): whose body, condition or practice each table message is about, from its
 * clauses. A reader with no bank gives what the clauses decide: a strong cue, or a clear lead of plain ones.
 */
class AudienceClausesTests {

    private final AudienceReader clausesOnly = new AudienceReader(null);

    static Stream<Arguments> clauses() {
        return TsvCases.read("/dialogue/audience.tsv");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("clauses")
    void readsWhoseBodyTheMessageIsAbout(String message, String expected) {
        Optional<AudienceHint> heard = clausesOnly.read(MessageUnderstanding.normalise(message), null);

        if (expected.equals("NONE")) {
            assertThat(heard).as(message).isEmpty();
        } else {
            assertThat(heard).as(message).contains(AudienceHint.valueOf(expected));
        }
    }
    @Test
    void aPartnerNamedOnlyAsHeOrSheIsTellingAndAPartnerWordOrNobodyIsNot() {
        assertThat(AudienceClauses.partnerByPronounOnly("he asked if he could help with it. should he?", false)).isTrue();
        assertThat(AudienceClauses.partnerByPronounOnly("she wants to try with her fingers, how do we go slow", false))
                .isTrue();
        // Twins: a partner word (the knowledge base's synonyms already find "partner" for it), a possessive partner
        // word, a misspelt one, the writer alone, and a "she" who is the daughter the conversation is about.
        assertThat(AudienceClauses.partnerByPronounOnly("my husband asked if he could help with it", false)).isFalse();
        assertThat(AudienceClauses.partnerByPronounOnly("can i use my girlfriend's lube? she says it's fine", false))
                .isFalse();
        assertThat(AudienceClauses.partnerByPronounOnly("my husbnd asked if he could help", false)).isFalse();
        assertThat(AudienceClauses.partnerByPronounOnly("how do i stay in control of it?", false)).isFalse();
        assertThat(AudienceClauses.partnerByPronounOnly("can she use a smaller one?", true)).isFalse();
    }
}
