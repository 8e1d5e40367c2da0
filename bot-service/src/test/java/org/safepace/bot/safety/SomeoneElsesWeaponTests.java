package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safepace.bot.meaning.TestEmbeddings;
import org.safepace.bot.text.TextNormaliser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * safe9 follow-up: "he held a knife to my throat" holds "a knife to my throat", which is also how a blade to one's
 * own throat is written, so it was read as the writer's own self-harm acted (a crisis-line reply about suicidal
 * thoughts). Someone else's weapon held against the writer's body is danger now from another person
 * ({@code crisis.txt [danger_now.others_weapon]}, {@code CrisisRules.ownActs}); her own blade stays self_harm.
 */
class SomeoneElsesWeaponTests {

    private static final SafetyContacts CONTACTS = new SafetyContacts("999", "NHS 111", "Samaritans on 116 123",
            "Rape Crisis on 0808 500 2222", "Refuge on 0808 2000 247", "Respect on 0808 802 4040");

    private final SafetyScreen screen = new SafetyScreen();
    private static SafetyScreen deployed;

    @BeforeAll
    static void loadBackstop() {
        deployed = new SafetyScreen(SemanticBackstop.load(texts -> TestEmbeddings.embedAll("semantic-backstop", texts)));
    }

    /** The screen as the service runs it: the rules, then the backstop on the message's vector. */
    private static SafetyDecision asDeployed(String message) {
        return deployed.screen(message, TestEmbeddings.embed(TextNormaliser.forEmbedding(message)));
    }
    private final SeekCareMessages messages = new SeekCareMessages(CONTACTS, null);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "he held a knife to my throat",
            "she held a knife to my throat and said i'd never leave",
            "my partner held the kitchen knife to my throat last night",
            "my ex put a blade against my neck when i tried to go",
            "my husband pressed the scissors to my face",
            "hes holding a knife to my neck rn pls help",
            "he grabbed me and held a knife to my throat",
            "what if he holds the knife to my throat again tonight",
            "my bf hld a knif to my throte, im shaking",
            "he put a kinfe to my neck n said dont move",
            "he had a gun against my head in the car"
    })
    void someoneElsesWeaponToMyBodyIsDangerNowNotSelfHarm(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.level()).as(message + " " + decision.ruleIds()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(decision.categories()).as(message + " " + decision.ruleIds()).contains("danger_now")
                .doesNotContain("self_harm");
        assertThat(messages.messageFor(decision)).as(message).startsWith("**Please call 999 now.**")
                .doesNotContain("Samaritans");
        SafetyDecision withBackstop = asDeployed(message);
        assertThat(withBackstop.categories()).as("as deployed: " + message + " " + withBackstop.ruleIds())
                .contains("danger_now").doesNotContain("self_harm");
        assertThat(messages.messageFor(withBackstop)).as(message).startsWith("**Please call 999 now.**")
                .doesNotContain("Samaritans");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "he pulled a knife on me",
            "my ex pulled a knife on me last week and i still cant sleep",
            "he threatened me with a knife",
            "my partner threatened me w a knife when i said no"
    })
    void aKnifePulledOrThreatenedIsDangerNow(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(decision.categories()).as(message).contains("danger_now").doesNotContain("self_harm");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "i held a knife to my wrist",
            "i held the knife to my wrist for ages last night",
            "i want to cut myself",
            "she held a knife to her wrist and i took it off her",
            "he found out i held a knife to my wrist"
    })
    void aBladeToTheWritersOwnOrHerOwnBodyStaysSelfHarm(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(decision.categories()).as(message + " " + decision.ruleIds()).contains("self_harm");
    }

    @Test
    void aPastWeaponHeldToMeIsAbuseAtSeekCareNotSelfHarmHistory() {
        SafetyDecision decision = screen.screen("my ex held a knife to my throat years ago, im safe now");
        assertThat(decision.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(decision.categories()).isEqualTo(List.of("abuse_or_coercion"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "i cut my finger with a knife making dinner",
            "i cut my finger w a knife making dinner lol",
            "i accidentally nicked my thumb on the bread knife",
            "he never held a knife to my throat, hes just moody"
    })
    void twinsAreQuiet(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.level()).as(message + " " + decision.ruleIds()).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "he cut my finger with a knife on purpose",
            "i cut my finger with a knife making dinner and hes screaming at me, im scared"
    })
    void aCookingCutDoesNotQuietAnotherPersonsKnifeOrFear(String message) {
        assertThat(screen.screen(message).level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
    }
}
