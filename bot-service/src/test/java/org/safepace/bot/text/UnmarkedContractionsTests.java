package org.safepace.bot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.safepace.bot.safety.SafetyScreen;
import org.safepace.bot.safety.TriageLevel;
import org.junit.jupiter.params.provider.CsvSource;

/** "hell", "shell", "ill" and "id" typed for he'll, she'll, i'll and i'd, and left alone where they are the words. */
class UnmarkedContractionsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "im scared hell hurt me tonight|im scared he'll hurt me tonight",
            "he said hell leave if i keep saying no|he said he'll leave if i keep saying no",
            "hell never forgive me|he'll never forgive me",
            "im scared of what hell do if i say no|im scared of what he'll do if i say no",
            "she says shell show my boss|she says she'll show my boss",
            "i have a plan for how ill do it|i have a plan for how i'll do it",
            "ill be gone by the weekend|i'll be gone by the weekend",
            "planning how id do it|planning how i'd do it",
            "id rather die than another exam|i'd rather die than another exam",
            "the tablets id lined up|the tablets i'd lined up",
            // the words themselves
            "it hurts like hell when i try|it hurts like hell when i try",
            "the last year has been hell for both of us|the last year has been hell for both of us",
            "what the hell is wrong with me|what the hell is wrong with me",
            "hell no im not doing that again|hell no im not doing that again",
            "a living hell every night|a living hell every night",
            "slowly coming out of my shell with him|slowly coming out of my shell with him",
            "i feel ill after the exam|i feel ill after the exam",
            "she has been ill with flu|she has been ill with flu",
            "mentally ill people deserve care|mentally ill people deserve care",
            "ill health runs in my family|ill health runs in my family",
            "they asked for my id card|they asked for my id card",
            "show your id please|show your id please",
            "no apostrophe here at all|no apostrophe here at all",
            "Hell Never Forgive Me|he'll Never Forgive Me",
            "ILL DO IT TONIGHT|i'll DO IT TONIGHT"
    })
    void readsTheContractionOnlyWhereTheWordsAroundSaySo(String text, String expected) {
        assertThat(UnmarkedContractions.restore(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void theOneQueryVectorReadsTheContractionToo() {
        // the semantic backstop missed "ive decided ill do it on sunday when everyones out" with "ill" an illness
        assertThat(TextNormaliser.forEmbedding("Ive decided ill do it on sunday")).isEqualTo("Ive decided i'll do it on sunday");
        assertThat(TextNormaliser.forMatching("hes outside shouting that hell kill me"))
                .isEqualTo("hes outside shouting that he'll kill me");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "im scared hell hurt me tonight|EMERGENCY",
            "hes banging on the door and screaming that hell kill me|EMERGENCY",
            "if i dont try this week hell leave me|SEEK_CARE",
            "she recorded me crying and says shell show my boss if i ever leave her|SEEK_CARE",
            "i keep planning how id do it, just havent picked a day yet|EMERGENCY",
            "i kept going even tho she was obviously in pain|SEEK_CARE",
            "the waiting list has been hell, how long does physio usually take|NONE",
            "ive been feeling ill since the weekend, is it ok to skip practice|NONE",
            "what r the signs of an infection i should look out for?|NONE"
    })
    void theScreenHearsTextingWithoutApostrophes(String message, TriageLevel level) {
        assertThat(new SafetyScreen().screen(message).level()).isEqualTo(level);
    }
}
