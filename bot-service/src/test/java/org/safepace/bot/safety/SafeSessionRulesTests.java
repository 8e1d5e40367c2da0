package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepace.bot.safety.RuleTesting.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session "safe" (issue 11): each new rule behaviour case by case, with the twin that proves where it stops. The
 * messages here are our own, not the dev table's rows.
 */
class SafeSessionRulesTests {

    private final CrisisRules crisis = new CrisisRules();
    private final PainRules pain = new PainRules();
    private final FeverInfectionRules fever = new FeverInfectionRules();
    private final SafetyScreen screen = new SafetyScreen();

    // --- coercion in plain words ---

    @ParameterizedTest
    @ValueSource(strings = {"she yells at me till i give in", "he argues until i say yes",
        "refusing just makes the whole weekend hell", "i let him so he stops being angry",
        "he keeps telling me that i owe him", "do it or he will send me back home",
        "he says no one else would ever put up with me", "so i have to do whatever he wants",
        "he stops giving me money whenever i say no"})
    void coercionInPlainWordsIsSeekCare(String message) {
        Finding finding = evaluate(crisis, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).as(message).containsExactly("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he says i owe him a pint after the match", "he shouts at the telly until the match ends",
        "i let him help with the dilator so he stops worrying", "she sent me back to the shop for more lube"})
    void everydayTwinsOfThoseWordsAreNotCoercion(String message) {
        assertThat(evaluate(crisis, message).categories()).as(message).doesNotContain("abuse_or_coercion");
    }

    // --- a past assault told in a roundabout way ---

    @ParameterizedTest
    @ValueSource(strings = {"something happened at a party that i never agreed to, it was years ago and i'm safe now",
        "my first time was not my choice, that was a long time ago",
        "when i was little an uncle touched me, i have a counsellor now",
        "years ago i woke up with him on top of me, i'm safe now",
        "my wife was hurt sexually when she was a teenager, it's in the past",
        "what that guy did to me at 16 still affects me but he's long gone"})
    void aRoundaboutPastAssaultWithSafetyNowGetsThePastGuidance(String message) {
        Finding finding = evaluate(crisis, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.ROUTINE);
        assertThat(finding.categories()).as(message).containsExactly("past_sexual_assault");
    }

    @Test
    void theSameWordsRecentAreTheAcuteAssaultPathway() {
        Finding finding = evaluate(crisis, "last night something happened with a guy that i never agreed to");
        assertThat(finding.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).containsExactly("sexual_assault");
    }

    @ParameterizedTest
    @ValueSource(strings = {"something happened at work that i never agreed to, my shifts changed",
        "the dilator size was not my choice, the physio picked it"})
    void choiceAndAgreementTalkWithoutAnAssaultStaysQuiet(String message) {
        assertThat(evaluate(crisis, message).categories()).as(message)
                .doesNotContain("past_sexual_assault", "sexual_assault");
    }

    // --- self-harm described indirectly; past self-harm with recovery ---

