package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safepace.bot.answer.PartnerPronouns;

class PartnerPronounReaderTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "my boyfriend is trans and has vaginismus. how can i support him without pushing?|HE",
        "my bf is a trans guy and he tenses up so much when we try|HE",
        "my partner is non-binary and has vaginismus, what can i do to make them feel safe|THEY",
        "my partner is nonbinary, she still uses she/her, how do i help|SHE",
        "my partner has vaginismus and they freeze every time we get close|THEY",
        "my partner has vaginismus and he gets so tense, what do i do|HE",
        "my partner has vaginismus, the physio said he would see us both|-",
        "my wife has vaginismus and her doctor said to wait|SHE",
        "im her husband, what does it feel like for her|SHE",
        "my husband is so patient with me|-",
        "how do i support my partner without pressuring|-",
        "theyre enby and say theyre not ready yet|THEY",
    })
    void hearsThePronounsForTheOneWithVaginismus(String message, PartnerPronouns expected) {
        assertThat(PartnerPronounReader.heard(MessageUnderstanding.normalise(message)))
                .isEqualTo(Optional.ofNullable(expected));
    }
}
