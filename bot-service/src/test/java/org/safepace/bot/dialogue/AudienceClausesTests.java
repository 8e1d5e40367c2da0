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

    @Test
    void aPronounWhoseAntecedentIsInTheTurnBeforeStandsForThatPerson() {
        // dev-c201: the physio the turn before named is who "her" is; the boyfriend there is "he".
        String before = "and could he come with me to my physio appt or is that weird";
        assertThat(AudienceClauses.pronounsStandForSomeoneElseBefore("what should i even ask her when i'm there", before))
                .isTrue();
        assertThat(AudienceClauses.pronounsStandForSomeoneElseBefore("will he be bored there", before)).isFalse();
        assertThat(AudienceClauses.pronounsStandForSomeoneElseBefore("what do i ask my gp when i see her", "my gp"))
                .isFalse(); // the message names its own antecedent: read within it
        assertThat(AudienceClauses.pronounsStandForSomeoneElseBefore("can she help me with it?",
                "how do i tell my boyfriend about my physio")).isTrue(); // no woman named: the physio
        assertThat(AudienceClauses.pronounsStandForSomeoneElseBefore("can she help me with it?",
                "how do i tell my girlfriend about my physio")).isFalse(); // said to be a woman: the girlfriend
        assertThat(AudienceClauses.pronounsStandForSomeoneElseBefore("can she help me with it?",
                "my girlfriend asked how dilators work")).isFalse();
        assertThat(AudienceClauses.pronounsStandForSomeoneElseBefore("can she help me with it?", "what is a dilator"))
                .isFalse();
        assertThat(AudienceClauses.pronounsStandForSomeoneElseBefore("can she help me with it?", null)).isFalse();
        assertThat(AudienceClauses.antecedentBefore("what should i even ask her when i'm there", before))
                .contains("physio");
        assertThat(AudienceClauses.antecedentBefore("how do i tell her", "my mum keeps asking about grandkids"))
                .contains("mum");
        assertThat(AudienceClauses.antecedentBefore("will he be bored there", before)).isEmpty();
    }
}
