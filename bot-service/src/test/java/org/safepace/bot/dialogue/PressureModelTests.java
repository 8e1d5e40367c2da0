package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safepace.bot.meaning.ExampleBank;
import org.safepace.bot.meaning.TestEmbeddings;

/** The shipped pressure model: its file is well formed, it tells twins apart, and it only ever adds a boundary. */
class PressureModelTests {

    private static final String SUPPORT = "how do i support her without pressuring her";
    private static final String STALLING = "how do i get her to stop stalling";

    private static UnderstandingBank bank;
    private static MessageUnderstanding withModel;
    private static MessageUnderstanding withoutModel;
    private final StanceReader stances = new StanceReader();

    @BeforeAll
    static void load() {
        bank = UnderstandingBank.fromClasspath(TestEmbeddings::embedAll);
        withModel = new MessageUnderstanding(bank);
        withoutModel = new MessageUnderstanding(bank, Optional.empty());
    }

    private double probability(String text) {
        return bank.pressureModel().probability(TestEmbeddings.embed(text),
                stances.cues(MessageUnderstanding.normalise(text)));
    }

    private static Intent intent(MessageUnderstanding understanding, String text) {
        return understanding.understand(text, TestEmbeddings.embed(text), new Session("s1234567890123456"),
                AudienceHint.UNKNOWN).intent();
    }

    @Test
    void supportingWithoutPressureStaysQuietWhileGettingHerToStopStallingPresses() {
        assertThat(probability(SUPPORT)).isLessThan(0.05);
        assertThat(probability(STALLING)).isGreaterThanOrEqualTo(bank.pressureModel().threshold());

        assertThat(intent(withModel, SUPPORT)).isNotEqualTo(Intent.CONSENT_BOUNDARY);
        assertThat(intent(withModel, STALLING)).isEqualTo(Intent.CONSENT_BOUNDARY);
    }

    @Test
    void theModelAddsAPushTheRulesAndBanksMiss() {
        String expecting = "is it normal to expect my wife to at least try once a month? she has a physio, i dont think monthly is too much";

        assertThat(intent(withoutModel, STALLING)).isNotEqualTo(Intent.CONSENT_BOUNDARY);
        assertThat(intent(withoutModel, expecting)).isNotEqualTo(Intent.CONSENT_BOUNDARY);
        assertThat(intent(withModel, expecting)).isEqualTo(Intent.CONSENT_BOUNDARY);
    }

    @Test
    void aSupportivePartnerTheStanceReaderHearsIsNeverAskedOfTheModel() {
        String kind = "i'm happy to wait as long as she needs. what can i do so she feels safe";
        String normalised = MessageUnderstanding.normalise(kind);

        assertThat(withModel.pressureModelConsulted(normalised, TestEmbeddings.embed(kind))).isFalse();
        assertThat(intent(withModel, kind)).isNotEqualTo(Intent.CONSENT_BOUNDARY);
    }

    @Test
    void theShippedFileNamesTheStanceReadersCuesAndABarOverAHalf() {
        PressureModel model = PressureModel.parse(ExampleBank.classpathText("prompts/" + PressureModel.FILE), PressureModel.FILE);

        assertThat(model.threshold()).isBetween(0.5, 1.0);
        assertThat(model.probability(TestEmbeddings.embed(SUPPORT), new double[StanceReader.CUES.size()])).isBetween(0.0, 1.0);
    }

    @Test
    void aFileWithOtherCuesOrNoVectorFailsNamingTheProblem() {
        StringBuilder cues = new StringBuilder();
        for (String cue : StanceReader.CUES) {
            cues.append("cue\t").append(cue.equals("claims") ? "claim" : cue).append("\t0\n");
        }
        String renamed = "threshold\t0.9\nbias\t0\n" + cues + "vector\t0 0 0\n";

        assertThatThrownBy(() -> PressureModel.parse(renamed, "m.tsv")).hasMessageContaining("m.tsv")
                .hasMessageContaining("claim");
        assertThatThrownBy(() -> PressureModel.parse("threshold\t0.9\nbias\t0\n", "m.tsv"))
                .hasMessageContaining("vector");
        assertThatThrownBy(() -> PressureModel.parse("threshold\tx\n", "m.tsv")).hasMessageContaining("line 1");
    }

    @Test
    void aVectorOfAnotherSizeIsRefused() {
        assertThatThrownBy(() -> bank.pressureModel().probability(new float[3], new double[StanceReader.CUES.size()]))
                .hasMessageContaining("384 dimensions, not 3");
    }
}