    @ParameterizedTest
    @ValueSource(strings = {"i hide a blade under my mattress", "i keep making cuts on my arms",
        "she scratches her legs until they bleed", "i pinch myself hard every time i fail",
        "i sat in the bath thinking about slipping under and not coming back up"})
    void indirectSelfHarmIsAnEmergency(String message) {
        Finding finding = evaluate(crisis, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(finding.categories()).as(message).contains("self_harm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i scratch my arm when it itches", "i hit myself on the cupboard door this morning",
        "i keep a spare blade for the craft knife in the drawer"})
    void everydayTwinsOfSelfHarmWordsAreNotSelfHarm(String message) {
        assertThat(evaluate(crisis, message).categories()).as(message).doesNotContain("self_harm");
    }

    @Test
    void pastSelfHarmWithRecoveryAndSupportNowRaisesNothingButWithoutItKeepsTheSupportLine() {
        assertThat(evaluate(crisis, "i self-harmed years ago but i've been well for a long time and see a counsellor")
                .categories()).doesNotContain("self_harm");
        assertThat(evaluate(crisis, "years ago i overdosed, i'm in a good place now").categories())
                .doesNotContain("self_harm");
        // the twin without recovery: the support line stays
        assertThat(evaluate(crisis, "years ago i overdosed").ruleIds()).containsExactly("crisis.self_harm_history");
        // recovery words never quiet a current thought
        assertThat(evaluate(crisis, "i've been well for years but i want to kill myself again").level())
                .isEqualTo(TriageLevel.EMERGENCY);
    }

    // --- danger words used figuratively ---

    @ParameterizedTest
    @ValueSource(strings = {"i'm in danger of failing my driving test", "mum is going to kill me when she sees the bill lol",
        "he'll murder me if i'm late again haha"})
    void figurativeDangerWordsAreNotDangerNow(String message) {
        assertThat(evaluate(crisis, message).categories()).as(message).doesNotContain("danger_now");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i'm in danger of being hurt when he gets home", "he's going to kill me lol i'm so scared",
        "he said he'll kill me if i leave haha he has a knife", "he's going to kill me", "i'm in danger"})
    void aLaughDoesNotQuietARealThreat(String message) {
        Finding finding = evaluate(crisis, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(finding.categories()).as(message).contains("danger_now");
    }

    // --- severe or sudden pain told by what the person does ---

    @ParameterizedTest
    @ValueSource(strings = {"out of the blue she's on the bathroom floor gripping her tummy and sobbing",
        "it came out of nothing and now i'm on my knees", "i can't get up off the floor, the cramps are unreal",
        "it felt like something ripped inside and i can't straighten up"})
    void suddenOrDisablingPainShownNotNamedIsAnEmergency(String message) {
        Finding finding = evaluate(pain, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(finding.categories()).as(message).contains("sudden_severe_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the ache during practice, never had it this bad", "the cramps took my breath away"})
    void painComparedWithEverythingBeforeIsSevere(String message) {
        Finding finding = evaluate(pain, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).as(message).containsExactly("severe_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i do my breathing exercises on the floor", "out of nowhere i got the dilator in, so happy",
        "i'm on my knees with the dilator, is that a good position", "the tiredness hit me like a truck",
        "all of a sudden the dilator rolled onto the floor and i laughed"})
    void beingOnTheFloorOrASuddenMomentAloneIsNotPain(String message) {
        assertThat(evaluate(pain, message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    // --- fever and infection talk that is not the writer's own ---

    @Test
    void aComparisonQuestionOrAnEndedFeverIsQuietButACurrentOneIsNot() {
        assertThat(evaluate(fever, "is being sweaty after practice the same as a fever?").level())
                .isEqualTo(TriageLevel.NONE);
        assertThat(evaluate(fever, "i had a temperature on friday but it's gone and i feel normal now").level()).isEqualTo(TriageLevel.NONE);
        assertThat(evaluate(fever, "i had a temperature on friday and it's gone up today").level())
                .isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(evaluate(fever, "i've got a fever").level()).isEqualTo(TriageLevel.SEEK_CARE);
    }

    @Test
    void someoneExplainingHowAnInfectionWorksIsQuietButTheWritersOwnIsNot() {
        assertThat(evaluate(fever, "my sister explained how thrush works").level()).isEqualTo(TriageLevel.NONE);
        assertThat(evaluate(fever, "my sister explained that i probably have thrush").level())
                .isEqualTo(TriageLevel.SEEK_CARE);
    }

    @Test
    void invisibleCharactersChangeNoneOfIt() {
        assertThat(screen.screen("i hi\u200Bde a bla\u00ADde under my mattress").level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(screen.screen("he'll mur\u200Dder me if i'm late again haha").level()).isEqualTo(TriageLevel.NONE);
    }
}
