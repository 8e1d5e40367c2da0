package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The structural stance reading on its own: who wants what of whom (MessageUnderstandingTests has it with meaning). */
class StanceReaderTests {

    private final StanceReader reader = new StanceReader();

    static Stream<Arguments> stances() {
        return TsvCases.read("/dialogue/stance.tsv");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("stances")
    void readsEachTableMessage(String message, String expected) {
        String text = MessageUnderstanding.normalise(message);
        if (expected.equals("ADMITS")) {
            assertThat(reader.admitsGoingOn(text)).isTrue();
        } else {
            assertThat(reader.admitsGoingOn(text)).isFalse();
            assertThat(reader.stance(text)).isEqualTo(StanceReader.Stance.valueOf(expected));
        }
    }

    @Test
    void anAdmissionMeaningHearsMustRestOnSomethingTheWriterDid() {
        assertThat(reader.reportsOwnAct(MessageUnderstanding.normalise("i carried on even though it hurt her"))).isTrue();
        assertThat(reader.reportsOwnAct(MessageUnderstanding.normalise("i think she could relax more if she tried")))
                .isFalse();
    }

    @Test
    void aPillAskedAboutAsContraceptionIsAQuestionNotAPrescription() {
        assertThat(reader.asksAboutContraception(MessageUnderstanding.normalise(
                "what pill can i use so i don't get pregnant if nothing can go inside"))).isTrue();
        assertThat(reader.asksAboutContraception(MessageUnderstanding.normalise(
                "which pill relaxes the muscles before a dilator"))).isFalse();
    }

    @Test
    void theWritersOwnSituationIsInScopeWithoutADomainWord() {
        assertThat(reader.aboutTheirSituation(MessageUnderstanding.normalise("will it ever get easier for us"))).isTrue();
        assertThat(reader.aboutTheirSituation(MessageUnderstanding.normalise("how do other couples get through it")))
                .isTrue();
        assertThat(reader.aboutTheirSituation(MessageUnderstanding.normalise("what is the best pasta recipe")))
                .isFalse();
    }
}
