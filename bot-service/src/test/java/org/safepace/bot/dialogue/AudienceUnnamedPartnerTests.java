package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safepace.bot.meaning.ExampleBank;
import org.safepace.bot.meaning.NearestExamples;

/**
 * A partner who never names her: the bank's partner lead over self counts only when the message speaks of the role
 * ("other partners", "as a partner"). Three rows on three axes stand for the bank, so the test sets the scores exactly.
 */
class AudienceUnnamedPartnerTests {

    private static final Map<String, float[]> AXES = Map.of(
            "self row", new float[] {1, 0, 0}, "partner row", new float[] {0, 1, 0}, "either row", new float[] {0, 0, 1});
    private final AudienceReader reader = new AudienceReader(new NearestExamples(
            ExampleBank.parse("self\tpositive\tself row\npartner\tpositive\tpartner row\neither\tpositive\teither row",
                    "test", AudienceReader.LABELS.keySet()),
            texts -> texts.stream().map(AXES::get).toList()));

    private static final java.util.Optional<AudienceHint> PARTNER = java.util.Optional.of(AudienceHint.PARTNER);

    /** Nearest row partner, clearly. */
    private static final float[] PARTNER_NEAR = unit(0.1f, 0.99f, 0.05f);
    /** Nearest row "either", but partner well ahead of self. */
    private static final float[] EITHER_NEAR_PARTNER_AHEAD = unit(0.05f, 0.55f, 0.83f);

    @Test
    void aPartnerSpeakingOfTheRoleIsHeardWithoutNamingHer() {
        assertThat(read("are there other partners out there who get it?", PARTNER_NEAR)).contains(AudienceHint.PARTNER);
        assertThat(read("is it normal for a partner to feel this way", EITHER_NEAR_PARTNER_AHEAD))
                .contains(AudienceHint.PARTNER);
    }

    @Test
    void withoutARoleWordTheBankAloneDoesNotSayPartner() {
        assertThat(read("can i use my trainer while aroused", PARTNER_NEAR)).isNotEqualTo(PARTNER);
        assertThat(read("how many weeks until it gets better", EITHER_NEAR_PARTNER_AHEAD))
                .isNotEqualTo(PARTNER);
    }

    @Test
    void theRoleWordWithTheBankOnTheSelfSideIsNotAPartner() {
        assertThat(read("where do partners go to talk about this", unit(0.6f, 0.1f, 0.79f)))
                .isNotEqualTo(PARTNER);
    }

    @Test
    void partnerLeadIsPartnerMinusSelf() {
        assertThat(reader.partnerLead(PARTNER_NEAR)).isGreaterThan(0.8);
        assertThat(new AudienceReader(null).partnerLead(PARTNER_NEAR)).isNegative();
    }

    private java.util.Optional<AudienceHint> read(String message, float[] vector) {
        return reader.read(MessageUnderstanding.normalise(message), vector);
    }

    private static float[] unit(float x, float y, float z) {
        float n = (float) Math.sqrt(x * x + y * y + z * z);
        return new float[] {x / n, y / n, z / n};
    }
}
