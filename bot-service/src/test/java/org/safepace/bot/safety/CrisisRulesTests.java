package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepace.bot.safety.RuleTesting.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisRulesTests {

    private final CrisisRules rules = new CrisisRules();

    @ParameterizedTest
    @ValueSource(strings = {"I want to end it all", "I've had suicidal thoughts", "I want to kill myself",
        "what if I just ended it all", "I don't want to be alive", "I've been self-harming", "sucidal again",
        // a worry about injury quiets only its own words, and only with going too fast in the same sentence
        "she's been so low lately and i'm worried she'll hurt herself",
        "she wants to rush it and says she'd be better off dead, i'm worried she'll hurt herself",
        "i want to rush it and i'm scared i'll hurt myself"})
    void thoughtsOfSuicideOrSelfHarmAreAnEmergencyEvenAsAWhatIf(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(finding.categories()).containsExactly("self_harm");
    }

    @Test
    void pastSelfHarmKeepsTheSupportLineWithoutAnEmergency() {
        Finding finding = evaluate(rules, "I used to self-harm as a teenager");
        assertThat(finding.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.ruleIds()).containsExactly("crisis.self_harm_history");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm not suicidal", "I would never hurt myself", "I'll end it there for today",
        "I'm ending things with my ex", "I could die of embarrassment", "I hurt myself with the dilator edge",
        "she wants to go faster than the plan and i'm worried she'll hurt herself"})
    void negatedOrEverydayPhrasesAreNotSelfHarm(String message) {
        assertThat(evaluate(rules, message).categories()).doesNotContain("self_harm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm in danger right now", "he's going to kill me", "I'm scared for my life"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(evaluate(rules, message).categories()).contains("danger_now");
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I was raped", "I was raped last night", "he didn't stop when I said no",
        "it was without my consent", "I was sexually assaulted", "I woke up and he was having sex with me",
        "I said no but he carried on", "I was really drunk at a party and a guy had sex with me",
        "I was raped years ago and it happened again last weekend",
        // a sentence ending in "he didn't." before more text (the phrase's <end> once only matched the message's end)
        "I said no but he didn't. Now I'm scared", "I told him to stop and he wouldn't. I feel sick"})
    void recentOrUndatedSexualAssaultIsSeekCare(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).containsExactly("sexual_assault");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I was raped years ago", "I was sexually abused as a child, I'm safe now",
        "a man forced me at university, I see a counsellor now"})
    void pastAssaultWithSafetyNowGetsGentleGuidanceNotTheAcuteScript(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(finding.categories()).containsExactly("past_sexual_assault");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my husband forces me to have sex", "he hits me", "she threatens me",
        "he says he'll leave me if I don't have sex", "I'm scared of my boyfriend", "I don't feel safe at home",
        "my partner pressures me into sex", "he holds me still when i try to pull away", "he held my wrists"})
    void abuseOrCoercionIsSeekCare(String message) {
        assertThat(evaluate(rules, message).categories()).containsExactly("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he doesn't force me", "my partner never pressures me", "she pushes me away when I try to cuddle",
        "she pushes the dilator in slowly", "I forced the dilator in", "is vaginismus caused by rape?",
        "i cried after we tried and he just held me", "she cried after a session and i didn't know what to do"})
    void negatedSelfDirectedOrEducationalIsNotAbuse(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.NONE);
    }

    // Session 5 (issue 11): shapes the lexicon did not know, each beside a twin that must stay quiet.

    @ParameterizedTest
    @ValueSource(strings = {"he went quiet and then asked me to stop, but i carried on",
        "my boyfriend was fast asleep and i started anyway", "she didn't say stop so i just kept going",
        "i held on to him until it was over", "my wife kept pulling away but i kept going"})
    void aPartnerAdmittingForceInOtherWordsGetsTheirOwnReply(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).as(message).containsExactly("partner_used_force");
    }

    @ParameterizedTest
    @ValueSource(strings = {"she said sorry and asked me to stop so i stopped straight away",
        "my wife was asleep so i started the washing up", "i was drunk and i tried the dilator anyway",
        "i held her until she stopped crying", "my wife kept pulling away so we stopped and talked"})
    void stoppingOrTheWritersOwnStateIsNotForce(String message) {
        assertThat(evaluate(rules, message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"when i woke up he was on top of me", "i said it hurt but he held my legs and kept going",
        "i was too drunk to walk after the work party and my manager drove me home and slept with me",
        "woke up in his bed with my clothes off, i can't remember how i got there"})
    void assaultWhileAsleepDrunkOrHeldIsSeekCare(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).as(message).contains("sexual_assault");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i woke up and my dilator was still inside me lol",
        "i was too drunk to walk after my birthday so my husband carried me to bed",
        "i said it hurt and he held my hand and we stopped"})
    void wakingDrunkOrHeldWithoutSexIsNotAssault(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).doesNotContain("sexual_assault");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i say yes just so he stops sulking", "he pesters me for days until i finally give in",
        "she told me i'm not a real man if i can't do it"})
    void beingWornDownOrDegradedIsCoercion(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).containsExactly("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i kept putting off the exercises until i gave in and booked the physio",
        "i don't feel like a real woman sometimes", "he says yes so she stops worrying"})
    void givingInToOneselfOrAFeelingIsNotCoercion(String message) {
        assertThat(evaluate(rules, message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"he says he'll take the kids if i keep refusing him", "he won't let me rest until we've tried",
        "she won't let me sleep until i say yes"})
    void aThreatToTakeTheChildrenOrSleepKeptFromHerIsCoercion(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).containsExactly("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he'll take the kids to school so i can rest", "the baby won't let me sleep until 5am lol"})
    void theSchoolRunAndABabyAreNotCoercion(String message) {
        assertThat(evaluate(rules, message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"he had sex with me on friday while i was sobbing", "she slept with me, and i didn't want to",
        "i said no, he just kept going", "at the club a man did stuff i didn't want"})
    void theActWhileSheCriedOrThenINeverWantedItIsAssault(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).contains("sexual_assault");
    }

    @ParameterizedTest
    @ValueSource(strings = {"we cuddled while i was crying", "i was crying, he didn't stop hugging me"})
    void comfortWhileSheCriedIsNotAssault(String message) {
        assertThat(evaluate(rules, message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @Test
    void pushingHarderThanHeShouldHaveIsForceButNotTheDilator() {
        assertThat(evaluate(rules, "when she tensed i pushed harder than i should have").categories())
                .containsExactly("partner_used_force");
        assertThat(evaluate(rules, "i pushed the dilator harder than i should have").level()).isEqualTo(TriageLevel.NONE);
    }

    @Test
    void aThreatToBreakTheDoorDownIsDangerNow() {
        assertThat(evaluate(rules, "he's screaming that he's going to kick the door in").categories()).contains("danger_now");
    }

    @Test
    void smashingThingsWhileDrunkIsDangerNow() {
        Finding finding = evaluate(rules, "help he's drunk and throwing things");
        assertThat(finding.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(finding.categories()).contains("danger_now");
    }

    @Test
    void easierForTheOthersIfIWereGoneIsACrisisButNotWhenItIsAboutAnAppointment() {
        assertThat(evaluate(rules, "it would be so much easier for my husband if i was gone").categories())
                .containsExactly("self_harm");
        assertThat(evaluate(rules, "it would be easier for him if i wasn't around when he's working").level())
                .isEqualTo(TriageLevel.NONE);
    }

    @Test
    void crisisAdviceCarriesTheConfiguredSupportLines() {
        SafetyContacts contacts = new SafetyContacts("112", "116 117", "CRISIS-LINE", "ASSAULT-LINE", "ABUSE-LINE", "HARMED-PARTNER-LINE");
        assertThat(rules.advice("self_harm", TriageLevel.EMERGENCY, contacts)).get().asString().contains("CRISIS-LINE");
        assertThat(rules.advice("sexual_assault", TriageLevel.SEEK_CARE, contacts)).get().asString()
                .contains("ASSAULT-LINE");
        assertThat(rules.advice("abuse_or_coercion", TriageLevel.SEEK_CARE, contacts)).get().asString()
                .contains("ABUSE-LINE").contains("112");
    }

    @Test
    void aNegationEndsAtACommaBeforeANewSubject() {
        // "wouldn't" belongs to the first statement; after the comma "he did stuff i didn't want" is an assault.
        assertThat(evaluate(rules, "at the party he wouldnt let me leave, he did stuff i didnt want").categories())
                .contains("sexual_assault");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i don't think he hurt me", "no, he didn't force me, he stopped as soon as i asked",
        "we didn't have sex, he held me while i cried"})
    void aNegationStillReachesItsOwnStatement(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.NONE);
    }

    // smind (session 6): shapes the crisis vocabulary lacked

    @ParameterizedTest
    @ValueSource(strings = {"honestly i just want it all to stop, like permanently", "i wish everything would end, for good",
        "i think is better i am not exist", "i started a list of who gets my things", "ive made my peace now",
        "i wont be around to see the new year", "i cant do this life thing anymore", "i just want to sleep forever",
        "searching for painless ways to go", "i keep thinking about ending my own life", "better off in the ground",
        "my sister says shes going to take all her sleeping pills"})
    void suicidalThoughtsSaidPlainlyAreAnEmergency(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(finding.categories()).as(message).containsExactly("self_harm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i want it all to stop hurting so we can enjoy sex", "ive made my peace with not having kids",
        "i wont be around for the appointment, im on holiday", "i could sleep forever after this week",
        "is there a painless way to go up a size?"})
    void theirEverydayTwinsAreNot(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).doesNotContain("self_harm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he wont let me say no", "my boyfriend doesn't let me stop once we've started",
        "i dont feel like im allowed to say no to him", "he says hes owed it after everything",
        "he controls all the money", "i only get my allowance if we have sex",
        "hell find someone who can if i dont let him",
        "she makes me feel so guilty for not having sex that i just do it",
        "i only say yes bc i know what hes like when hes angry"})
    void theObjectOfWontLetMeAndOtherPlainCoercionIsSeekCare(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).as(message).containsExactly("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he wont let me stop blaming myself, he says it isn't my fault",
        "she wont let me give up on the exercises, shes so supportive", "i feel allowed to say no now, he is lovely"})
    void encouragementIsNotCoercion(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).doesNotContain("abuse_or_coercion");
    }

    @Test
    void frozenAndLetItHappenOrDrunkWithNoMemoryOfHisRoomIsAssault() {
        for (String message : new String[] {"i froze and just let it happen on friday",
            "i was so drunk last night i dont remember how i ended up in his room"}) {
            assertThat(evaluate(rules, message).categories()).as(message).containsExactly("sexual_assault");
        }
        assertThat(evaluate(rules, "i breathed out and let it happen, the dilator went in!").categories()).isEmpty();
    }

    @Test
    void finishingAnywayWhileSheCriedIsThePartnersOwnForce() {
        for (String message : new String[] {"she was crying but i finished anyway",
            "i didnt listen to her when she said it hurt", "she kept asking me to stop and i didnt"}) {
            assertThat(evaluate(rules, message).categories()).as(message).containsExactly("partner_used_force");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"the kids would cope fine without me", "i want to fall asleep and not come back",
        "i dont think ill still be here by spring", "if i got hit by a bus id be relieved", "i am thinking to kill me",
        "i want to just not be anymore", "going to drink it with all my tablets"})
    void batchTwoCrisisShapesAreAnEmergency(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(finding.categories()).as(message).containsExactly("self_harm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my husband would cope fine without me for the weekend", "he never takes no badly, we just cuddle",
        "i fell asleep and didnt come back to the exercises till monday"})
    void batchTwoEverydayTwinsAreQuiet(String message) {
        assertThat(evaluate(rules, message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @Test
    void aCondomTakenOffWithoutAskingIsAssaultOrTheWritersOwnForce() {
        assertThat(evaluate(rules, "he took the condom off without telling me").categories())
                .containsExactly("sexual_assault");
        assertThat(evaluate(rules, "i took the condom off without asking her").categories())
                .containsExactly("partner_used_force");
    }

    @Test
    void violenceJustDoneOrHappeningToSomeoneNowIsDangerNow() {
        assertThat(evaluate(rules, "he just threw me against the wall").categories()).contains("danger_now");
        assertThat(evaluate(rules, "he is hitting my mum in the kitchen right now").categories()).contains("danger_now");
    }

    @Test
    void someoneElsesPartnerControllingOrForcingThemNowIsSeekCareButTheirHistoryIsNot() {
        for (String message : new String[] {"my sister says her husband checks her phone every night",
            "my best friend told me her boyfriend forces her to have sex", "my daughters boyfriend wont let her go out"}) {
            assertThat(evaluate(rules, message).categories()).as(message).containsExactly("abuse_or_coercion");
        }
        for (String message : new String[] {"my sister says her ex used to check her phone, she left him years ago",
            "my friends husband makes her laugh so much", "his girlfriend takes her phone everywhere",
            "my sisters husband checks his phone all through dinner"}) {
            assertThat(evaluate(rules, message).categories()).as(message).doesNotContain("abuse_or_coercion");
        }
    }

    // scoer (session 6): coercion through contraception, money, isolation, faith and the children; history told as age
    @ParameterizedTest
    @ValueSource(strings = {"he hides my pill packet so i cant take it", "he poked holes in the condoms",
        "she won't let me go on the pill", "he keeps my wages", "he deleted my friends off my phone",
        "he stopped me seeing my family", "i'm only allowed to text his mum", "he reads all my messages before i send them",
        "he says a wife must never refuse", "his family say a wife must give herself whenever her husband wants",
        "she says she will post the photos online if i leave", "he hides the keys when i say no",
        "he says sex is the price of a quiet life", "he says i'll never see the kids again if i keep saying no"})
    void coercionByControlIsSeekCare(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).containsExactly("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"we decided together to stop the pill", "he hides my presents every christmas",
        "covid stopped me seeing my friends", "he reads my essays before i send them to my tutor",
        "a wife must be so patient with builders lol", "i'm not allowed to drive for a week after the op"})
    void everydayControlWordsAreNotCoercion(String message) {
        assertThat(evaluate(rules, message).categories()).doesNotContain("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i keep standing at the bridge thinking about it", "i want only to sleep and not open my eyes again",
        "they would all be fine if i just stopped being around", "i looked up how many of my sertraline it would take"})
    void indirectSuicidalThoughtsAreAnEmergency(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i hope i don't wake up with cramps again", "i stood on the bridge to take photos of the river",
        "if i stopped being around him so much we'd argue less"})
    void everydayNearMissesAreNotSelfHarm(String message) {
        assertThat(evaluate(rules, message).categories()).doesNotContain("self_harm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my ex raped me when i was seventeen, i'm 30 now and safe",
        "a guy at a party didn't stop, it was years ago and i'm safe now",
        "i was abused by my stepdad growing up, i'm safe now"})
    void pastAssaultToldAsHistoryIsNotTheAcuteScript(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(finding.categories()).containsExactly("past_sexual_assault");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he refuses to wear a condom even though i ask him every time", "he put a tracker on my car",
        "i have to ask his permission to see my mum", "she decides what i wear and who i talk to",
        "he follows me everywhere i go"})
    void widerControlIsSeekCare(String message) {
        assertThat(evaluate(rules, message).categories()).contains("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he forgot the condoms so we waited", "i put a tracking app on my phone for my runs",
        "my dog follows me everywhere lol", "we decide together what to eat"})
    void everydayWordsBesideTheWiderControlAreQuiet(String message) {
        assertThat(evaluate(rules, message).categories()).doesNotContain("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i keep thinking about jumping", "i just want to stop existing"})
    void aMethodOrStoppingExistingIsAnEmergency(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.EMERGENCY);
    }

    @Test
    void aSurvivorNamingItIsPastAndSafe() {
        Finding finding = evaluate(rules, "i'm a rape survivor and i want to take things slowly with my new partner");
        assertThat(finding.level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(finding.categories()).containsExactly("past_sexual_assault");
    }

    // safe (session 8, 2026-12-02): each lexicon addition and its twin, one case each

    @ParameterizedTest
    @ValueSource(strings = {"i wrote goodbye letters for my kids last night", "i've written letters for everyone",
        "counted all my tablets and wondered how many would do it", "i think every night to end it all, nobody knows",
        "she sat at the edge of the roof and thought about jumping",
        "i dug my nails into my thighs till there were marks",
        "left down my pin numbers for my wife just in case", "checked the train times but not for travelling",
        "looked up how much paracetamol is too much and i don't even have a headache"})
    void goodbyesMeansAndPlansToldIndirectlyAreAnEmergency(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(finding.categories()).containsExactly("self_harm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i wrote letters to my family to thank them for the support",
        "i wrote a note for my husband about the shopping", "i count my pills every morning to check i took them",
        "i want to end all the arguments", "i dig my nails into my palm during the exam to stay calm",
        "checked the train times but not for work", "i looked up the train times for the weekend"})
    void theSameWordsWithoutTheCrisisAreQuiet(String message) {
        assertThat(evaluate(rules, message).categories()).doesNotContain("self_harm");
    }

    @Test
    void someoneElsesPastSelfHarmToldWithHowWellTheyAreNowRaisesNothing() {
        assertThat(evaluate(rules, "my sister overdosed years ago and she's doing really well now").level())
                .isEqualTo(TriageLevel.NONE);
        assertThat(evaluate(rules, "my friend self-harmed years ago and is thriving now").level())
                .isEqualTo(TriageLevel.NONE);
        // the writer's own past, without recovery told, keeps the support line
        assertThat(evaluate(rules, "i self-harmed years ago").ruleIds()).containsExactly("crisis.self_harm_history");
    }

    @ParameterizedTest
    @ValueSource(strings = {"she made me try even when i was in pain", "my husband always says it's my duty to let him",
        "he told me i have no choise", "she kept nagging and nagging until i gave in",
        "he says he'll divorce me and keep the house unless i stop refusing",
        "he said he'll leave me and take the dog if i keep saying no"})
    void coercionInPlainWordsIsSeekCare(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).contains("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my mum says its my job to cook", "my physio says i have to do the exercises every night",
        "he'll leave me and take the car if i don't drive him"})
    void everydayDutiesAndConditionsAreNotCoercion(String message) {
        assertThat(evaluate(rules, message).categories()).doesNotContain("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he held her down and she kept saying no", "i think i was spiked, i woke up at a strangers flat"})
    void heldDownOrDruggedIsARecentOrUndatedAssault(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).contains("sexual_assault");
    }

    @ParameterizedTest
    @ValueSource(strings = {"she was abused as a teenager and has had years of therapy",
        "years ago a man attack me and force me, now i am safe"})
    void abuseWhenYoungOrANonNativeDisclosureToldAsHistoryIsPast(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(finding.categories()).containsExactly("past_sexual_assault");
    }

    @Test
    void aGuyWhoAttackedMeWithoutATimeIsTheAcuteReply() {
        Finding finding = evaluate(rules, "a guy attacked me and forced me");
        assertThat(finding.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).contains("sexual_assault");
    }


    // safe6 (2026-12-03): crisis said without the obvious words, in other words than the dev rows
    @ParameterizedTest
    @ValueSource(strings = {"they would all be relieved if i wasn't around anymore",
        "my family would be happier if i just wasnt in the picture",
        "i won't be here by the end of the month so cancel the physio",
        "im tired to live like this", "i look every night how i can end my life",
        "ive worked out how i will do it, just need to pick the date",
        "i'm done trying, this is the end for me", "tonight is the night, ive written letters to my family",
        "soon i won't be a burden to anyone anymore", "better i disappear forever, he deserves a normal wife",
        "how much ibuprofen before it is fatal", "i gave my guitar to my brother, he doesnt need to know why"})
    void crisisSaidPlainlyIsAnEmergency(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(finding.categories()).as(message).contains("self_harm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"been cuting again, sorry", "i have tablets set aside for when i can't cope anymore",
        "he's been keeping his meds back instead of taking them", "she says the pills are her only way out"})
    void meansKeptOrActedOnIsAnEmergency(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(finding.ruleIds()).as(message).contains("crisis.self_harm_acted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i won't be around next week because i'm away for work, can we move the session",
        "i won't be around next week as we're on holiday",
        "i gave my old dilators to a friend who needed them", "i'm done trying that lube, it's the end of it for me lol"})
    void anAbsenceWithItsReasonOrAGiftIsQuiet(String message) {
        assertThat(evaluate(rules, message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"if i don't have sex with her soon she'll go and find someone else",
        "my boyfriend never stops when i am crying", "she says shes wasting her life on me unless i let her",
        "if i not do it he will send me back home"})
    void coercionSaidPlainlyIsSeekCare(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).as(message).contains("abuse_or_coercion");
    }

    @Test
    void aNoHeWentOnPastStaysAssaultNotAlsoCoercion() {
        assertThat(evaluate(rules, "he didn't stop when i said no").categories())
                .contains("sexual_assault").doesNotContain("abuse_or_coercion");
    }

    @Test
    void aPartnersPastAssaultIsNotMadeRecentByAnEveningToldForAnotherReason() {
        // pain8: the recent time dates the assault only in its own sentence or one that tells of it again
        Finding past = evaluate(rules, "last night we were kissing and she froze and asked me to stop, so i did. "
                + "she was raped as a teenager. how do i help her feel safe?");
        assertThat(past.categories()).containsExactly("past_sexual_assault");

        assertThat(evaluate(rules, "she was raped as a teenager. last night it happened again").categories())
                .contains("sexual_assault");
        assertThat(evaluate(rules, "i was abused as a child and yesterday he forced me again").categories())
                .contains("sexual_assault");
        assertThat(evaluate(rules, "she was abused as a teenager. on saturday her ex forced her").categories())
                .contains("sexual_assault");
    }

    @Test
    void someoneElsesPastThreatIsNotTheWritersCoercion() {
        // pain8: a friend's husband's threat, told as a report of the past
        assertThat(evaluate(rules, "my cousins husband threatened to cheat on her if she said no, im so glad mine is kind")
                .categories()).doesNotContain("abuse_or_coercion");
        assertThat(evaluate(rules, "he threatens to cheat on me if i say no").categories())
                .contains("abuse_or_coercion");
    }
}
