package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The phrase families (issue 11, 2026-12-02) added to the lexicons for self-harm without the usual
 * words, coercion described as what is done, severe pain shown by what it does, and three false-alarm families (a
 * figurative fever, "long gone", a general question whether a practice raises a risk). Each family with its own
 * messages (not the dev table's rows): third person, texting without apostrophes, an invisible character inside a
 * word, and the twin that must stay quiet. Misspelt words of these families ("funral", "lockd") are not corrected:
 * {@link Spelling} only corrects its key words (a misspelt "painfull" is, below).
 */
class RedFlagsInPlainWordsTests {

    private final SafetyScreen screen = new SafetyScreen();

    private SafetyDecision screen(String message) {
        return screen.screen(message);
    }

    // --- self-harm and suicidal thoughts without the usual words (EMERGENCY) ---

    @ParameterizedTest
    @ValueSource(strings = {"they won't have to deal with me for much longer",
        "my husband keeps saying i won't have to look after him much longer",
        "you won't have to put up with me much lo\u200Bnger",
        "no point making plans for after next week",
        "i keep imagining my own funeral and it feels peaceful",
        "i honestly dont care what happens to me anymore",
        "i wouldn't mind if a bus hit me on the way home",
        "i was driving way too fast hoping something would happen",
        "i look down from the multi-storey car park and think it would be quick",
        "how long does it take to bleed out from a wrist",
        "what's a lethal dose of sertraline",
        "the pills i'd lined up are still in the drawer",
        "my wife was tying a belt round her neck in the bathroom",
        "he had a knife against his wrist when i came home",
        "i punched the d\u00ADoor until my knuckles bled"})
    void selfHarmSaidWithoutTheUsualWordsIsAnEmergency(String message) {
        SafetyDecision decision = screen(message);
        assertThat(decision.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(decision.categories()).as(message).contains("self_harm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i'm not thinking about my funeral, just my wedding plans",
        "there's no point booking physio until after christmas because the clinic is shut",
        "i planned my nan's funeral last year and it was stressful",
        "i don't care what happens to the old dilators, can i bin them?",
        "i wouldn't mind if the bus was late tomorrow",
        "it's a lethal dose of cuteness, our puppy",
        "i tied a belt round my dressing gown",
        "i punched the air when the dilator went in",
        "i used to picture my funeral a lot at school, therapy helped and i'm in a good place"})
    void theirEverydayTwinsAreQuiet(String message) {
        assertThat(screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    // --- coercion and control described as what is done (SEEK_CARE at least) ---

    @ParameterizedTest
    @ValueSource(strings = {"he made me hand over my passwords so he can read everything",
        "she makes me give her my bank card every friday",
        "my boyfriend told my mum i'm lying about the pain",
        "he says nobody would ever believe me",
        "she filmed us even though i told her not to",
        "he'll send the video to my family if i tell anyone",
        "i'm not allowed to see the gp unless he comes in with me",
        "he answers for me at every appointment",
        "he locked me i\u200Dn the bathroom"})
    void coercionDescribedAsWhatIsDoneGetsCare(String message) {
        SafetyDecision decision = screen(message);
        assertThat(decision.level()).as(message).isGreaterThanOrEqualTo(TriageLevel.SEEK_CARE);
        assertThat(decision.categories()).as(message).contains("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he makes me hand over the remote lol",
        "he says nobody would believe how brave i was at the exam",
        "i locked myself out of the house",
        "the physio filmed my pelvic floor on ultrasound with my consent",
        "i'm not allowed to drive after the procedure unless someone comes with me"})
    void coercionLookAlikesAreQuiet(String message) {
        assertThat(screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i pushed in when she was flinching and didn't stop",
        "she kept saying wait and i didn't stop"})
    void aPartnerWhoWentOnThroughHerSignsGetsTheirOwnReply(String message) {
        assertThat(screen(message).categories()).as(message).contains("partner_used_force");
    }

    // --- severe pain shown by what it does, how it compares, how long, with sickness (SEEK_CARE at least) ---

    @ParameterizedTest
    @ValueSource(strings = {"this hurts more than labour did",
        "it hurts more than my kidney stone did",
        "it's more painfull than childbirth honestly",
        "its more painful than labour, im crying every time i move",
        "she cries every time she sits since the exam",
        "i had to crawl to the toilet this morning",
        "can't sit on a chair since the smear yesterday",
        "can't sit or lie down, it's awful",
        "paracetamol isn't touching it",
        "the painkillers do nothing",
        "the pain keeps waking me up",
        "i couldn't sleep from the pain",
        "i threw up from the pain",
        "the pain made me sick",
        "shaking from the pain",
        "the pain wo\u200Bke me up"})
    void severePainWithoutTheUsualWordsGetsCare(String message) {
        SafetyDecision decision = screen(message);
        assertThat(decision.level()).as(message).isGreaterThanOrEqualTo(TriageLevel.SEEK_CARE);
        assertThat(decision.categories()).as(message).contains("severe_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"will it hurt more than labour?",
        "i can't get up the stairs fast, i'm unfit lol",
        "the pain doesn't wake me up anymore",
        "the painkillers help a lot",
        "i wouldn't say it hurts more than a smear",
        "my son can't sit still on a chair",
        "my son can't sit on a chair for five minutes, he's so hyper"})
    void painLookAlikesAreQuiet(String message) {
        assertThat(screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    // --- false alarms: a fever as a figure of speech, an ending said as "long gone", a general risk question ---

    @ParameterizedTest
    @ValueSource(strings = {"we've got cabin fever stuck at home in the snow",
        "baby fever is real, we want a baby so much",
        "we had a fever of excitement when the bigger size went in",
        "the covid fever is long gone",
        "does using a dilator increase the risk of infection?"})
    void figurativeFeversEndingsAndGeneralQuestionsAreQuiet(String message) {
        assertThat(screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i have a fever and it's getting worse",
        "i have a high fever of 39",
        "my baby fever is gone, now i have an actual fever of 38.5"})
    void aRealFeverStaysRaised(String message) {
        assertThat(screen(message).categories()).as(message).contains("fever");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my wife keeps saying you won't have to deal with me much longer and she's gone weirdly calm",
        "she's gone quiet since the bleeding started"})
    void goneQuietOrCalmIsAChangeInSomeoneNotAnEnding(String message) {
        assertThat(screen(message).level()).as(message).isGreaterThanOrEqualTo(TriageLevel.SEEK_CARE);
    }

    // --- batch 3 families: pills gathered from several shops, papers shown "for when i'm gone", pain like a blow ---

    @ParameterizedTest
    @ValueSource(strings = {"i've been getting paracetamol from different chemists so nobody asks",
        "she's been buying tablets in lots of shops",
        "i showed him where my passwords are for when i'm gone",
        "i keep telling my mum where all my important papers are, for when the time comes"})
    void meansGatheredOrAffairsPutInOrderAreAnEmergency(String message) {
        assertThat(screen(message).categories()).as(message).contains("self_harm");
        assertThat(screen(message).level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the shop didn't ask any questions when i bought paracetamol for my cold",
        "my will is at the solicitor's, we'll sort the rest when the time comes",
        "i showed my husband where the passwords are in case my phone breaks"})
    void everydayPillsAndPapersAreQuiet(String message) {
        assertThat(screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"like being punched down there every time i move",
        "my wife says it's like being electrocuted inside"})
    void painLikeABlowGetsCare(String message) {
        assertThat(screen(message).categories()).as(message).contains("severe_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my temp is 37.4 so i'm fine right?", "temp of 37 this morning, normal"})
    void aNormalTemperatureSaidAsANumberIsQuiet(String message) {
        assertThat(screen(message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"her temp is 38.6 and she's shivering", "my temperature was 101 last night and still is"})
    void aFeverSaidAsANumberStaysRaised(String message) {
        assertThat(screen(message).categories()).as(message).contains("fever");
    }
}
