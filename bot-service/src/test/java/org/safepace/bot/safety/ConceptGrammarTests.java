package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The concept co-occurrence grammar (issue 11, safe4; {@code safety/lexicon/grammar.txt}, {@link ConceptGrammar}):
 * per category, a concept of one slot and a concept of another in one clause, a few words apart. Each pair is tested
 * with messages that are not dev-table rows (so the test says the class reaches new wording), in the third person,
 * misspelt, with an invisible character inside a word, and beside its twins: each slot alone, negated, hypothetical,
 * past, someone else's past, figurative.
 */
class ConceptGrammarTests {

    private final SafetyScreen screen = new SafetyScreen();

    private SafetyDecision screen(String message) {
        return screen.screen(message);
    }

    // --- self-harm: a wish, plan or readiness + an ending of oneself (crisis.self_harm.grammar, EMERGENCY) ---

    @ParameterizedTest
    @ValueSource(strings = {"honestly i'd love to just fall asleep and not wake up tomorrow",
        "i'm planning to finish everything with the tablets in the cupboard",
        "sometimes i think i should just be gone for good",
        "my wife says she wants to stop existing",
        "i just wanna disappear for good, nobody would even notice",
        "im so ready to stop being a burden to my family",
        "i keep thinking everyone would be better off and then free of me",
        "i wa\u200Bnt to just quietly fade away",
        "i thnk i should just be gone for good",
        "my girlfrend is so ready to not be around anymore"})
    void aWishAndAnEndingOfOneselfIsAnEmergency(String message) {
        SafetyDecision decision = screen(message);
        assertThat(decision.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(decision.categories()).as(message).contains("self_harm");
    }

    @Test
    void theGrammarNamesItsOwnRuleWhenNoPhraseOfTheFamilyMatched() {
        assertThat(screen("sometimes i think i should just be gone for good").ruleIds())
                .contains("crisis.self_harm.grammar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i want to finish the dilator course before christmas",
        "i'd love to fall asleep early tonight, i'm shattered",
        "i want the burning to be gone for good",
        "i'm ready to end it with my boyfriend, he's been awful",
        "i'm not planning to end it all, i'm just tired and sad",
        "i want to stop bothering everyone with my questions lol",
        "i used to want to not wake up, years ago, i'm in a good place now",
        "i want to disappear under a blanket with a film tonight"})
    void eitherSlotAloneNegatedPastOrEverydayIsQuiet(String message) {
        assertThat(screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    // --- self-harm prepared: a means + its setting (crisis.self_harm_means.grammar, EMERGENCY, acted) ---

    @ParameterizedTest
    @ValueSource(strings = {"he was sitting in the garage with the engine running when i got home",
        "i put a rope over the beam in the shed last night",
        "i sat in the car with the garage door shut and the motor on"})
    void aMeansInItsSettingIsAnEmergencyAsActedOn(String message) {
        SafetyDecision decision = screen(message);
        assertThat(decision.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(decision.ruleIds()).as(message).contains(CrisisRules.ACTED_RULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i left the engine running outside the shop", "the car's exhaust is rattling again",
        "we keep the bikes in the garage", "i wore my new necklace round my neck to physio"})
    void aMeansOrASettingAloneIsQuiet(String message) {
        assertThat(screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    // --- coercion: a partner's lever + her no or her giving in (crisis.abuse_or_coercion.grammar, SEEK_CARE) ---

    @ParameterizedTest
    @ValueSource(strings = {"my husband stops talking to me for days until i say yes",
        "he calls me useless and frigid if i say no to him",
        "my boyfriend says he'll tell everyone at work if i keep refusing",
        "my husband says a good wife never refuses him and i just lie there and let him",
        "hubby sulks till i give in",
        "my wife shouts until i go along with it"})
    void aPartnersLeverAndHerNoIsCoercion(String message) {
        SafetyDecision decision = screen(message);
        assertThat(decision.level()).as(message).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(decision.categories()).as(message).contains("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my husband sulks when his football team loses lol",
        "he never sulks when i say no, he just gives me a hug",
        "my ex used to go quiet for days until i gave in, we split up years ago and my new partner is lovely",
        "i say no to dessert every time"})
    void aLeverOrANoAloneNegatedOrPastIsQuiet(String message) {
        assertThat(screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    // --- sexual assault: unable to consent + an act; a partner going on + her no (SEEK_CARE) ---

    @ParameterizedTest
    @ValueSource(strings = {"he waits until i'm asleep and then does things, i wake up sore",
        "my bf keeps pushing it in even when i tell him it hurts",
        "i was passed out at his place and he had sex with me"})
    void unableToConsentOrGoingOnThroughANoIsAssault(String message) {
        SafetyDecision decision = screen(message);
        assertThat(decision.level().compareTo(TriageLevel.SEEK_CARE)).as(message).isGreaterThanOrEqualTo(0);
        assertThat(decision.categories()).as(message).contains("sexual_assault");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i fell asleep on the sofa and he did the washing up",
        "he was asleep when i did my dilator practice",
        "she keeps trying new lubes even though i think the first one was fine"})
    void sleepOrPushingAloneIsQuiet(String message) {
        assertThat(screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @Test
    void beingToldYoullGetUsedToItIsNotHistory() {
        // "used to" after "get" is not the past ("i'll get used to it"): the assault stays recent, not past-and-safe.
        SafetyDecision decision = screen("she keeps pushing it in even though i say stop, she says i'll get used to it");
        assertThat(decision.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(decision.categories()).contains("sexual_assault");
    }

    // --- severe pain: an intensity in plain words + what it stops (pain.severe.grammar, SEEK_CARE) ---

    @ParameterizedTest
    @ValueSource(strings = {"it's the worst it has ever been and i can't lie still",
        "the burning is so bad i can barely move",
        "she's sobbing on the floor, every step hurts",
        "it's unreal, i've been throwing up"})
    void anIntensityAndWhatItStopsIsSeverePain(String message) {
        SafetyDecision decision = screen(message);
        assertThat(decision.level().compareTo(TriageLevel.SEEK_CARE)).as(message).isGreaterThanOrEqualTo(0);
        assertThat(decision.categories()).as(message).contains("severe_pain");
    }

    @Test
    void withASuddenOnsetItIsAnEmergency() {
        SafetyDecision decision = screen("honestly the worst it's ever been, i can't lie still, it came on suddenly");
        assertThat(decision.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(decision.categories()).contains("sudden_severe_pain", "severe_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i can't sit still before physio, i'm so nervous", "i can't stand seeing her upset",
        "it hurts so much to see her cry", "this waiting list is so bad, i can't sleep for worry",
        "i can't sleep when it's so hot"})
    void everydayWordsOfIntensityAndInabilityAreQuiet(String message) {
        assertThat(screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    // --- danger now: a weapon handled + aimed at the writer or tied to her no (crisis.danger_now.grammar) ---

    @ParameterizedTest
    @ValueSource(strings = {"my husband swung a bat at the door beside my head when i refused",
        "he keeps a gun in the drawer and says it's for me if i ever leave",
        "my gf held the scissors near my face and said next time i'd regret it",
        "he brandished a screwdriver at me, i'm hiding at my sister's"})
    void aWeaponHandledAgainstTheWriterIsAnEmergency(String message) {
        SafetyDecision decision = screen(message);
        assertThat(decision.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(decision.categories()).as(message).contains("danger_now");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he keeps his fishing knife in the garage, can we practise in the spare room instead",
        "he would never point a gun at me, he hates them",
        "years ago my ex swung a bat at me, i'm safe now and it's all in the past",
        "my physio held the model pelvis in front of me and it made sense"})
    void aWeaponAloneNegatedOrPastIsQuiet(String message) {
        assertThat(screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    // --- a question about people in general (quiet), not asked by someone speaking of themselves ---

    @Test
    void aGeneralQuestionAboutOtherPeopleIsQuietUnlessTheWriterSpeaksOfThemselves() {
        assertThat(screen("do people who feel like a burden tend to be suicidal?").level()).isEqualTo(TriageLevel.NONE);
        assertThat(screen("what are the warning signs that someone is suicidal?").level())
                .isEqualTo(TriageLevel.NONE);
        assertThat(screen("i feel like a burden, are people who feel this way suicidal?").level())
                .isEqualTo(TriageLevel.EMERGENCY);
        assertThat(screen("my wife is suicidal, what do people who help do?").level())
                .isEqualTo(TriageLevel.EMERGENCY);
    }
}
