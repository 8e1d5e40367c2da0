package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spanish, Portuguese and French crisis and heavy-bleeding phrases (safety/lexicon/es.txt, pt.txt, fr.txt). */
class OtherLanguageRulesTests {

    private final SafetyScreen screen = new SafetyScreen();

    @ParameterizedTest
    @ValueSource(strings = {"quiero morir", "me quiero morir", "estoy pensando en suicidarme",
            "no quiero seguir viviendo", "quiero quitarme la vida", "quero morrer", "quero me matar",
            "não quero mais viver", "estou pensando em me matar", "je veux mourir", "j'ai envie de me suicider",
            "je ne veux plus vivre", "j'ai pensé à me suicider"})
    void crisisPhrasesAreEmergencies(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(decision.categories()).contains("self_harm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"estoy sangrando mucho", "no para de sangrar", "tengo una hemorragia", "mucha sangre",
            "estou sangrando muito", "não para de sangrar", "muito sangue", "je saigne beaucoup",
            "ça n'arrête pas de saigner", "une hémorragie", "beaucoup de sang"})
    void heavyBleedingPhrasesAreEmergencies(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(decision.categories()).contains("heavy_bleeding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no quiero morir", "não quero morrer", "je ne veux pas mourir",
            "hola, ¿cómo empiezo con los dilatadores?", "bonjour, comment ça marche ?", "olá, tudo bem?",
            "no hay sangre", "il n'y a pas de sang"})
    void negatedAndEverydayPhrasesStayQuiet(String message) {
        assertThat(screen.screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }
}
