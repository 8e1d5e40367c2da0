package org.safepace.bot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "Hola, ¿cómo puedo empezar con los dilatadores?", "No quiero seguir viviendo, ya no aguanto más",
            "Olá, quanto tempo demora o tratamento?", "estou sangrando muito e não para",
            "Bonjour, est-ce que le vaginisme se soigne ?", "je veux mourir, je n'en peux plus",
            "Ich will nicht mehr leben", "wie lange dauert die Behandlung normalerweise?",
            "ciao, sono molto preoccupata", "у меня сильное кровотечение", "我很痛"})
    void otherLanguagesAreNotEnglish(String message) {
        assertThat(Language.notEnglish(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I want to die", "how long should I hold the dilator", "my husband says no pasa nada but it hurts",
            "merci for the help, how do I start?", "is la lube ok", "ok", "the e-book says to go slow",
            "She's from Spain and we're not sure what to do", "bleeding", "🙂🙂", "12/10 pain"})
    void englishIncludingAForeignWordOrTwoIsEnglish(String message) {
        assertThat(Language.notEnglish(message)).isFalse();
    }
}
